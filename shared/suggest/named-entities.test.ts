import { describe, expect, it } from 'vitest';
import { cleanName, findNamedEntities } from './named-entities';
import { splitSentences } from './sentences';

describe('cleanName', () => {
  it.each([
    ['Officer Yann LeCun', 'Yann LeCun'],
    ['Chief Executive Officer Satya Nadella', 'Satya Nadella'],
    ['(MoE)', 'MoE'],
    ["Ada Lovelace's", 'Ada Lovelace'],
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['the team', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(cleanName(raw)).toBe(expected);
  });
});

describe('findNamedEntities', () => {
  it('finds people and organisations in sentences no known name explains', () => {
    const text = 'Researcher Ada Lovelace joined Microsoft last week. The weather was fine.';
    const found = findNamedEntities(text, splitSentences(text), []);
    expect(found).toContainEqual({ name: 'Ada Lovelace', type: 'person' });
    expect(found).toContainEqual({ name: 'Microsoft', type: 'company' });
  });

  it('skips sentences whose capitalised words are all known', () => {
    const text = 'It was Ada Lovelace.';
    const known = [{ start: 7, end: 19 }];
    expect(findNamedEntities(text, splitSentences(text), known)).toEqual([]);
  });
});
