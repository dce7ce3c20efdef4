// The text two versions of an edited paragraph still share: equal runs found by a diff of their
// words, spaces and punctuation marks, without the short runs unrelated sentences share by chance.
import { diffArrays } from 'diff';
import type { Line } from './line-diff';
import type { Segment } from './text-alignment';

/**
 * Shortest equal run kept. Unrelated sentences share short runs (" of the "); treating them as
 * the same text would make a rewritten passage look carried over.
 */
const MIN_EQUAL_RUN = 12;
/** Token edits beyond which two paired paragraphs count as rewritten, not edited. */
const MAX_TOKEN_EDITS = 400;

/**
 * Equal runs of an edited paragraph: a diff of its words, spaces and punctuation marks (far
 * fewer tokens than characters) between the ends the two versions have in common.
 */
export function editedRuns(
  oldText: string,
  newText: string,
  oldLine: Line,
  newLine: Line,
): Segment[] {
  const a = oldText.slice(oldLine.start, oldLine.next);
  const b = newText.slice(newLine.start, newLine.next);
  let head = 0;
  const shorter = Math.min(a.length, b.length);
  while (head < shorter && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)
  ) {
    tail++;
  }
  if (head + tail === Math.min(a.length, b.length)) {
    ({ head, tail } = slideToBreaks(a.length > b.length ? a : b, head, tail));
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
  // The common start and end of two paired paragraphs are theirs however short: they are held
  // in place by the paragraph break. Runs found in between must be long enough to be trusted.
  const runs: Segment[] = [];
  const oldTokens = tokens(a.slice(head, a.length - tail));
  const newTokens = tokens(b.slice(head, b.length - tail));
  const middle = diffArrays(oldTokens, newTokens, { maxEditLength: MAX_TOKEN_EDITS });
  let o = head;
  let n = head;
  for (const part of middle ?? []) {
    const length = part.value.reduce((sum, token) => sum + token.length, 0);
    if (!part.added && !part.removed && length >= MIN_EQUAL_RUN) {
      runs.push({ oldStart: o, newStart: n, length });
    }
    if (!part.added) o += length;
    if (!part.removed) n += length;
  }
  const ends = [
    { oldStart: 0, newStart: 0, length: head },
    ...runs,
    { oldStart: a.length - tail, newStart: b.length - tail, length: tail },
  ];
  return ends
    .filter((run) => run.length > 0)
    .map((run) => ({
      oldStart: oldLine.start + run.oldStart,
      newStart: newLine.start + run.newStart,
      length: run.length,
    }));
}

/**
 * A sentence inserted (or deleted) whole can often be read at several places: "A. [B said x.] B
 * said y." and "A. B [said x. B ]said y." are the same edit. Moves it, within the text it could
 * slide over, to where it starts and ends on the best breaks (paragraph, sentence, word), so that
 * what follows keeps its own words.
 */
function slideToBreaks(longer: string, head: number, tail: number): { head: number; tail: number } {
  const size = longer.length - head - tail;
  let best = head;
  let bestScore = breakScore(longer, head) + breakScore(longer, head + size);
  for (let h = head; h > 0 && longer.charCodeAt(h - 1) === longer.charCodeAt(h - 1 + size);) {
    h--;
    const score = breakScore(longer, h) + breakScore(longer, h + size);
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return { head: best, tail: tail + (head - best) };
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

/** A letter or digit of the Basic Latin and Latin-1 ranges, or any unit beyond (cheap test). */
function isWordUnit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0
  );
}
