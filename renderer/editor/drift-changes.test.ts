import { describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/model/annotations';
import { driftChanged } from './drift-changes';

const claim = (id: string, anchor?: 'anchored' | 'drifted'): Claim => ({
  id,
  start: 0,
  end: 1,
  quote: 'a',
  prefix: '',
  suffix: '',
  entities: [],
  status: 'unreviewed',
  note: '',
  createdAt: 'x',
  updatedAt: 'x',
  ...(anchor ? { anchor } : {}),
});

describe('driftChanged', () => {
  const a = claim('clm_a', 'drifted');
  const b = claim('clm_b');
  it.each([
    ['the same list', [a, b], [a, b], []],
    ['a drifted claim accepted', [a, b], [claim('clm_a', 'anchored'), b], ['clm_a']],
    ['a note edited on a drifted claim', [a, b], [{ ...a, note: 'n' }, b], []],
    ['a claim added (the binding sees it added)', [a], [a, b], []],
  ])('%s', (_label, before, after, ids) => {
    expect(driftChanged(before, after).map((c) => c.id)).toEqual(ids);
  });
});
