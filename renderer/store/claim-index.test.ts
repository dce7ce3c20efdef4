import { describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/model/annotations';
import { claimsById, openClaim } from './claim-index';
import type { FactmarkState } from './types';

const claim = (id: string, start: number): Claim => ({
  id,
  start,
  end: start + 5,
  quote: 'quote',
  prefix: '',
  suffix: '',
  entities: [],
  status: 'unreviewed',
  note: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('claimsById', () => {
  it('finds each claim of the array by its id', () => {
    const claims = [claim('a', 0), claim('b', 10)];
    const index = claimsById(claims);
    expect(index.get('a')).toBe(claims[0]);
    expect(index.get('b')).toBe(claims[1]);
    expect(index.get('c')).toBeUndefined();
  });

  it('builds the index once per claims array and anew for a new version', () => {
    const claims = [claim('a', 0)];
    expect(claimsById(claims)).toBe(claimsById(claims));
    const next = [...claims, claim('b', 10)];
    expect(claimsById(next)).not.toBe(claimsById(claims));
    expect(claimsById(next).get('b')).toBe(next[1]);
    expect(claimsById(claims).has('b')).toBe(false);
  });
});

describe('openClaim', () => {
  const claims = [claim('a', 0)];
  const state = (article: { claims: Claim[] } | null) => ({ article }) as unknown as FactmarkState;

  it.each([
    ['the claim with that id', state({ claims }), 'a', claims[0]],
    ['nothing for an unknown id', state({ claims }), 'z', undefined],
    ['nothing without an id', state({ claims }), null, undefined],
    ['nothing without an article', state(null), 'a', undefined],
  ])('answers %s', (_, s, id, expected) => {
    expect(openClaim(s, id)).toBe(expected);
  });
});
