import { describe, expect, it } from 'vitest';
import { softHyphenContexts, withSoftHyphens, type ShownGlyph } from './pdf-soft-hyphens';

/** A showText operation's glyphs, as pdfjs gives them, for `text` (numbers: kerning). */
function shown(...parts: Array<string | number>): ShownGlyph[] {
  return parts.flatMap((p): ShownGlyph[] =>
    typeof p === 'number' ? [p] : [...p].map((unicode) => ({ unicode })),
  );
}

describe('softHyphenContexts', () => {
  it.each([
    ['none', [shown('soft ware')], []],
    ['one ending an operation', [shown('a soft\u00ad'), shown('ware')], ['asoft']],
    ['one before trailing spaces', [shown('a soft\u00ad  ')], ['asoft']],
    ['one drawn on its own', [shown('a soft'), shown('\u00ad'), shown('ware')], ['asoft']],
    ['one inside an operation (no line end)', [shown('a soft\u00adware')], []],
    ['kerning and unmapped glyphs between', [[...shown('a so'), -20, null, ...shown('ft\u00ad')]], ['asoft']],
    ['a ligature, compared in its letters', [shown('eﬃ\u00ad')], ['effi']],
    ['the last 24 characters', [shown('abcdefghijklmnopqrstuvwxyz\u00ad')], ['cdefghijklmnopqrstuvwxyz']],
    ['nothing drawn before it', [shown('\u00ad')], []],
  ])('%s', (_label, ops, expected) => {
    expect(softHyphenContexts(ops as ShownGlyph[][])).toEqual(expected);
  }); // prettier-ignore
});

describe('withSoftHyphens', () => {
  const items = (...strs: string[]) => strs.map((str) => ({ str }));
  it.each([
    ['ends the item the context ends', items('a soft ', 'ware'), ['asoft'], ['a soft\u00ad', 'ware']],
    ['skips items of white space', items('a soft', ' ', 'ware'), ['asoft'], ['a soft\u00ad', ' ', 'ware']],
    ['leaves an item the context ends inside', items('a software'), ['asoft'], ['a software']],
    ['finds contexts in order', items('soft', 'soft', 'ware'), ['soft', 'soft'], ['soft\u00ad', 'soft\u00ad', 'ware']],
    ['skips a context the items lack', items('a soft', 'ware'), ['gone', 'asoft'], ['a soft\u00ad', 'ware']],
    ['compares ligatures by their letters', items('eﬃ', 'cient'), ['effi'], ['eﬃ\u00ad', 'cient']],
  ])('%s', (_label, given, contexts, expected) => {
    expect(withSoftHyphens(given, contexts).map((i) => i.str)).toEqual(expected);
  }); // prettier-ignore
});
