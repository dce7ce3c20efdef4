// Canonical offsets count Unicode code points (the unit of W3C TextPositionSelector and of
// Python strings); JavaScript strings and the DOM count UTF-16 units. This module converts.
import { partitionPoint } from './partition-point';

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; count it once.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Converts between UTF-16 and code-point offsets of one text in O(log n) per call, after an
 * O(n) scan that records where the astral (two-unit) characters are. Built once per article.
 */
export class CodePointIndex {
  /** UTF-16 index of the high surrogate of each astral character, ascending. */
  private readonly astral: number[] = [];
  readonly utf16Length: number;
  readonly length: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
    this.utf16Length = text.length;
    this.length = text.length - this.astral.length;
  }

  /** Code-point offset of UTF-16 index `u` (an index inside a pair counts as its start). */
  toCodePoint(u: number): number {
    const clamped = Math.max(0, Math.min(u, this.utf16Length));
    // Each astral character that starts before `clamped` took two units for one code point.
    const before = lowerBound(this.astral, clamped);
    const insidePair = before > 0 && this.astral[before - 1]! === clamped - 1;
    return insidePair ? clamped - 1 - (before - 1) : clamped - before;
  }

  /** UTF-16 index of code-point offset `cp`. */
  toUtf16(cp: number): number {
    const clamped = Math.max(0, Math.min(cp, this.length));
    // Find how many astral characters start before code point `clamped`: the k-th astral
    // character (0-based) sits at code point astral[k] - k.
    const astral = this.astral;
    return clamped + partitionPoint(astral.length, (k) => astral[k]! - k < clamped);
  }

  /** The code points [start, end) of the text. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

function lowerBound(sorted: number[], value: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! < value);
}

/** `[...text].slice(start, end).join('')` without building the array. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return new CodePointIndex(text).slice(start, end);
}
