// What a screen reader hears after each caret move: the text moved over and where the caret
// is, or how much is selected, from where, and how it starts (what a claim would quote).
import { trimSpan } from '../../../shared/anchoring/quote-selector';
import type { CodePointIndex } from '../../../shared/text/code-points';

/** Quotes longer than this are cut, so a long selection is not read out whole on every key. */
const QUOTE_CHARS = 80;

export const STARTED =
  'Selecting text with the keyboard: arrows move the caret, Shift with them selects, Escape leaves.';
export const LEFT = 'Left keyboard selection.';

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text [start, end) in quotes; past QUOTE_CHARS, only its part on the `keep` side. */
function quote(text: CodePointIndex, start: number, end: number, keep: 'start' | 'end' = 'start') {
  if (end - start <= QUOTE_CHARS) return `“${squeeze(text.slice(start, end))}”`;
  return keep === 'start'
    ? `“${squeeze(text.slice(start, start + QUOTE_CHARS))}…”`
    : `“…${squeeze(text.slice(end - QUOTE_CHARS, end))}”`;
}

/**
 * `previous`: where the caret was before this move. The text between is read out, and of a long
 * move (to the article's end) the part next to where the caret landed.
 */
export function describeCaret(
  text: CodePointIndex,
  anchor: number,
  head: number,
  previous: number,
): string {
  const selected = trimSpan(text, Math.min(anchor, head), Math.max(anchor, head));
  if (selected) {
    const length = selected.end - selected.start;
    return `${length} ${length === 1 ? 'character' : 'characters'} selected from character ${
      selected.start + 1
    }: ${quote(text, selected.start, selected.end)}`;
  }
  const moved = trimSpan(text, Math.min(previous, head), Math.max(previous, head));
  const where =
    head >= text.length
      ? 'Caret at the end of the article'
      : `Caret at character ${head + 1} of ${text.length}`;
  if (!moved) return `${where}.`;
  return `${quote(text, moved.start, moved.end, head > previous ? 'end' : 'start')}. ${where}`;
}
