// The promise every stored annotation keeps: its quote is exactly the text at its offsets, in
// code points. One check, used by the library before anything is written, by the native
// format's schema and by the renderer before it places a span.
import { ContractError } from '../contract/result';
import type { Article } from './article';
import { CodePointIndex } from '../text/code-points';

export interface SpanProblem {
  field: 'start' | 'end' | 'quote';
  message: string;
}

/**
 * What is wrong with a span of `text`, naming the field to blame, or null when it is right.
 * Without a `quote`, only that the span lies inside the text.
 */
export function spanProblem(
  text: CodePointIndex,
  span: { start: number; end: number; quote?: string },
): SpanProblem | null {
  if (span.start < 0) return { field: 'start', message: 'must not be negative' };
  if (span.end <= span.start) return { field: 'end', message: 'must be greater than start' };
  if (span.end > text.length) {
    return { field: 'end', message: `is past the end of the text (${text.length} code points)` };
  }
  if (span.quote !== undefined && text.slice(span.start, span.end) !== span.quote) {
    return { field: 'quote', message: `quote does not equal text[${span.start}:${span.end}]` };
  }
  return null;
}

/**
 * Throws `invalid-input`, naming the article and the first annotation whose quote is off.
 * `quoted` narrows which annotations' quotes are compared (the others are only checked to lie
 * inside the text): a patch brings only a few, the rest were checked when they were stored.
 */
export function assertSpansQuoteText(
  article: Article,
  quoted: Pick<Article, 'claims' | 'mentions' | 'evidence'> = article,
): void {
  const text = new CodePointIndex(article.text);
  const compared = new Set<string>(
    [...quoted.claims, ...quoted.mentions, ...(quoted.evidence ?? [])].map((s) => s.id),
  );
  const spans = [
    ...article.claims.map((c) => ({ kind: 'claim', ...c })),
    ...article.mentions.map((m) => ({ kind: 'mention', ...m })),
    ...(article.evidence ?? []).map((e) => ({ kind: 'evidence passage', ...e })),
  ];
  for (const span of spans) {
    const checked = compared.has(span.id) ? span : { start: span.start, end: span.end };
    const problem = spanProblem(text, checked);
    if (!problem) continue;
    const found =
      problem.field === 'quote'
        ? `the text there is ${JSON.stringify(shorten(text.slice(span.start, span.end)))}`
        : `the text has ${text.length} characters`;
    throw new ContractError(
      'invalid-input',
      `${article.title}: ${span.kind} ${span.id} quotes ${JSON.stringify(shorten(span.quote))} at ${span.start}–${span.end}, but ${found}; nothing was changed`,
    );
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
