import { describe, expect, it } from 'vitest';
import type { Relation } from '../model/relations';
import { findConflicts } from './conflicts';
import { buildCorpusRows } from './corpus-rows';
import {
  claimTokens,
  contradictsRelation,
  jaccard,
  pairKey,
  sameClaimRelation,
  suggestSameClaims,
} from './same-claim';
import { claim, CORPUS, doc } from './__fixtures__/corpus';

const NOW = '2026-12-07T12:00:00.000Z';
const ref = (key: string) => {
  const [document, annotation] = key.split('/') as [string, string];
  return { document, annotation };
};
const link = (type: Relation['type'], from: string, to: string): Relation => ({
  id: 'rel_x',
  type,
  from: ref(from),
  to: ref(to),
  createdAt: NOW,
});

/** The corpus fixture and two articles that say the same as others in other words. */
const LIBRARY = [
  ...CORPUS,
  doc('art_d', 'Scout on a single card', [
    claim('clm_d1', 'Meta says Scout fits on one single GPU', { start: 0 }),
    // Same subject and metric as clm_a1, another value: a conflict, not the same claim.
    claim('clm_d2', 'Maverick reaches 80% on MMLU', {
      start: 60,
      structured: { subject: 'ent_maverick', metric: 'MMLU', value: '80', unit: '%' },
    }),
  ]),
  doc('art_e', 'Notes', [
    claim('clm_e1', 'Scout fits on one GPU', { start: 0 }),
    claim('clm_e2', 'Scout fits on one GPU, says Meta', { start: 30 }),
  ]),
];
const rows = buildCorpusRows(LIBRARY);
const pairs = (relations: Relation[] = [], rejected?: Set<string>) =>
  suggestSameClaims(rows, relations, rejected).map((s) => [s.key, s.score, s.reason]);

describe('suggestSameClaims', () => {
  it('suggests the same statement in fields and mostly the same words, best first, across articles', () => {
    expect(pairs()).toEqual([
      ['art_a/clm_a1|art_c/clm_c1', 1, 'same-statement'],
      ['art_a/clm_a2|art_e/clm_e1', 1, 'similar-text'],
      ['art_d/clm_d1|art_e/clm_e2', 0.88, 'similar-text'],
      ['art_a/clm_a2|art_e/clm_e2', 0.71, 'similar-text'],
      ['art_a/clm_a2|art_d/clm_d1', 0.63, 'similar-text'],
      ['art_d/clm_d1|art_e/clm_e1', 0.63, 'similar-text'],
    ]);
    // clm_e1 and clm_e2 are one article's: never a pair. clm_d2 conflicts with clm_a1: not one.
    const [first] = suggestSameClaims(rows, []);
    expect(first).toMatchObject({
      a: { document: 'art_a', annotation: 'clm_a1' },
      b: { document: 'art_c', annotation: 'clm_c1' },
      because: 'same subject, metric (MMLU) and value (73.5 %)',
    });
  });

  it.each<[string, Relation[], Set<string> | undefined]>([
    ['linked as the same claim', [link('same-claim', 'art_e/clm_e1', 'art_a/clm_a2')], undefined],
    ['linked as contradicting', [link('contradicts', 'art_a/clm_a2', 'art_e/clm_e1')], undefined],
    ['rejected', [], new Set([pairKey(ref('art_e/clm_e1'), ref('art_a/clm_a2'))])],
  ])('leaves out a pair already %s', (_name, relations, rejected) => {
    expect(pairs(relations, rejected).map(([key]) => key)).not.toContain(
      'art_a/clm_a2|art_e/clm_e1',
    );
    expect(pairs(relations, rejected)).toHaveLength(5);
  });

  it('keeps a pair linked by evidence: only claim links say two claims are related', () => {
    const evidence: Relation = {
      ...link('supports', 'art_a/clm_a2', 'art_e/clm_e1'),
      to: { url: 'https://x.example' },
    };
    expect(pairs([evidence])).toHaveLength(6);
  });

  it('compares every pair the prefix filter admits: the same result as comparing all pairs', () => {
    const words = ['model', 'scores', 'high', 'on', 'mmlu', 'today', 'says', 'meta', 'gpu', 'one'];
    const docs = Array.from({ length: 30 }, (_, i) =>
      doc(`art_${i}`, `A${i}`, [
        claim(`clm_${i}`, words.filter((_, k) => (i * 7 + k * 3) % 5 !== 0).join(' ')),
      ]),
    );
    const many = buildCorpusRows(docs);
    const byBruteForce: string[] = [];
    for (let i = 0; i < many.length; i++) {
      for (let j = i + 1; j < many.length; j++) {
        const score = jaccard(claimTokens(many[i]!.claim.quote), claimTokens(many[j]!.claim.quote));
        if (score >= 0.6) byBruteForce.push(pairKey(ref(many[i]!.key), ref(many[j]!.key)));
      }
    }
    expect(byBruteForce.length).toBeGreaterThan(0);
    expect(
      suggestSameClaims(many, [])
        .map((s) => s.key)
        .sort(),
    ).toEqual(byBruteForce.sort());
  });
});

describe('claimTokens and jaccard', () => {
  it.each<[string, string[]]>([
    ['Maverick achieves 73.5% on MMLU', ['maverick', 'achieves', '73.5', 'on', 'mmlu']],
    ['Café CAFÉ cafe', ['cafe']],
    ['1,000 tokens — 大規模', ['1,000', 'tokens', '大規模']],
  ])('claimTokens(%j)', (quote, tokens) => {
    expect(claimTokens(quote)).toEqual(tokens);
  });

  it.each<[string[], string[], number]>([
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['c'], 0],
    [['a', 'b', 'c'], ['b', 'c', 'd'], 0.5],
  ])('jaccard(%j, %j) = %d', (a, b, expected) => {
    expect(jaccard(a, b)).toBe(expected);
  });
});

describe('links the corpus view makes in one action', () => {
  it('turns a conflict into a contradicts link from the row to the other claim', () => {
    const conflicts = findConflicts(rows);
    const row = rows.find((r) => r.key === 'art_d/clm_d2')!;
    const other = conflicts.get(row.key)!.find((o) => o.claimId === 'clm_a1')!;
    expect(contradictsRelation(row, other, { now: NOW, annotator: 'Dana', id: 'rel_1' })).toEqual({
      id: 'rel_1',
      type: 'contradicts',
      from: { document: 'art_d', annotation: 'clm_d2' },
      to: { document: 'art_a', annotation: 'clm_a1' },
      annotator: 'Dana',
      createdAt: NOW,
    });
  });

  it('turns an accepted suggestion into a same-claim link, with a new id', () => {
    const [suggestion] = suggestSameClaims(rows, []);
    const relation = sameClaimRelation(suggestion!, { now: NOW });
    expect(relation).toMatchObject({
      type: 'same-claim',
      from: suggestion!.a,
      to: suggestion!.b,
      createdAt: NOW,
    });
    expect(relation.id).toMatch(/^rel_/);
    expect(relation).not.toHaveProperty('annotator');
    // Once linked, the pair is no longer suggested.
    expect(suggestSameClaims(rows, [relation]).map((s) => s.key)).not.toContain(suggestion!.key);
  });
});
