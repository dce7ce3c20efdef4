// Typographic folding for re-anchoring: quote styles, dashes, runs of white space and invisible
// characters stop mattering, so that a text re-typeset by its publisher still matches exactly.
// The folded text keeps a map back to the original, so that matches map back exactly.
import { partitionPoint } from '../text/partition-point';

// One pattern for everything that folds to something else; a single space, a single "-" and
// straight quotes already are their folded form, so ordinary text is copied in whole slices.
const FOLDABLE = new RegExp(
  [
    '[\\s\\u200b-\\u200d\\u2060\\u00ad]{2,}', // a run of white space (and invisible characters)
    '[\\t\\n\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]',
    '[\\u200b-\\u200d\\u2060\\u00ad]', // zero-width characters and the soft hyphen
    '[-\\u2010-\\u2015\\u2212\\ufe63\\uff0d]{2,}', // "--", "---", "-—"
    '[\\u2010-\\u2015\\u2212\\ufe63\\uff0d]', // hyphens, en and em dashes, minus
    '[\\u201c-\\u201f\\u00ab\\u00bb\\u2033\\uff02]', // double quotes
    '[\\u2018-\\u201b\\u2032\\u00b4\\u0060\\uff07]', // single quotes, apostrophes, primes
    '\\u2026', // "…"
  ].join('|'),
  'g',
);

const LINE_BREAK = /[\n\v\f\r\u2028\u2029]/;
const VISIBLE_SPACE = /[^\u200b-\u200d\u2060\u00ad\ufeff]/;

/** The folded form of one foldable stretch (a match of FOLDABLE). */
function foldedForm(stretch: string): string {
  const c = stretch.charCodeAt(0);
  if (c === 0x2026) return '...';
  if (/^[-\u2010-\u2015\u2212\ufe63\uff0d]/.test(stretch)) return '-';
  if (/^[\u201c-\u201f\u00ab\u00bb\u2033\uff02]/.test(stretch)) return '"';
  if (/^[\u2018-\u201b\u2032\u00b4\u0060\uff07]/.test(stretch)) return "'";
  // White space: a line break keeps paragraphs apart; invisible characters alone vanish.
  if (LINE_BREAK.test(stretch)) return '\n';
  return VISIBLE_SPACE.test(stretch) ? ' ' : '';
}

/**
 * A text in comparison form: a run of white space becomes one space, or one newline if it holds
 * a line break; a run of dashes (`-`, `--`, `–`, `—` …) becomes `-`; curly and angle quotes
 * become straight; `…` becomes `...`; zero-width characters and soft hyphens go. Offsets are
 * UTF-16 units; between folded stretches the two texts differ by a constant shift.
 */
export class FoldedText {
  readonly text: string;
  readonly originalLength: number;
  /** Each folded stretch: original [origStart, origEnd) became folded [foldStart, foldEnd). */
  private readonly origStart: Int32Array;
  private readonly origEnd: Int32Array;
  private readonly foldStart: Int32Array;
  private readonly foldEnd: Int32Array;

  constructor(original: string) {
    const parts: string[] = [];
    const runs: number[] = [];
    let copied = 0;
    let folded = 0;
    for (const match of original.matchAll(FOLDABLE)) {
      const form = foldedForm(match[0]);
      parts.push(original.slice(copied, match.index), form);
      folded += match.index - copied;
      runs.push(match.index, match.index + match[0].length, folded, folded + form.length);
      folded += form.length;
      copied = match.index + match[0].length;
    }
    parts.push(original.slice(copied));
    this.text = parts.join('');
    this.originalLength = original.length;
    const count = runs.length / 4;
    this.origStart = new Int32Array(count);
    this.origEnd = new Int32Array(count);
    this.foldStart = new Int32Array(count);
    this.foldEnd = new Int32Array(count);
    for (let r = 0; r < count; r++) {
      this.origStart[r] = runs[4 * r]!;
      this.origEnd[r] = runs[4 * r + 1]!;
      this.foldStart[r] = runs[4 * r + 2]!;
      this.foldEnd[r] = runs[4 * r + 3]!;
    }
  }

  /** Folded offset where original offset `u` starts a range (a stretch cut in two is included). */
  foldedStart(u: number): number {
    const r = lastAtOrBefore(this.origStart, u);
    if (r < 0) return u;
    if (u < this.origEnd[r]!) return this.foldStart[r]!;
    return this.foldEnd[r]! + (u - this.origEnd[r]!);
  }

  /** Folded offset where original offset `u` ends a range (exclusive; a cut stretch is included). */
  foldedEnd(u: number): number {
    const r = lastAtOrBefore(this.origStart, u - 1);
    if (r < 0) return u;
    if (u <= this.origEnd[r]!) return this.foldEnd[r]!;
    return this.foldEnd[r]! + (u - this.origEnd[r]!);
  }

  /** The original range of folded range [start, end). */
  originalRange(start: number, end: number): { start: number; end: number } {
    const s = this.originalStart(start);
    return { start: s, end: end > start ? this.originalEnd(end) : s };
  }

  private originalStart(f: number): number {
    const r = lastAtOrBefore(this.foldStart, f);
    if (r < 0) return f;
    if (f < this.foldEnd[r]!) return this.origStart[r]!;
    return this.origEnd[r]! + (f - this.foldEnd[r]!);
  }

  private originalEnd(f: number): number {
    const r = lastAtOrBefore(this.foldStart, f - 1);
    if (r < 0) return f;
    if (f <= this.foldEnd[r]!) return this.origEnd[r]!;
    return this.origEnd[r]! + (f - this.foldEnd[r]!);
  }
}

/** The folded form of a short string (a quote or its context). */
export function foldString(text: string): string {
  return text.replace(FOLDABLE, foldedForm);
}

/** Index of the last value ≤ `value` in ascending `sorted`, or -1. */
function lastAtOrBefore(sorted: Int32Array, value: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! <= value) - 1;
}
