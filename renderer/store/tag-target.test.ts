import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../testing/fake-api';
import type { Claim } from '../../shared/model/annotations';
import { resolveTagTarget } from './tag-target';

const claim = (id: string, start: number, end: number): Claim => ({
  id,
  start,
  end,
  quote: 'x',
  prefix: '',
  suffix: '',
  entities: [],
  status: 'unreviewed',
  note: '',
  createdAt: '',
  updatedAt: '',
});

const article = sampleArticle({
  claims: [claim('clm_a', 0, 5), claim('clm_b', 0, 5), claim('clm_c', 8, 12)],
});

describe('resolveTagTarget', () => {
  it.each([
    ['no selection, no active claim', null, null, null],
    ['no selection, an active claim', null, 'clm_c', { kind: 'claim', claimId: 'clm_c' }],
    ['no selection, a stale active id', null, 'clm_gone', null],
    ['a claim exactly selected', { start: 8, end: 12 }, null, { kind: 'claim', claimId: 'clm_c' }],
    [
      'the active one of two identical',
      { start: 0, end: 5 },
      'clm_b',
      { kind: 'claim', claimId: 'clm_b' },
    ],
    [
      'other text with a claim active',
      { start: 1, end: 3 },
      'clm_c',
      { kind: 'mention', start: 1, end: 3 },
    ],
  ])('%s', (_label, selection, active, expected) => {
    expect(resolveTagTarget(article, selection, active)).toEqual(expected);
  });
});
