// Where the keyboard caret goes in the article's canonical text, by character (a grapheme),
// word, sentence or to either end. Pure: the text and an offset in, an offset out, so every move
// is table-tested. Lines on screen are layout, which only the browser knows (see keyboard-selection.ts).
import { splitSentences } from '../../../shared/suggest/sentences';
import type { CodePointIndex } from '../../../shared/text/code-points';

export type TextUnit = 'character' | 'word' | 'sentence' | 'article';
export type Direction = 1 | -1;

/**
 * How far either side of the caret a line is read to find words and sentences: a block is
 * usually far shorter; a huge one (a PDF without paragraphs) is cut there, so a key press
 * never segments a megabyte.
 */
const WINDOW = 4096;
/** Lines without a word (or sentence) skipped at most on one press before giving up. */
const MAX_LINES = 1000;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

interface Piece {
  start: number;
  end: number;
}

/** The caret's new offset (code points) after moving one `unit` in `direction`. */
export function moveOffset(
  text: CodePointIndex,
  offset: number,
  unit: TextUnit,
  direction: Direction,
): number {
  const s = text.text;
  const u = text.toUtf16(offset);
  let to: number;
  switch (unit) {
    case 'article':
      to = direction > 0 ? s.length : 0;
      break;
    case 'character':
      to = direction > 0 ? nextGrapheme(s, u) : previousGrapheme(s, u);
      break;
    case 'word':
      to = jump(s, u, direction, wordsOf);
      break;
    case 'sentence':
      to = jump(s, u, direction, splitSentences);
      break;
  }
  return text.toCodePoint(to);
}

function wordsOf(line: string): Piece[] {
  const found: Piece[] = [];
  for (const w of words.segment(line)) {
    if (w.isWordLike) found.push({ start: w.index, end: w.index + w.segment.length });
  }
  return found;
}

/** Past the next grapheme; a run of line breaks (between two blocks) is one step. */
function nextGrapheme(s: string, u: number): number {
  if (s[u] === '\n') return skipBreaks(s, u, 1);
  for (const g of graphemes.segment(s.slice(u, u + 64))) return u + g.segment.length;
  return s.length;
}

function previousGrapheme(s: string, u: number): number {
  if (s[u - 1] === '\n') return skipBreaks(s, u, -1);
  const from = Math.max(0, u - 64);
  let last = u;
  for (const g of graphemes.segment(s.slice(from, u))) last = from + g.index;
  return last;
}

function skipBreaks(s: string, u: number, direction: Direction): number {
  let at = u;
  if (direction > 0) while (at < s.length && s[at] === '\n') at++;
  else while (at > 0 && s[at - 1] === '\n') at--;
  return at;
}

/** The line (text between line breaks) holding UTF-16 index `u`, cut to WINDOW either side. */
function lineAround(s: string, u: number): Piece {
  const start = s.lastIndexOf('\n', u - 1) + 1;
  const next = s.indexOf('\n', u);
  const end = next < 0 ? s.length : next;
  return { start: Math.max(start, u - WINDOW), end: Math.min(end, u + WINDOW) };
}

/**
 * Forward: to the end of the first piece (word, sentence) ending after `u`; backward: to the
 * start of the last one starting before it. Pieces never cross a line, so a move past the last
 * one of a line goes on into the next line.
 */
function jump(s: string, u: number, direction: Direction, piecesOf: (line: string) => Piece[]) {
  let at = u;
  for (let i = 0; i < MAX_LINES; i++) {
    const line = lineAround(s, at);
    const pieces = piecesOf(s.slice(line.start, line.end));
    if (direction > 0) {
      const found = pieces.find((p) => line.start + p.end > at);
      if (found) return line.start + found.end;
      if (line.end >= s.length) return s.length;
      at = skipBreaks(s, line.end, 1);
    } else {
      let found: Piece | undefined;
      for (const p of pieces) if (line.start + p.start < at) found = p;
      if (found) return line.start + found.start;
      if (line.start <= 0) return 0;
      at = skipBreaks(s, line.start, -1);
    }
  }
  return at;
}
