import { describe, expect, it } from 'vitest';
import { dispatch, unwrapResult } from './dispatch';
import { ContractError } from './result';
import type { Handlers } from './calls';

const handlers: Partial<Handlers> = {
  listLibrary: async () => ({ articles: [], problems: [] }),
  getArticle: async ({ id }) => {
    throw new ContractError('not-found', `No article ${id} in the library.`);
  },
  deleteArticle: async () => {
    throw new Error('disk on fire');
  },
};

describe('dispatch', () => {
  it.each([
    ['an unknown call', 'rmrf', {}, { ok: false, error: { code: 'unsupported' } }],
    [
      'a call the host lacks',
      'openUrl',
      { url: 'https://x' },
      { ok: false, error: { code: 'unsupported' } },
    ],
    [
      'an invalid payload',
      'getArticle',
      { id: '../../etc/passwd' },
      { ok: false, error: { code: 'invalid-input' } },
    ],
    [
      'a payload of the wrong type',
      'getArticle',
      'art_1',
      { ok: false, error: { code: 'invalid-input' } },
    ],
    ['a prototype key', '__proto__', {}, { ok: false, error: { code: 'unsupported' } }],
    ['a handler error', 'getArticle', { id: 'art_x' }, { ok: false, error: { code: 'not-found' } }],
    [
      'an unexpected throw',
      'deleteArticle',
      { id: 'art_x' },
      { ok: false, error: { code: 'internal' } },
    ],
    ['a good call', 'listLibrary', {}, { ok: true, value: { articles: [], problems: [] } }],
  ])('%s', async (_label, name, payload, expected) => {
    expect(await dispatch(handlers, name, payload)).toMatchObject(expected);
  });

  it('names the bad field in the message', async () => {
    const result = await dispatch(handlers, 'getArticle', { id: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^getArticle: id:/);
  });
});

describe('unwrapResult', () => {
  it('returns the parsed value', () => {
    expect(
      unwrapResult('listLibrary', { ok: true, value: { articles: [], problems: [] } }),
    ).toEqual({ articles: [], problems: [] });
  });
  it('throws the error as a ContractError', () => {
    expect(() =>
      unwrapResult('getArticle', { ok: false, error: { code: 'not-found', message: 'gone' } }),
    ).toThrow(ContractError);
  });
  it('refuses an answer that does not match the output schema', () => {
    expect(() => unwrapResult('listLibrary', { ok: true, value: { articles: 3 } })).toThrow(
      /unexpected answer/,
    );
  });
});
