// Finding a quote in a (folded) text: every exact occurrence, or the closest approximate ones in
// a window, with match ends moved to whole words the way the original quote began and ended.
import approxSearch from 'approx-string-match';

/** A place found for a quote: [start, end) of the text, and the edits it differs by. */
export interface Occurrence {
  start: number;
  end: number;
  errors: number;
}

/** Exact occurrences past this many are not listed: the quote is too common to place by itself. */
const MAX_EXACT_OCCURRENCES = 5000;
/** How far the end of a match may move to complete a word. */
const MAX_WORD_COMPLETION = 24;

/** Units of a word's start by which the word-start index files it. */
const KEY_LENGTH = 4;
/**
 * From this length a quote is found faster by scanning the text (the scan skips ahead by the
 * quote's length) than through the index (where "The " files it with thousands of others).
 */
const SCAN_LENGTH = 12;

/**
 * The places where words start in a text, filed by their first units: the exact occurrences of
 * a short quote that starts a word (a name, mostly) without scanning the whole text for each.
 */
export class WordStarts {
  private readonly byKey = new Map<string, number[]>();

  constructor(private readonly text: string) {
    let previousIsWord = false;
    for (let i = 0; i < text.length; i++) {
      const isWord = isWordUnit(text.charCodeAt(i), text, i);
      if (isWord && !previousIsWord) file(this.byKey, text.slice(i, i + KEY_LENGTH), i);
      previousIsWord = isWord;
    }
  }

  /** Every occurrence of `quote` that starts a word, or null if the index cannot tell. */
  occurrences(quote: string): number[] | null {
    const short = quote.length >= KEY_LENGTH && quote.length < SCAN_LENGTH;
    if (!short || !isWordChar(quote[0])) return null;
    return (this.byKey.get(quote.slice(0, KEY_LENGTH)) ?? [])
      .filter((at) => this.text.startsWith(quote, at))
      .slice(0, MAX_EXACT_OCCURRENCES);
  }
}

function file(index: Map<string, number[]>, key: string, at: number): void {
  const list = index.get(key);
  if (list) list.push(at);
  else index.set(key, [at]);
}

/** Start offsets of every exact occurrence of `quote` in `text` (overlapping ones included). */
export function exactOccurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    starts.push(at);
    if (starts.length >= MAX_EXACT_OCCURRENCES) break;
  }
  return starts;
}

/**
 * The closest approximate occurrences of `quote` in text[from, to) with at most `maxErrors`
 * edits: the library reports every end position of the best error count, so overlapping
 * matches are merged into one, the first found.
 */
export function approximateOccurrences(
  text: string,
  quote: string,
  from: number,
  to: number,
  maxErrors: number,
): Occurrence[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi - lo < quote.length - maxErrors || quote.length === 0) return [];
  const found = approxSearch(text.slice(lo, hi), quote, maxErrors).sort(
    (a, b) => a.start - b.start,
  );
  const merged: Occurrence[] = [];
  for (const match of found) {
    const last = merged[merged.length - 1];
    if (last && match.start + lo < last.end) continue;
    merged.push({ start: match.start + lo, end: match.end + lo, errors: match.errors });
  }
  return merged;
}

export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** `isWordChar` of text[i] (code `c`), without a regular expression for plain ASCII. */
function isWordUnit(c: number, text: string, i: number): boolean {
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return isWordChar(text[i]);
}

/** Where a quote began and ended: on a word boundary, or inside a word. */
export interface QuoteEdges {
  startsWord: boolean;
  endsWord: boolean;
}

/** The edges of `quote` as it sat between `prefix` and `suffix`. */
export function quoteEdges(quote: string, prefix: string, suffix: string): QuoteEdges {
  return {
    startsWord: !(isWordChar(quote[0]) && isWordChar(prefix[prefix.length - 1])),
    endsWord: !(isWordChar(quote[quote.length - 1]) && isWordChar(suffix[0])),
  };
}

/** Whether [start, end) of `text` has the edges the quote had (it does not cut a word in two). */
export function hasEdges(text: string, start: number, end: number, edges: QuoteEdges): boolean {
  const cutsStart = isWordChar(text[start]) && isWordChar(text[start - 1]);
  const cutsEnd = isWordChar(text[end - 1]) && isWordChar(text[end]);
  return !(edges.startsWord && cutsStart) && !(edges.endsWord && cutsEnd);
}

/**
 * Moves the ends of an approximate match so that it has the quote's edges: white space trimmed,
 * words cut in two completed (a match ending inside "15%" for a quote ending in "5%" must
 * show the whole number).
 */
export function snapToWords(
  text: string,
  start: number,
  end: number,
  edges: QuoteEdges,
): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (edges.startsWord) {
    const limit = Math.max(0, s - MAX_WORD_COMPLETION);
    while (s > limit && isWordChar(text[s]) && isWordChar(text[s - 1])) s--;
  }
  if (edges.endsWord) {
    const limit = Math.min(text.length, e + MAX_WORD_COMPLETION);
    while (e < limit && isWordChar(text[e - 1]) && isWordChar(text[e])) e++;
  }
  return { start: s, end: e };
}

/**
 * The words of some ranges of a text, to find which ranges could hold an approximate
 * occurrence of a quote without searching them all: built once, asked once per quote.
 */
export class RangeWords {
  private readonly rangesOf = new Map<string, number[]>();

  constructor(
    text: string,
    readonly ranges: ReadonlyArray<{ start: number; end: number }>,
  ) {
    ranges.forEach((range, i) => {
      for (const word of new Set(wordsOf(text.slice(range.start, range.end)))) {
        const list = this.rangesOf.get(word);
        if (list) list.push(i);
        else this.rangesOf.set(word, [i]);
      }
    });
  }

  /**
   * The ranges holding at least half of the quote's distinct words (a passage changed by a fifth
   * or less keeps most of its words: a heuristic, not a guarantee), those sharing most words
   * first, up to `budget` units of text in all; in text order.
   */
  likelyRanges(quote: string, budget: number): Array<{ start: number; end: number }> {
    const words = new Set(wordsOf(quote));
    const needed = Math.max(1, Math.ceil(words.size / 2));
    const counts = new Map<number, number>();
    for (const word of words) {
      for (const i of this.rangesOf.get(word) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const likely = [...counts].filter(([, count]) => count >= needed).sort((a, b) => b[1] - a[1]);
    const chosen: Array<{ start: number; end: number }> = [];
    let size = 0;
    for (const [i] of likely) {
      const range = this.ranges[i]!;
      if (size + (range.end - range.start) > budget) break;
      size += range.end - range.start;
      chosen.push(range);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}
