import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { SearchableText } from './searchable-text';

/** The quoted text of each match, as code points of the original. */
function found(text: string, query: string): string[] {
  const index = new CodePointIndex(text);
  return new SearchableText(text).find(query).map((m) => index.slice(m.start, m.end));
}

describe('SearchableText.find', () => {
  it.each([
    ['case', 'Meta said META and meta.', 'meta', ['Meta', 'META', 'meta']],
    ['accents in the text', 'Café crème, CAFÉ', 'cafe', ['Café', 'CAFÉ']],
    ['accents in the query', 'Cafe and cafe', 'café', ['Cafe', 'cafe']],
    ['decomposed accents stay in the match', 'Cafe\u0301 time', 'cafe', ['Cafe\u0301']],
    ['curly apostrophes', "Meta’s model and Meta's team", "meta's", ['Meta’s', "Meta's"]],
    ['runs of white space', 'Llama   4\n\nMaverick', 'llama 4 maverick', ['Llama   4\n\nMaverick']],
    ['ligatures', 'ﬁne-tuned', 'fine', ['ﬁne']],
    ['eszett', 'Straße', 'strasse', ['Straße']],
    ['dashes', 'GPT‑4o and GPT-4o', 'gpt-4o', ['GPT‑4o', 'GPT-4o']],
    ['CJK', '大規模言語モデル と 大規模', '大規模', ['大規模', '大規模']],
    ['Greek case', 'ΣΟΦΙΑ σοφια', 'σοφια', ['ΣΟΦΙΑ', 'σοφια']],
    ['no overlap', 'aaaa', 'aa', ['aa', 'aa']],
    ['blank query', 'anything', '   ', []],
    ['absent', 'anything', 'zebra', []],
  ])('%s', (_name, text, query, expected) => {
    expect(found(text, query)).toEqual(expected);
  });

  it('counts offsets in code points, past emoji', () => {
    const text = '🦙👩‍👩‍👧 Maverick 73.5%';
    const [match] = new SearchableText(text).find('maverick');
    expect(match).toEqual({ start: 7, end: 15 });
    expect([...text].slice(match!.start, match!.end).join('')).toBe('Maverick');
  });

  it('stops at the limit', () => {
    expect(new SearchableText('a a a a a').find('a', 3)).toHaveLength(3);
  });
});
