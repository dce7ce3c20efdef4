// The two versions of an article's text, prepared once per reload (folded, aligned, indexed), and
// each span to place described in their terms: its folded quote and context, its old place, and
// where the alignment expects it now.
import { CodePointIndex } from '../text/code-points';
import { FoldedText, foldString } from './fold';
import { fitContext, sentenceAround, storedContext, type StoredContext } from './passage';
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

/**
 * A span in folded form, with what is known of its old place. Most spans are carried over
 * unchanged and need only their quote and old place: the rest is worked out when first asked.
 */
export class Target {
  /** Its old folded range: at its stored offsets, or if they are stale, found by its context. */
  readonly old: { start: number; end: number } | null;
  /** The rest of its old sentence, and its numbers and names, found when first needed. */
  sentenceRest?: { rest: string; tokens: SalientTokens };
  private prefixCache?: string;
  private suffixCache?: string;
  private contextCache?: StoredContext;
  private edgesCache?: QuoteEdges;
  private expectedCache?: ExpectedRange | null;
  private sentenceCache?: { from: number; to: number } | null;

  constructor(
    private readonly v: Versions,
    readonly span: SpanToPlace,
    /** The folded quote. */
    readonly quote: string,
  ) {
    this.old = this.atStoredOffsets() ?? this.byContext();
  }

  get prefix(): string {
    return (this.prefixCache ??= foldString(this.span.prefix));
  }

  get suffix(): string {
    return (this.suffixCache ??= foldString(this.span.suffix));
  }

  /** The prefix and suffix, prepared for comparing with candidate places. */
  get context(): StoredContext {
    return (this.contextCache ??= storedContext(this.prefix, this.suffix));
  }

  get edges(): QuoteEdges {
    return (this.edgesCache ??= quoteEdges(this.quote, this.prefix, this.suffix));
  }

  /** The old range mapped through the alignment: where the passage should now be (if it is). */
  get expected(): ExpectedRange | null {
    if (this.expectedCache === undefined) {
      const { old } = this;
      const reach = EXPECTED_REACH + this.quote.length;
      this.expectedCache = old && this.v.alignment.expectedRange(old.start, old.end, reach);
    }
    return this.expectedCache;
  }

  /** Its old sentence, to tell a lookalike sentence from the original. */
  get sentence(): { from: number; to: number } | null {
    if (this.sentenceCache === undefined) {
      const { old } = this;
      this.sentenceCache = old && sentenceAround(this.v.oldFolded.text, old.start, old.end);
    }
    return this.sentenceCache;
  }

  private atStoredOffsets(): { start: number; end: number } | null {
    const { oldFolded, oldIndex } = this.v;
    const start = oldFolded.foldedStart(oldIndex.toUtf16(this.span.start));
    const end = oldFolded.foldedEnd(oldIndex.toUtf16(this.span.end));
    return end > start && oldFolded.text.slice(start, end) === this.quote ? { start, end } : null;
  }

  /** Stale offsets: the quote's one occurrence in the old text with its context on both sides. */
  private byContext(): { start: number; end: number } | null {
    const text = this.v.oldFolded.text;
    const { quote } = this;
    if (quote.length === 0) return null;
    const fitting = exactOccurrences(text, quote).filter(
      (at) => fitContext(text, at, at + quote.length, this.context).strong,
    );
    return fitting.length === 1 ? { start: fitting[0]!, end: fitting[0]! + quote.length } : null;
  }
}

export function describeSpan(v: Versions, span: SpanToPlace): Target {
  return new Target(v, span, foldString(span.quote));
}
