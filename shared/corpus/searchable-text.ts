// Finding a query in a text the way a reader expects: case, accents, ligatures, curly quotes
// and runs of white space do not matter. Matches come back as code-point spans of the text.

/** A span of the original text in code points, end exclusive. */
export interface TextMatch {
  start: number;
  end: number;
}

const COMBINING = /\p{M}/gu;
const SINGLE_QUOTES = /[\u2018-\u201b\u2032\u00b4\u0060\uff07]/g;
const DOUBLE_QUOTES = /[\u201c-\u201f\u00ab\u00bb\u2033\uff02]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe63\uff0d]/g;
const WHITE = /^[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
const INVISIBLE = /^[\u200b-\u200d\u2060\u00ad\ufeff]$/u;

/** Folded forms of the non-ASCII characters met so far (texts repeat their characters). */
const foldCache = new Map<string, string>();

/** How one non-white-space character compares: lower case, no accents, plain punctuation. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = INVISIBLE.test(ch)
      ? ''
      : ch
          .normalize('NFKD')
          .toLowerCase()
          .normalize('NFKD')
          .replace(COMBINING, '')
          .replace(/ß/g, 'ss')
          .replace(SINGLE_QUOTES, "'")
          .replace(DOUBLE_QUOTES, '"')
          .replace(DASHES, '-');
    if (foldCache.size < 10_000) foldCache.set(ch, folded);
  }
  return folded;
}

/** The folded form of a query: what `SearchableText.find` looks for. */
export function foldQuery(query: string): string {
  const trimmed = query.trim();
  // Plain ASCII (most queries, metrics and units) folds with two string operations.
  if (isAscii(trimmed)) return trimmed.toLowerCase().replace(/[\t\n\v\f\r ]+/g, ' ');
  return new SearchableText(trimmed).folded;
}

/** Whether every character is below U+0080. */
const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/**
 * A text prepared for searching: its folded form and, for each folded UTF-16 unit, the code
 * point of the original it came from. Build once per text; each search is then one scan.
 */
export class SearchableText {
  readonly folded: string;
  /** Code-point length of the original text. */
  readonly length: number;
  /** Original code point of each folded unit. */
  private readonly origin: Uint32Array;
  /** 1 where an original code point folds to nothing and belongs to the one before it. */
  private readonly attached: Uint8Array;

  constructor(readonly text: string) {
    // One pass with no calls per ASCII character: stretches of ASCII are copied and lowered
    // whole; the corpus folds tens of thousands of quotes when its text filter is first used.
    const parts: string[] = [];
    let origin: Uint32Array = new Uint32Array(text.length + 16);
    const attached = new Uint8Array(text.length);
    let units = 0;
    let cp = 0;
    let previousWhite = false;
    let runStart = 0; // start of the stretch of ASCII not yet copied
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        const white = code === 32 || (code >= 9 && code <= 13);
        if (white && (previousWhite || code !== 32)) {
          // A run of white space compares as one space: a tab or line break becomes one,
          // white space after white space becomes nothing.
          if (i > runStart) parts.push(text.slice(runStart, i).toLowerCase());
          runStart = i + 1;
          if (!previousWhite) {
            parts.push(' ');
            if (units === origin.length) origin = grown(origin, 1);
            origin[units++] = cp;
          }
        } else {
          if (units === origin.length) origin = grown(origin, 1);
          origin[units++] = cp;
        }
        previousWhite = white;
        i++;
        cp++;
        continue;
      }
      if (i > runStart) parts.push(text.slice(runStart, i).toLowerCase());
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      let folded: string;
      if (WHITE.test(ch)) {
        folded = previousWhite ? '' : ' ';
        previousWhite = true;
      } else {
        folded = foldChar(ch);
        previousWhite = false;
        if (folded === '') attached[cp] = 1;
      }
      if (folded) {
        parts.push(folded);
        if (units + folded.length > origin.length) origin = grown(origin, folded.length);
        for (let u = 0; u < folded.length; u++) origin[units++] = cp;
      }
      i += ch.length;
      runStart = i;
      cp++;
    }
    if (text.length > runStart) parts.push(text.slice(runStart).toLowerCase());
    this.folded = parts.join('');
    this.length = cp;
    this.origin = origin;
    this.attached = attached;
  }

  /** Every match of `query`, in order, not overlapping; at most `limit`. */
  find(query: string, limit = Number.POSITIVE_INFINITY): TextMatch[] {
    const needle = foldQuery(query);
    const matches: TextMatch[] = [];
    if (!needle) return matches;
    let from = 0;
    while (matches.length < limit) {
      const at = this.folded.indexOf(needle, from);
      if (at < 0) break;
      matches.push(this.span(at, at + needle.length));
      from = at + needle.length;
    }
    return matches;
  }

  /** Whether the text holds `query` (a folded query from foldQuery, for many texts at once). */
  includesFolded(foldedQuery: string): boolean {
    return foldedQuery !== '' && this.folded.includes(foldedQuery);
  }

  /** The original span of folded units [from, to), with the accents that follow its end. */
  private span(from: number, to: number): TextMatch {
    const start = this.origin[from]!;
    let end = this.origin[to - 1]! + 1;
    while (end < this.length && this.attached[end] === 1) end++;
    return { start, end };
  }
}

/** A copy of `array` with room for `more` entries (a ligature or "ß" folds longer). */
function grown(array: Uint32Array, more: number): Uint32Array {
  const copy = new Uint32Array(Math.max(array.length * 2, array.length + more + 16));
  copy.set(array);
  return copy;
}
