// Where a W3C annotation's target puts its span in the given text: its TextPositionSelector
// (code points) when the quote matches there, else its TextQuoteSelector, found by its exact
// text and told apart from repeats by its prefix and suffix.
import type { z } from 'zod';
import { quoteSelector, type QuoteSelector } from '../anchoring/quote-selector';
import type { CodePointIndex } from '../text/code-points';
import { failAt, zodProblems, type FieldPath } from './errors';
import { entriesAt, PositionSchema, QuoteSchema, type TargetInput } from './w3c-schemas';

export interface PlacedSpan extends QuoteSelector {
  start: number;
  end: number;
}

export function placeSpan(target: TargetInput, at: FieldPath, text: CodePointIndex): PlacedSpan {
  if (typeof target === 'string' || !target.selector) {
    return failAt(at, 'the target has no selector: a span of the text needs one');
  }
  let position: { value: z.infer<typeof PositionSchema>; path: FieldPath } | undefined;
  let quote: z.infer<typeof QuoteSchema> | undefined;
  for (const [selector, path] of entriesAt(target.selector, [...at, 'selector'])) {
    if (selector.type === 'TextPositionSelector') {
      position = { value: parseAt(PositionSchema, selector, path), path };
    }
    if (selector.type === 'TextQuoteSelector') quote = parseAt(QuoteSchema, selector, path);
  }
  const placed = (start: number, end: number) => ({
    start,
    end,
    ...quoteSelector(text, start, end),
  });
  if (position) {
    const { start, end } = position.value;
    if (end <= start) failAt([...position.path, 'end'], 'must be greater than start');
    if (end > text.length) {
      failAt([...position.path, 'end'], `is past the end of the text (${text.length} code points)`);
    }
    if (!quote || text.slice(start, end) === quote.exact) return placed(start, end);
  }
  const where = [...at, 'selector'];
  if (!quote) return failAt(where, 'needs a TextPositionSelector or a TextQuoteSelector');
  const found = findQuote(text, quote.exact, quote.prefix ?? '', quote.suffix ?? '');
  const shown = quote.exact.length > 40 ? `${quote.exact.slice(0, 40)}…` : quote.exact;
  if (found === null) return failAt(where, `the quote "${shown}" is not in the text`);
  if (found === 'ambiguous') {
    return failAt(
      where,
      `the quote "${shown}" occurs more than once and its context does not tell which`,
    );
  }
  return placed(found.start, found.end);
}

function parseAt<T extends z.ZodType>(schema: T, value: unknown, at: FieldPath): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return failAt(at, zodProblems(parsed.error).join('; '));
  return parsed.data;
}

/**
 * Where `exact` occurs in the text: the one occurrence, else the one occurrence whose context
 * ends with `prefix` and starts with `suffix`; 'ambiguous' when that still leaves several.
 */
export function findQuote(
  text: CodePointIndex,
  exact: string,
  prefix: string,
  suffix: string,
): { start: number; end: number } | 'ambiguous' | null {
  const hits: number[] = [];
  for (let u = text.text.indexOf(exact); u >= 0; u = text.text.indexOf(exact, u + 1)) hits.push(u);
  if (hits.length === 0) return null;
  const fits = (u: number) =>
    text.text.slice(0, u).endsWith(prefix) && text.text.startsWith(suffix, u + exact.length);
  const chosen = hits.length === 1 ? hits : hits.filter(fits);
  if (chosen.length !== 1) return chosen.length === 0 ? null : 'ambiguous';
  const u = chosen[0]!;
  return { start: text.toCodePoint(u), end: text.toCodePoint(u + exact.length) };
}
