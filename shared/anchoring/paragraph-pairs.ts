// Which removed paragraph became which added one: at the same place (edited), or anywhere in the
// text (moved and edited). Judged by shared word pairs, which unrelated paragraphs rarely have.
import type { Line } from './line-diff';

/**
 * Overlap of word pairs (Dice) from which a removed and an added paragraph at the same place are
 * one paragraph edited; and, stricter, from which two such paragraphs far apart are one moved.
 * Unrelated paragraphs of one article, even one written from templates, rarely share a third.
 */
const MIN_PAIR_OVERLAP = 0.5;
const MIN_MOVE_OVERLAP = 0.6;
/** Share of the smaller paragraph's word pairs found in the larger that pairs them anyway. */
const MIN_CONTAINMENT = 0.8;
/** Word pairs the smaller paragraph needs for containment to mean anything. */
const MIN_CONTAINED_PAIRS = 6;
/** Removed × added paragraphs of one hunk beyond which they are not paired in place. */
const MAX_PAIRING_CELLS = 4_000_000;
/** How far from the hunk's diagonal a removed and an added paragraph are compared. */
const PAIRING_BAND = 32;
/** Removed × added paragraphs overall beyond which moved-and-edited ones are not looked for. */
const MAX_MOVE_CELLS = 250_000;
/** Share of a paragraph in common ends (start and end) that make two paragraphs one, at once. */
const SAME_ENDS = 0.6;

type Pair = [Line, Line];

/**
 * Pairs each removed paragraph of a hunk with the added one it became, keeping their order: the
 * pairing of greatest total overlap, by dynamic programming within a band around the diagonal.
 */
export function pairInOrder(removed: Line[], added: Line[]): Pair[] {
  if (removed.length === 0 || added.length === 0) return [];
  if (removed.length === added.length) {
    // The usual hunk: each paragraph edited where it stands.
    const inPlace = removed.map((line, i): Pair => [line, added[i]!]);
    if (inPlace.every(([a, b]) => sameEnds(a.text, b.text))) return inPlace;
    if (removed.length === 1) {
      return kinship(wordPairs(removed[0]!.text), wordPairs(added[0]!.text)) >= MIN_PAIR_OVERLAP
        ? inPlace
        : [];
    }
  }
  const rows = removed.length + 1;
  const cols = added.length + 1;
  if (rows * cols > MAX_PAIRING_CELLS) return [];
  const oldPairs = removed.map((l) => wordPairs(l.text));
  const newPairs = added.map((l) => wordPairs(l.text));
  const band = Math.max(PAIRING_BAND, Math.abs(rows - cols));
  const best = new Float64Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    const centre = Math.round((i * cols) / rows);
    for (let j = 1; j < cols; j++) {
      const o = Math.abs(j - centre) <= band ? kinship(oldPairs[i - 1]!, newPairs[j - 1]!) : 0;
      const diagonal = o >= MIN_PAIR_OVERLAP ? best[(i - 1) * cols + j - 1]! + o : 0;
      best[i * cols + j] = Math.max(best[(i - 1) * cols + j]!, best[i * cols + j - 1]!, diagonal);
    }
  }
  const pairs: Pair[] = [];
  for (let i = rows - 1, j = cols - 1; i > 0 && j > 0;) {
    const here = best[i * cols + j]!;
    if (here === best[(i - 1) * cols + j]) {
      i--;
    } else if (here === best[i * cols + j - 1]) {
      j--;
    } else {
      i--;
      j--;
      pairs.push([removed[i]!, added[j]!]);
    }
  }
  return pairs.reverse();
}

/** Pairs removed and added paragraphs anywhere in the text that are close enough to be one. */
export function pairMovedEdited(removed: Line[], added: Line[]): Pair[] {
  if (removed.length === 0 || removed.length * added.length > MAX_MOVE_CELLS) return [];
  const newPairs = added.map((l) => wordPairs(l.text));
  const scored: Array<{ i: number; j: number; overlap: number }> = [];
  removed.forEach((line, i) => {
    const oldPairs = wordPairs(line.text);
    newPairs.forEach((pairs, j) => {
      const o = dice(oldPairs, pairs);
      if (o >= MIN_MOVE_OVERLAP) scored.push({ i, j, overlap: o });
    });
  });
  scored.sort((a, b) => b.overlap - a.overlap);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: Pair[] = [];
  for (const { i, j } of scored) {
    if (usedOld.has(i) || usedNew.has(j)) continue;
    usedOld.add(i);
    usedNew.add(j);
    pairs.push([removed[i]!, added[j]!]);
  }
  return pairs;
}

/** Whether two paragraphs share most of their text as a common start and end (a small edit). */
function sameEnds(x: string, y: string): boolean {
  const shorter = Math.min(x.length, y.length);
  let head = 0;
  while (head < shorter && x.charCodeAt(head) === y.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    x.charCodeAt(x.length - 1 - tail) === y.charCodeAt(y.length - 1 - tail)
  ) {
    tail++;
  }
  return head + tail >= SAME_ENDS * Math.max(x.length, y.length);
}

/** Adjacent word pairs of a paragraph (its one word, if it has one). */
export function wordPairs(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 1) return new Set(words);
  return new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`));
}

/**
 * How related two paragraphs at the same place are: their overlap (Dice), or, when most of the
 * smaller one is in the larger one (sentences deleted from or added to it), just related enough.
 */
export function kinship(a: Set<string>, b: Set<string>): number {
  const overlap = dice(a, b);
  if (overlap >= MIN_PAIR_OVERLAP) return overlap;
  const smaller = Math.min(a.size, b.size);
  if (smaller < MIN_CONTAINED_PAIRS) return overlap;
  const shared = (overlap * (a.size + b.size)) / 2;
  return shared / smaller >= MIN_CONTAINMENT ? MIN_PAIR_OVERLAP : overlap;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared++;
  return (2 * shared) / (a.size + b.size);
}
