import { describe, expect, it } from 'vitest';
import { takeAccessToken, TOKEN_STORAGE_KEY } from './access-token';

function page(hash: string, stored: Record<string, string> = {}) {
  const items = new Map(Object.entries(stored));
  const replaced: string[] = [];
  return {
    location: { hash, pathname: '/', search: '?x=1' },
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url?: string | URL | null) =>
        void replaced.push(String(url)),
    },
    sessionStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    },
    items,
    replaced,
  };
}

describe('takeAccessToken', () => {
  const token = 'T'.repeat(43);

  it('moves a handed-over token into the tab’s storage and out of the address', () => {
    const scope = page(`#token=${token}`);
    expect(takeAccessToken(scope)).toBe(token);
    expect(scope.items.get(TOKEN_STORAGE_KEY)).toBe(token);
    expect(scope.replaced).toEqual(['/?x=1']);
  });

  it('keeps the tab’s token across a reload (no fragment then)', () => {
    const scope = page('', { [TOKEN_STORAGE_KEY]: token });
    expect(takeAccessToken(scope)).toBe(token);
    expect(scope.replaced).toEqual([]);
  });

  it('leaves another fragment alone', () => {
    const scope = page('#token=a b');
    expect(takeAccessToken(scope)).toBeNull();
    expect(scope.replaced).toEqual([]);
  });

  it('has none outside a page', () => {
    expect(takeAccessToken({})).toBeNull();
  });
});
