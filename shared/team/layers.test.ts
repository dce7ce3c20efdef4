import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article';
import { layerOf, withAnnotators } from './layers';

const span = { start: 0, end: 1, quote: 'M', prefix: '', suffix: '' };
const at = '2026-12-07T10:00:00.000Z';
const article: Pick<Article, 'claims' | 'mentions' | 'orphans' | 'evidence' | 'relations'> = {
  claims: [
    {
      id: 'clm_a',
      ...span,
      entities: [],
      status: 'unreviewed',
      note: '',
      createdAt: at,
      updatedAt: at,
    },
  ],
  mentions: [{ id: 'men_a', ...span, entity: 'ent_a', createdAt: at, annotator: 'Lee' }],
  orphans: [],
  evidence: [{ id: 'evi_a', ...span, note: '', createdAt: at }],
  relations: [
    {
      id: 'rel_a',
      type: 'role:subject',
      from: { document: 'art_a', annotation: 'clm_a' },
      to: { document: 'art_a', annotation: 'evi_a' },
      createdAt: at,
    },
  ],
};

describe('layers of an article with passages and links', () => {
  it('gives passages and links without an annotator the fallback, like claims', () => {
    const stamped = withAnnotators(article, 'unnamed');
    expect(stamped.claims[0]!.annotator).toBe('unnamed');
    expect(stamped.mentions[0]!.annotator).toBe('Lee');
    expect(stamped.evidence![0]!.annotator).toBe('unnamed');
    expect(stamped.relations![0]!.annotator).toBe('unnamed');
  });

  it('keeps only one annotator’s passages and links in their layer', () => {
    const lee = layerOf(article, 'Lee', 'unnamed');
    expect(lee.mentions).toHaveLength(1);
    expect([lee.claims, lee.evidence, lee.relations]).toEqual([[], [], []]);
    const unnamed = layerOf(article, 'unnamed', 'unnamed');
    expect([unnamed.claims, unnamed.evidence, unnamed.relations].map((l) => l!.length)).toEqual([
      1, 1, 1,
    ]);
  });
});
