// What a screen reader hears after each caret move: the text moved over and where the caret
// is, or how much is selected, from where, and how it starts (what a claim would quote).
import { trimSpan } from '../../../shared/anchoring/quote-selector';
import type { CodePointIndex } from '../../../shared/text/code-points';

/** Quotes longer than this are cut, so a long selection is not read out whole on every key. */
const QUOTE_CHARS = 80;

export const STARTED =
  'Selecting text with the keyboard: arrows move the caret, Shift with them selects, Escape leaves.';
export const LEFT = 'Left keyboard selection.';

function quote(text: CodePointIndex, start: number, end: number): string {
  const cut = end - start > QUOTE_CHARS;
  const shown = text.slice(start, cut ? start + QUOTE_CHARS : end).replace(/\s+/g, ' ');
  return `“${shown}${cut ? '…' : ''}”`;
}

/** `previous`: where the caret was before this move (the text between is read out). */
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
  return moved ? `${quote(text, moved.start, moved.end)}. ${where}` : `${where}.`;
}
