// Measures used to judge a re-anchoring candidate: edit-distance similarity of a quote and of its
// context, and the "salient" tokens (numbers, names) whose change turns a claim into another one.

/** Levenshtein distance between `a` and `b` (UTF-16 units), in O(|a|·|b|) time, O(|b|) space. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 for equal strings, falling to 0 as the edit distance reaches the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * How well `pattern` matches the beginning of `text`, which may run on past it: 1 minus the
 * fewest edits turning `pattern` into some prefix of `text`, per character of `pattern`. This is
 * how a suffix (the context after a quote) is compared with the text after a candidate.
 */
export function leadingSimilarity(pattern: string, text: string): number {
  if (pattern.length === 0) return text.length === 0 ? 1 : 0;
  const edits =
    pattern.length <= 32 ? fewestLeadingEdits32(pattern, text) : fewestLeadingEdits(pattern, text);
  return Math.max(0, 1 - edits / pattern.length);
}

/** Fewest edits turning `pattern` into a prefix of `text`, by dynamic programming. */
function fewestLeadingEdits(pattern: string, text: string): number {
  let previous = new Int32Array(text.length + 1);
  let current = new Int32Array(text.length + 1);
  for (let j = 0; j <= text.length; j++) previous[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    const cp = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const substitution = previous[j - 1]! + (cp === text.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  let best = pattern.length;
  for (let j = 0; j <= text.length; j++) best = Math.min(best, previous[j]!);
  return best;
}

/**
 * The same for a pattern of at most 32 units, a column of the table at a time in one 32-bit
 * word (Myers' bit-vector algorithm, in Hyyrö's form for edit distance): context is compared
 * for every candidate place, and this is an order of magnitude faster. `fromEnd` reads both
 * strings backwards: the pattern against a suffix of the text.
 */
function fewestLeadingEdits32(pattern: string, text: string, fromEnd = false): number {
  const m = pattern.length;
  const equal = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    // From the end, both strings are read backwards: pattern unit i is pattern[m - 1 - i].
    const c = pattern.charCodeAt(fromEnd ? m - 1 - i : i);
    equal.set(c, (equal.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  let plus = m === 32 ? ~0 : (1 << m) - 1; // vertical deltas of +1, one bit per pattern unit
  let minus = 0; // vertical deltas of -1
  let score = m; // the table's bottom cell in the current column
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const eq = equal.get(text.charCodeAt(fromEnd ? text.length - 1 - j : j)) ?? 0;
    const xv = eq | minus;
    const xh = (((eq & plus) + plus) ^ plus) | eq;
    let hPlus = minus | ~(xh | plus);
    let hMinus = plus & xh;
    if (hPlus & last) score++;
    else if (hMinus & last) score--;
    // The top row counts the text units skipped (the match is anchored at the text's start).
    hPlus = (hPlus << 1) | 1;
    hMinus <<= 1;
    plus = hMinus | ~(xv | hPlus);
    minus = hPlus & xv;
    if (score < best) best = score;
  }
  return best;
}

/** Like `leadingSimilarity`, for the end of `text`: how a prefix is compared with what precedes. */
export function trailingSimilarity(pattern: string, text: string): number {
  if (pattern.length === 0) return text.length === 0 ? 1 : 0;
  if (pattern.length > 32) return leadingSimilarity(reverse(pattern), reverse(text));
  return Math.max(0, 1 - fewestLeadingEdits32(pattern, text, true) / pattern.length);
}

function reverse(text: string): string {
  return text.split('').reverse().join('');
}

// A number with its decimal and thousands separators and the letters that stick to it ("73.5",
// "1,024", "70B", the "4o" of "GPT-4o"), or a word that starts with a capital letter (a name,
// an acronym: "GPT").
const SALIENT = /\d+(?:[.,]\d+)*[\p{L}\p{M}]*|\p{Lu}[\p{L}\p{M}\p{N}]*/gu;

export interface SalientTokens {
  numbers: string[];
  names: string[];
}

/** The numbers and capitalised words of `text`, each list sorted (a multiset). */
export function salientTokens(text: string): SalientTokens {
  const numbers: string[] = [];
  const names: string[] = [];
  for (const [token] of text.matchAll(SALIENT)) {
    // "1,024" and "1024" are the same number; a trailing separator is punctuation.
    if (/^\d/.test(token)) numbers.push(token.replace(/,(?=\d)/g, ''));
    else names.push(token);
  }
  return { numbers: numbers.sort(), names: names.sort() };
}

/**
 * Whether two texts hold the same numbers, and the same capitalised words. Numbers must be
 * equal; a long word may differ by a typo ("Accoridng", "Zuckerburg"), which is not another name.
 */
export function compareSalient(a: string, b: string): { numbers: boolean; names: boolean } {
  return compareTokens(salientTokens(a), salientTokens(b));
}

/** `compareSalient` for tokens already found. */
export function compareTokens(
  ta: SalientTokens,
  tb: SalientTokens,
): { numbers: boolean; names: boolean } {
  return {
    numbers: sameList(ta.numbers, tb.numbers),
    names: sameList(ta.names, tb.names) || sameNamesBarTypos(ta.names, tb.names),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** A name this long may differ by this many edits, same first letter, and still be the name. */
const TYPO_NAME_LENGTH = 6;
const TYPO_EDITS = 2;

function sameNamesBarTypos(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const unmatched = [...b];
  const rest: string[] = [];
  for (const name of a) {
    const k = unmatched.indexOf(name);
    if (k >= 0) unmatched.splice(k, 1);
    else rest.push(name);
  }
  return rest.every((name) => {
    const k = unmatched.findIndex(
      (other) =>
        other[0] === name[0] &&
        Math.min(other.length, name.length) >= TYPO_NAME_LENGTH &&
        editDistance(other, name) <= TYPO_EDITS,
    );
    if (k >= 0) unmatched.splice(k, 1);
    return k >= 0;
  });
}
