// The two versions of an article's text, prepared once per reload (folded, aligned, indexed), and
// each span to place described in their terms: its folded quote and context, its old place, and
// where the alignment expects it now.
import { CodePointIndex } from '../text/code-points';
import { FoldedText, foldString } from './fold';
import { fitContext, sentenceAround } from './passage';
import type { SpanToPlace } from './reanchor';
import { exactOccurrences, quoteEdges, RangeWords, WordStarts, type QuoteEdges } from './search';
import type { SalientTokens } from './similarity';
import { TextAlignment, type ExpectedRange } from './text-alignment';

/** How far around its estimated new place a passage in rewritten text may have gone. */
const EXPECTED_REACH = 128;

/** The old and the new text, folded, aligned and indexed once for all the spans of a call. */
export interface Versions {
  oldIndex: CodePointIndex;
  newIndex: CodePointIndex;
  oldFolded: FoldedText;
  newFolded: FoldedText;
  alignment: TextAlignment;
  /** The words of the changed parts of the new text, indexed when first needed. */
  changedWords(): RangeWords;
  /** Where the words of the new text start, indexed when first needed. */
  wordStarts(): WordStarts;
}

export function prepareVersions(oldText: string, newText: string): Versions {
  const oldFolded = new FoldedText(oldText);
  const newFolded = new FoldedText(newText);
  const alignment = TextAlignment.between(oldFolded.text, newFolded.text);
  let changedWords: RangeWords | null = null;
  let wordStarts: WordStarts | null = null;
  return {
    oldIndex: new CodePointIndex(oldText),
    newIndex: new CodePointIndex(newText),
    oldFolded,
    newFolded,
    alignment,
    changedWords: () => (changedWords ??= new RangeWords(newFolded.text, alignment.changedRanges)),
    wordStarts: () => (wordStarts ??= new WordStarts(newFolded.text)),
  };
}

/** A span in folded form, with what is known of its old place. */
export interface Target {
  span: SpanToPlace;
  quote: string;
  prefix: string;
  suffix: string;
  edges: QuoteEdges;
  /** Its old folded range: at its stored offsets, or if they are stale, found by its context. */
  old: { start: number; end: number } | null;
  /** That range mapped through the alignment: where the passage should now be (if it is). */
  expected: ExpectedRange | null;
  /** Its old sentence, to tell a lookalike sentence from the original. */
  sentence: { from: number; to: number } | null;
  /** The rest of that sentence, and its numbers and names, found when first needed. */
  sentenceRest?: { rest: string; tokens: SalientTokens };
}

export function describeSpan(v: Versions, span: SpanToPlace): Target {
  const quote = foldString(span.quote);
  const prefix = foldString(span.prefix);
  const suffix = foldString(span.suffix);
  const old = oldPlace(v, span, quote, prefix, suffix);
  return {
    span,
    quote,
    prefix,
    suffix,
    edges: quoteEdges(quote, prefix, suffix),
    old,
    expected: old && v.alignment.expectedRange(old.start, old.end, EXPECTED_REACH + quote.length),
    sentence: old && sentenceAround(v.oldFolded.text, old.start, old.end),
  };
}

/**
 * The span's folded range in the old text: at its stored offsets if the quote is there, else
 * (offsets gone stale) its one occurrence in the old text with its context on both sides.
 */
function oldPlace(v: Versions, span: SpanToPlace, quote: string, prefix: string, suffix: string) {
  const text = v.oldFolded.text;
  const start = v.oldFolded.foldedStart(v.oldIndex.toUtf16(span.start));
  const end = v.oldFolded.foldedEnd(v.oldIndex.toUtf16(span.end));
  if (end > start && text.slice(start, end) === quote) return { start, end };
  if (quote.length === 0) return null;
  const fitting = exactOccurrences(text, quote).filter(
    (at) => fitContext(text, at, at + quote.length, prefix, suffix).strong,
  );
  return fitting.length === 1 ? { start: fitting[0]!, end: fitting[0]! + quote.length } : null;
}
