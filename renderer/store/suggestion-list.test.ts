import { describe, expect, it } from 'vitest';
import type { MentionSuggestion, Suggestions } from '../../shared/suggest';
import {
  entityKeyOf,
  groupByEntity,
  nextAfter,
  stepFrom,
  visibleSuggestions,
  type AnySuggestion,
} from './suggestion-list';

function mention(start: number, end: number, name: string, extra: Partial<MentionSuggestion> = {}) {
  return {
    id: `sm_${start}_${end}`,
    start,
    end,
    quote: name,
    name,
    type: 'model',
    source: 'gazetteer' as const,
    ...extra,
  };
}

const claim = (start: number, end: number) => ({
  id: `sc_${start}_${end}`,
  start,
  end,
  quote: 'x',
  reasons: ['number' as const],
});

const raw: Suggestions = {
  mentions: [mention(0, 4, 'Meta'), mention(10, 18, 'Maverick'), mention(30, 34, 'Meta')],
  claims: [claim(0, 20), claim(25, 40)],
};

const span = (start: number, end: number) => ({ start, end });

describe('visibleSuggestions', () => {
  it.each([
    [
      'nothing accepted: all, in reading order',
      [],
      [],
      [],
      ['sc_0_20', 'sm_0_4', 'sm_10_18', 'sc_25_40', 'sm_30_34'],
    ],
    [
      'a mention over one hides it',
      [span(10, 18)],
      [],
      [],
      ['sc_0_20', 'sm_0_4', 'sc_25_40', 'sm_30_34'],
    ],
    [
      'a mention overlapping one hides it',
      [span(16, 22)],
      [],
      [],
      ['sc_0_20', 'sm_0_4', 'sc_25_40', 'sm_30_34'],
    ],
    [
      'a mention touching one does not',
      [span(4, 10)],
      [],
      [],
      ['sc_0_20', 'sm_0_4', 'sm_10_18', 'sc_25_40', 'sm_30_34'],
    ],
    [
      'a claim hides overlapping claims only',
      [],
      [span(5, 6)],
      [],
      ['sm_0_4', 'sm_10_18', 'sc_25_40', 'sm_30_34'],
    ],
    ['a long mention before still counts', [span(0, 31)], [], [], ['sc_0_20', 'sc_25_40']],
    ['rejected ones', [], [], ['sm_0_4', 'sc_25_40'], ['sc_0_20', 'sm_10_18', 'sm_30_34']],
  ] as const)('%s', (_label, mentions, claims, rejected, expected) => {
    const list = visibleSuggestions(
      raw,
      { id: 'art_1', mentions: mentions as never, claims: claims as never },
      new Set(rejected),
    );
    expect(list.ordered.map((s) => s.id)).toEqual(expected);
    expect(list.mentions.length + list.claims.length).toBe(expected.length);
  });
});

describe('grouping by entity', () => {
  it('puts one entity’s occurrences together, however they were found, most frequent first', () => {
    const groups = groupByEntity([
      mention(0, 4, 'Meta', { type: 'company', gazetteerId: 'gz_meta' }),
      mention(5, 21, 'Llama 4 Maverick', { source: 'model-pattern' }),
      mention(30, 38, 'Llama 4 Maverick', { gazetteerId: 'gz_llama-4-maverick' }),
      mention(40, 50, 'Yann LeCun', { type: 'person', source: 'ner' }),
    ]);
    expect(groups.map((g) => [g.name, g.type, g.suggestions.length])).toEqual([
      ['Llama 4 Maverick', 'model', 2],
      ['Meta', 'company', 1],
      ['Yann LeCun', 'person', 1],
    ]);
  });

  it('keys a known entity by its id', () => {
    expect(entityKeyOf(mention(0, 4, 'Meta', { entity: 'ent_1' }))).toBe('ent:ent_1');
  });
});

describe('moving', () => {
  const ordered = visibleSuggestions(raw, { id: 'a', mentions: [], claims: [] }, new Set()).ordered;
  const byId = (id: string) => ordered.find((s) => s.id === id) as AnySuggestion;

  it('steps and wraps', () => {
    expect(stepFrom(ordered, null, 1)?.id).toBe('sc_0_20');
    expect(stepFrom(ordered, 'sm_30_34', 1)?.id).toBe('sc_0_20');
    expect(stepFrom(ordered, 'sc_0_20', -1)?.id).toBe('sm_30_34');
    expect(stepFrom([], null, 1)).toBeNull();
  });

  it('goes on down the article after one is gone', () => {
    const rest = ordered.filter((s) => s.id !== 'sm_10_18');
    expect(nextAfter(rest, byId('sm_10_18'))?.id).toBe('sc_25_40');
    const last = ordered.filter((s) => s.id !== 'sm_30_34');
    expect(nextAfter(last, byId('sm_30_34'))?.id).toBe('sc_0_20');
  });
});
