// A quote selector (W3C TextQuoteSelector) for a span: its text and the context around it,
// stored with every annotation so it can be found again if the article text changes.
import type { CodePointIndex } from '../text/code-points';

/** Code points of context kept on each side: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

export function quoteSelector(
  text: CodePointIndex,
  start: number,
  end: number,
  context = CONTEXT_LENGTH,
): QuoteSelector {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, Math.min(text.length, end + context)),
  };
}

/**
 * Shrinks [start, end) so it neither starts nor ends with white space (a triple-click or a
 * drag past a paragraph end selects the separator). Returns null if nothing but space is left.
 */
export function trimSpan(
  text: CodePointIndex,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/u.test(text.slice(s, s + 1))) s++;
  while (e > s && /\s/u.test(text.slice(e - 1, e))) e--;
  return e > s ? { start: s, end: e } : null;
}
