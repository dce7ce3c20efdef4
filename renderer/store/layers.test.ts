import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../testing/fake-api';
import type { Claim } from '../../shared/model/annotations';
import { disagreements, layerFilter, withinMyLayer, type LayerChoice } from './layers';

function claim(
  id: string,
  annotator: string | undefined,
  start = 0,
  status: Claim['status'] = 'unreviewed',
): Claim {
  return {
    id,
    start,
    end: start + 4,
    quote: 'text',
    prefix: '',
    suffix: '',
    entities: [],
    status,
    note: '',
    createdAt: 'a',
    updatedAt: 'a',
    ...(annotator ? { annotator } : {}),
  };
}

const mine = claim('clm_d', 'Dana');
const bobs = claim('clm_b', 'Bob', 10);
const old = claim('clm_o', undefined, 20);
const choice = (over: Partial<LayerChoice>): LayerChoice => ({
  me: 'Dana',
  view: { kind: 'all' },
  blind: false,
  doneByMe: false,
  ...over,
});

describe('layerFilter', () => {
  it.each([
    ['everyone', choice({}), ['clm_d', 'clm_b', 'clm_o']],
    ['mine', choice({ view: { kind: 'mine' } }), ['clm_d', 'clm_o']],
    ["Bob's", choice({ view: { kind: 'one', annotator: 'Bob' } }), ['clm_b']],
    ['blind, not done', choice({ blind: true }), ['clm_d', 'clm_o']],
    ['blind, done', choice({ blind: true, doneByMe: true }), ['clm_d', 'clm_b', 'clm_o']],
    [
      'no name (before layers)',
      choice({ me: null, view: { kind: 'mine' } }),
      ['clm_d', 'clm_b', 'clm_o'],
    ],
  ])('%s', (_name, c, ids) => {
    const keep = layerFilter(c) ?? (() => true);
    expect([mine, bobs, old].filter(keep).map((x) => x.id)).toEqual(ids);
  });
});

describe('disagreements', () => {
  it('finds spans one annotator marked and another did not, or marked otherwise', () => {
    const claims = [
      claim('clm_1', 'Dana', 0, 'supported'),
      claim('clm_2', 'Bob', 0, 'supported'),
      claim('clm_3', 'Dana', 10, 'supported'),
      claim('clm_4', 'Bob', 10, 'refuted'),
      claim('clm_5', 'Dana', 20),
    ];
    expect([...disagreements({ claims })].sort()).toEqual(['clm_3', 'clm_4', 'clm_5']);
  });

  it('finds none with one annotator', () => {
    expect(disagreements({ claims: [mine, claim('clm_x', 'Dana', 30)] }).size).toBe(0);
  });
});

describe('withinMyLayer', () => {
  const before = sampleArticle({ claims: [mine, bobs] });

  it('gives new annotations my name', () => {
    const added = claim('clm_new', undefined, 30);
    const { article, refused } = withinMyLayer(
      before,
      { ...before, claims: [mine, bobs, added] },
      'Dana',
    );
    expect(article.claims.map((c) => c.annotator)).toEqual(['Dana', 'Bob', 'Dana']);
    expect(refused).toBeNull();
  });

  it("leaves another annotator's claim as they made it, changed or removed", () => {
    const changed = { ...bobs, status: 'refuted' as const };
    const edited = withinMyLayer(before, { ...before, claims: [mine, changed] }, 'Dana');
    expect(edited.article.claims[1]).toBe(bobs);
    expect(edited.refused).toBe('Bob');
    const removed = withinMyLayer(before, { ...before, claims: [mine] }, 'Dana');
    expect(removed.article.claims.map((c) => c.id)).toEqual(['clm_d', 'clm_b']);
  });

  it('lets me change my own', () => {
    const changed = { ...mine, status: 'supported' as const };
    const next = { ...before, claims: [changed, bobs] };
    expect(withinMyLayer(before, next, 'Dana')).toEqual({ article: next, refused: null });
  });
});
