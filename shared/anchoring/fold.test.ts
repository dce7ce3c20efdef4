import { describe, expect, it } from 'vitest';
import { FoldedText, foldString } from './fold';

describe('FoldedText', () => {
  it.each([
    ['curly double quotes', '“Llama” wins', '"Llama" wins'],
    ['angle quotes', '«Llama»', '"Llama"'],
    ['apostrophe', 'Meta’s model', "Meta's model"],
    ['em dash', 'AI — it', 'AI - it'],
    ['double hyphen', 'AI -- it', 'AI - it'],
    ['en dash in a range', '2023–2024', '2023-2024'],
    ['run of spaces', 'a  \t b', 'a b'],
    ['no-break space', 'a\u00a0b', 'a b'],
    ['paragraph break', 'one.\n\ntwo', 'one.\ntwo'],
    ['windows line breaks', 'one.\r\n\r\ntwo', 'one.\ntwo'],
    ['ellipsis', 'wait…', 'wait...'],
    ['zero-width space inside a word', 'Lla\u200bma', 'Llama'],
    ['soft hyphen', 'co\u00adoperate', 'cooperate'],
    ['plain text', 'Meta said 73.5% - "yes"', 'Meta said 73.5% - "yes"'],
    ['emoji kept', 'go 🚀 now', 'go 🚀 now'],
  ])('%s', (_label, original, folded) => {
    expect(new FoldedText(original).text).toBe(folded);
    expect(foldString(original)).toBe(folded);
  });

  it('maps a folded range back to the original text', () => {
    const original = 'Meta’s “Llama 4” —  an   open… model';
    const folded = new FoldedText(original);
    expect(folded.text).toBe('Meta\'s "Llama 4" - an open... model');
    const at = (word: string) => {
      const start = folded.text.indexOf(word);
      const range = folded.originalRange(start, start + word.length);
      return original.slice(range.start, range.end);
    };
    expect(at('"Llama 4"')).toBe('“Llama 4”');
    expect(at("Meta's")).toBe('Meta’s');
    expect(at('- an')).toBe('—  an');
    expect(at('open...')).toBe('open…');
    expect(at('..')).toBe('…');
    expect(at('model')).toBe('model');
  });

  it('maps original offsets into the folded text', () => {
    const original = 'A  —  B…C';
    const folded = new FoldedText(original);
    expect(folded.text).toBe('A - B...C');
    // Every original word boundary lands on the same word in the folded text.
    expect(folded.foldedStart(original.indexOf('B'))).toBe(folded.text.indexOf('B'));
    expect(folded.foldedEnd(original.indexOf('B') + 1)).toBe(folded.text.indexOf('B') + 1);
    expect(folded.foldedStart(original.indexOf('C'))).toBe(folded.text.indexOf('C'));
    expect(folded.foldedEnd(original.length)).toBe(folded.text.length);
    // An offset inside a folded run: a range starting there includes the run, and so does one
    // ending there.
    expect(folded.foldedStart(2)).toBe(1);
    expect(folded.foldedEnd(2)).toBe(2);
  });

  it('round-trips every range of a text that needs no folding', () => {
    const original = 'Meta released Llama 4.';
    const folded = new FoldedText(original);
    for (let s = 0; s <= original.length; s++) {
      expect(folded.foldedStart(s)).toBe(s);
      expect(folded.foldedEnd(s)).toBe(s);
      expect(folded.originalRange(s, original.length)).toEqual({ start: s, end: original.length });
    }
  });
});
