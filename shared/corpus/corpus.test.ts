import { describe, expect, it } from 'vitest';
import { findConflicts, normalizeValue } from './conflicts';
import { filterCorpus, type CorpusFilter } from './corpus-filter';
import { buildCorpusRows } from './corpus-rows';
import { claim, CORPUS, doc, TYPES } from './__fixtures__/corpus';

const rows = buildCorpusRows(CORPUS);
const typeOf = (id: string) => TYPES[id];
const ids = (filter: CorpusFilter) => filterCorpus(rows, filter, typeOf).map((r) => r.claim.id);

describe('buildCorpusRows', () => {
  it('has one row per claim, with tagged, mentioned and subject entities', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'art_a/clm_a1',
      'art_a/clm_a2',
      'art_b/clm_b1',
      'art_b/clm_b2',
      'art_c/clm_c1',
      'art_c/clm_c2',
    ]);
    expect(rows[0]!.entityIds).toEqual(['ent_maverick']); // mentioned inside and the subject
    expect(rows[3]!.entityIds).toEqual(['ent_lecun', 'ent_meta']);
  });
});

describe('filterCorpus', () => {
  it.each<[string, CorpusFilter, string[]]>([
    ['nothing: all', {}, ['clm_a1', 'clm_a2', 'clm_b1', 'clm_b2', 'clm_c1', 'clm_c2']],
    [
      'an entity: tagged, mentioned or subject',
      { entityId: 'ent_maverick' },
      ['clm_a1', 'clm_b1', 'clm_c1'],
    ],
    ['an entity type', { entityType: 'person' }, ['clm_b2']],
    [
      'a type of several entities',
      { entityType: 'model' },
      ['clm_a1', 'clm_a2', 'clm_b1', 'clm_c1'],
    ],
    ['a status', { status: 'refuted' }, ['clm_b1']],
    ['an article', { articleId: 'art_c' }, ['clm_c1', 'clm_c2']],
    ['text, case and accents aside', { text: 'CAFE' }, ['clm_c2']],
    ['text in the title', { text: 'roundup' }, ['clm_c1', 'clm_c2']],
    ['text in structured fields', { text: 'percent' }, ['clm_b1']],
    ['all at once', { entityId: 'ent_maverick', status: 'supported', text: 'mmlu' }, ['clm_a1']],
    ['an unknown entity', { entityId: 'ent_nobody' }, []],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});

describe('normalizeValue', () => {
  it.each([
    ['73.5', '%', '73.5|%'],
    ['73.50', '%', '73.5|%'],
    ['73.5%', '', '73.5|%'],
    ['73.5', 'percent', '73.5|%'],
    ['73.5', 'Per cent', '73.5|%'],
    ['1,000', 'tokens', '1000|token'],
    ['1000', 'token', '1000|token'],
    ['400', 'B', '400|b'],
    ['400', 'billion', '400|b'],
    ['+2', 'pp', '2|pp'],
    ['.5', '', '0.5|'],
    ['1e3', '', '1000|'],
    ['first', '', 'first|'],
    ['Première', '', 'premiere|'],
  ])('%j %j → %j', (value, unit, expected) => {
    expect(normalizeValue(value, unit)).toBe(expected);
  });
});

describe('findConflicts', () => {
  it('flags claims of one subject and metric whose values differ across articles', () => {
    const conflicts = findConflicts(rows);
    expect([...conflicts.keys()].sort()).toEqual(['art_a/clm_a1', 'art_b/clm_b1', 'art_c/clm_c1']);
    expect(conflicts.get('art_b/clm_b1')).toEqual([
      { display: '73.5 %', articleId: 'art_a', title: 'Meta launches Llama 4', claimId: 'clm_a1' },
    ]);
    // 73.5 % and 73.50 % are the same value: a and c each see only b's
    expect(conflicts.get('art_a/clm_a1')!.map((o) => o.display)).toEqual(['71.2 percent']);
    expect(conflicts.get('art_c/clm_c1')!.map((o) => o.display)).toEqual(['71.2 percent']);
  });

  it.each([
    ['the same value written differently', '73.50', '%', false],
    ['the unit spelled out', '73.5', 'percent', false],
    ['a different value', '73.6', '%', true],
    ['a different unit', '73.5', 'pp', true],
  ])('%s → conflicting: %s', (_name, value, unit, conflicting) => {
    const two = buildCorpusRows([
      doc('art_1', 'One', [
        claim('clm_1', 'q', {
          structured: { subject: 'ent_x', metric: 'MMLU', value: '73.5', unit: '%' },
        }),
      ]),
      doc('art_2', 'Two', [
        claim('clm_2', 'q', { structured: { subject: 'ent_x', metric: 'MMLU', value, unit } }),
      ]),
    ]);
    expect(findConflicts(two).size > 0).toBe(conflicting);
  });

  it.each([
    ['another subject', { subject: 'ent_y', metric: 'MMLU', value: '70' }],
    ['another metric', { subject: 'ent_x', metric: 'GPQA', value: '70' }],
    ['no value', { subject: 'ent_x', metric: 'MMLU' }],
    ['no subject', { metric: 'MMLU', value: '70' }],
  ])('does not compare with %s', (_name, structured) => {
    const two = buildCorpusRows([
      doc('art_1', 'One', [
        claim('clm_1', 'q', { structured: { subject: 'ent_x', metric: 'MMLU', value: '73.5' } }),
      ]),
      doc('art_2', 'Two', [claim('clm_2', 'q', { structured })]),
    ]);
    expect(findConflicts(two).size).toBe(0);
  });

  it('does not flag two values within one article only', () => {
    const one = buildCorpusRows([
      doc('art_1', 'One', [
        claim('clm_1', 'q', { structured: { subject: 'ent_x', metric: 'MMLU', value: '73.5' } }),
        claim('clm_2', 'q', {
          start: 5,
          structured: { subject: 'ent_x', metric: 'MMLU', value: '70' },
        }),
      ]),
    ]);
    expect(findConflicts(one).size).toBe(0);
  });
});
