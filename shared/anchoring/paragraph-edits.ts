// The text two versions of an edited paragraph still share: equal runs found by a diff of their
// words, spaces and punctuation marks, without the short runs unrelated sentences share by chance.
import type { Line } from './line-diff';
import { matchingRuns } from './myers';
import type { Segment } from './text-alignment';

/**
 * Shortest equal run kept. Unrelated sentences share short runs (" of the "); treating them as
 * the same text would make a rewritten passage look carried over.
 */
const MIN_EQUAL_RUN = 12;
/** Token edits beyond which two paired paragraphs count as rewritten, not edited. */
const MAX_TOKEN_EDITS = 400;

/**
 * Equal runs of an edited paragraph: its common start and end, and between them a diff of words,
 * spaces and punctuation marks (far fewer tokens than characters).
 */
export function editedRuns(
  oldText: string,
  newText: string,
  oldLine: Line,
  newLine: Line,
): Segment[] {
  const a = oldText.slice(oldLine.start, oldLine.next);
  const b = newText.slice(newLine.start, newLine.next);
  const shorter = Math.min(a.length, b.length);
  let head = 0;
  while (head < shorter && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)
  ) {
    tail++;
  }
  // Start the middle on token boundaries, so a word changed at its first letter is one token.
  while (head > 0 && isWordUnit(a.charCodeAt(head - 1)) && isWordUnit(a.charCodeAt(head))) head--;
  while (
    tail > 0 &&
    isWordUnit(a.charCodeAt(a.length - tail - 1)) &&
    isWordUnit(a.charCodeAt(a.length - tail))
  ) {
    tail--;
  }
  const runs: Segment[] = [
    { oldStart: 0, newStart: 0, length: head },
    ...middleRuns(a, b, head, tail),
    { oldStart: a.length - tail, newStart: b.length - tail, length: tail },
  ];
  for (let k = 1; k < runs.length; k++) slideToBreaks(a, b, runs[k - 1]!, runs[k]!);
  // The common start and end of two paired paragraphs are theirs however short: they are held
  // in place by the paragraph break. Runs found in between must be long enough to be trusted.
  return runs
    .filter(
      (run, k) =>
        run.length > 0 && (k === 0 || k === runs.length - 1 || run.length >= MIN_EQUAL_RUN),
    )
    .map((run) => ({
      oldStart: oldLine.start + run.oldStart,
      newStart: newLine.start + run.newStart,
      length: run.length,
    }));
}

/** Equal runs of a[head, a.length - tail) and b[head, b.length - tail), by a diff of tokens. */
function middleRuns(a: string, b: string, head: number, tail: number): Segment[] {
  if (head + tail >= Math.min(a.length, b.length)) return [];
  const oldTokens = tokens(a.slice(head, a.length - tail));
  const newTokens = tokens(b.slice(head, b.length - tail));
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  const matched = matchingRuns(oldTokens.map(idOf), newTokens.map(idOf), MAX_TOKEN_EDITS);
  const oldAt = offsets(oldTokens, head);
  const newAt = offsets(newTokens, head);
  return (matched ?? []).map((run) => ({
    oldStart: oldAt[run.aStart]!,
    newStart: newAt[run.bStart]!,
    length: oldAt[run.aStart + run.length]! - oldAt[run.aStart]!,
  }));
}

/**
 * Text inserted (or deleted) whole between two equal runs can often be read at several places:
 * "A. [B said x.] B said y." and "A. B [said x. B ]said y." are the same edit. Moves it, within
 * the text it could slide over, to where it starts and ends on the best breaks (paragraph,
 * sentence, word), so that the words after it keep their own place.
 */
function slideToBreaks(a: string, b: string, before: Segment, after: Segment): void {
  const oldGap = after.oldStart - (before.oldStart + before.length);
  const newGap = after.newStart - (before.newStart + before.length);
  if ((oldGap === 0) === (newGap === 0)) return; // both empty, or a replacement: nothing slides
  const text = oldGap === 0 ? b : a;
  const at = (run: Segment) => (oldGap === 0 ? run.newStart : run.oldStart);
  const size = Math.max(oldGap, newGap);
  const score = () => {
    const start = at(before) + before.length;
    return breakScore(text, start) + breakScore(text, start + size);
  };
  const shift = (by: number) => {
    before.length += by;
    after.oldStart += by;
    after.newStart += by;
    after.length -= by;
  };
  // All the way left, then right across every place the block can take, keeping the best.
  while (before.length > 0 && text[at(before) + before.length - 1] === text[at(after) - 1])
    shift(-1);
  let best = 0;
  let bestScore = score();
  let moved = 0;
  while (after.length > 0 && text[at(before) + before.length] === text[at(after)]) {
    shift(1);
    moved++;
    const here = score();
    if (here > bestScore) {
      best = moved;
      bestScore = here;
    }
  }
  shift(best - moved);
}

/** How good a break lies before text[i]: paragraph 3, sentence 2, word 1, none 0. */
function breakScore(text: string, i: number): number {
  if (i <= 0 || i >= text.length || text[i - 1] === '\n') return 3;
  if (text[i - 1] !== ' ') return 0;
  return /[.!?]["')\]]?$/.test(text.slice(Math.max(0, i - 3), i - 1)) ? 2 : 1;
}

const TOKEN = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Where each token starts (and, last, where the tokens end), counting from `from`. */
function offsets(list: string[], from: number): number[] {
  const at = [from];
  for (const token of list) at.push(at[at.length - 1]! + token.length);
  return at;
}

/** A letter or digit of the Basic Latin and Latin-1 ranges, or any unit beyond (cheap test). */
function isWordUnit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0
  );
}
