// The promise every stored annotation keeps: its quote is exactly the text at its offsets, in
// code points. Checked before anything is written.
import { ContractError } from '../../../shared/contract/result';
import type { Article } from '../../../shared/model/article';
import { CodePointIndex } from '../../../shared/text/code-points';

/** Throws `invalid-input`, naming the article and the first annotation whose quote is off. */
export function assertSpansQuoteText(article: Article): void {
  const text = new CodePointIndex(article.text);
  const spans = [
    ...article.claims.map((c) => ({ kind: 'claim', ...c })),
    ...article.mentions.map((m) => ({ kind: 'mention', ...m })),
  ];
  for (const span of spans) {
    const inside = span.start >= 0 && span.end <= text.length && span.end > span.start;
    const actual = inside ? text.slice(span.start, span.end) : undefined;
    if (actual !== span.quote) {
      const found = inside
        ? `the text there is ${JSON.stringify(shorten(actual!))}`
        : `the text has ${text.length} characters`;
      throw new ContractError(
        'invalid-input',
        `${article.title}: ${span.kind} ${span.id} quotes ${JSON.stringify(shorten(span.quote))} at ${span.start}–${span.end}, but ${found}`,
      );
    }
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
