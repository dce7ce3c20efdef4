// Cuts a text or a name into word pieces (runs of letters, runs of digits) and classifies the
// gap before each, so that "Llama-4-Maverick", "Llama 4 Maverick" and "Llama4 Maverick" read as
// the same name while "GPT-4.5" keeps its dot. Offsets are UTF-16 units.

/** A piece of a word: letters (with their combining marks) or digits, and a trailing "+". */
export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** Where the gap before it starts (the previous token's end; its own start for the first). */
  gapStart: number;
}

/** What separates token `j` from the one before it, as `gapKind` says ('' for the first). */
export function gapBefore(text: string, tokens: readonly NameToken[], j: number): string {
  return j === 0 ? '' : gapKind(text.slice(tokens[j]!.gapStart, tokens[j]!.start));
}

/**
 * `~` for a gap that joins the parts of a name in any of its spellings: nothing (a letter
 * next to a digit), one run of spaces, or one hyphen, dash or underscore. Anything else is kept
 * as itself (`.`, `·`, `'`), with curly apostrophes made straight; a line break never joins.
 */
export function gapKind(gap: string): string {
  if (gap === ' ' || gap === '') return '~';
  if (/^[ \t\u00a0\u202f]+$/.test(gap) || /^[-\u2010\u2011\u2013_]$/.test(gap)) return '~';
  return gap.replace(/[\u2018\u2019\u02bc]/g, "'");
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/** 1 letter, 2 mark, 3 digit, 0 other; ASCII without a regular expression (most of any text). */
function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 1;
    return c >= 0x30 && c <= 0x39 ? 3 : 0;
  }
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  if (LETTER.test(ch)) return 1;
  if (LETTER_OR_MARK.test(ch)) return 2;
  return DIGIT.test(ch) ? 3 : 0;
}

/** The UTF-16 length of the character at `i` (2 for an astral one). */
const width = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

export function tokenizeName(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  let previousEnd = 0;
  let i = 0;
  while (i < text.length) {
    const kind = charClass(text, i);
    if (kind !== 1 && kind !== 3) {
      i += width(text, i);
      continue;
    }
    const start = i;
    i += width(text, i);
    // Letters take their combining marks; digits stay a piece of their own ("Qwen2" = Qwen, 2).
    while (i < text.length) {
      const next = charClass(text, i);
      if (kind === 1 ? next !== 1 && next !== 2 : next !== 3) break;
      i += width(text, i);
    }
    // A trailing "+" keeps "Command R+" apart from "Command R".
    if (text.charCodeAt(i) === 0x2b) i++;
    // The gap is classified only when a name continues over it, which is rare.
    tokens.push({ text: text.slice(start, i), start, end: i, gapStart: previousEnd });
    previousEnd = i;
  }
  return tokens;
}

/** Case- and accent-insensitive form of a token. */
export function foldToken(token: string): string {
  // Only text outside ASCII can carry accents; skipping NFD for the rest keeps a long article fast.
  const lower = token.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 0x7f) return lower.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return lower;
}

/**
 * Whether a name must match with its exact letter case: single words ("Meta", "Scout", "xAI"),
 * acronyms ("NVIDIA", "GPT-J") and anything of four characters or fewer ("Phi", "o3"), since
 * those collide with ordinary words. Longer names with spaces, hyphens or digits ("Hugging
 * Face", "GPT-4o", "Llama 4 Maverick") match in any case.
 */
export function isCaseSensitive(name: string): boolean {
  if (name.length <= 4) return true;
  if (!/[\s\-\u2010\u2011\u2013_\p{N}]/u.test(name)) return true;
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase();
}
