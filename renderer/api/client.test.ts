import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import type { FactmarkHostBridge } from '../../shared/contract/bridge';
import { createApi } from './client';
import { bridgeTransport, findBridge } from './electron-transport';
import { httpTransport } from './http-transport';

describe('createApi', () => {
  it('has one method per call of the contract', () => {
    const api = createApi(async () => ({ ok: true, value: {} }));
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('sends the call name and input, and answers the checked value', async () => {
    const send = vi.fn(async () => ({ ok: true, value: { articles: [], problems: [] } }));
    const api = createApi(send);
    await expect(api.listLibrary({})).resolves.toEqual({ articles: [], problems: [] });
    expect(send).toHaveBeenCalledWith('listLibrary', {});
  });

  it.each([
    [
      'an error envelope',
      { ok: false, error: { code: 'bad-source', message: 'x.pdf: no text layer' } },
      'bad-source',
      /x\.pdf: no text layer/,
    ],
    ['a malformed envelope', { nope: true }, 'internal', /malformed/],
    [
      'a value of the wrong shape',
      { ok: true, value: { articles: 'many' } },
      'internal',
      /unexpected answer/,
    ],
  ])('turns %s into a ContractError', async (_label, envelope, code, message) => {
    const api = createApi(async () => envelope);
    const error = await api.listLibrary({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
  });
});

describe('httpTransport', () => {
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('posts the input as JSON to /api/<name>', async () => {
    const fetchImpl = vi.fn(async () => json({ ok: true, value: {} }));
    const token = 'k'.repeat(43);
    await httpTransport(token, fetchImpl as unknown as typeof fetch)('deleteArticle', {
      id: 'art_1',
    });
    expect(fetchImpl).toHaveBeenCalledWith('/api/deleteArticle', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-factmark-token': token },
      body: '{"id":"art_1"}',
      credentials: 'omit',
    });
  });

  it('passes on the envelope of a refused call (HTTP 403)', async () => {
    const refused = { ok: false, error: { code: 'forbidden', message: 'No valid access token.' } };
    const api = createApi(
      httpTransport(null, (async () => json(refused, 403)) as unknown as typeof fetch),
    );
    await expect(api.listLibrary({})).rejects.toMatchObject({
      code: 'forbidden',
      message: 'No valid access token.',
    });
  });

  it('names the call when the host cannot be reached', async () => {
    const send = httpTransport(null, (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    await expect(send('listLibrary', {})).rejects.toMatchObject({
      code: 'network',
      message: expect.stringMatching(
        /^listLibrary: cannot reach the Factmark host \(Failed to fetch\)/,
      ),
    });
  });

  it('explains an answer that is not JSON', async () => {
    const send = httpTransport(
      null,
      (async () => new Response('<html>oops', { status: 502 })) as unknown as typeof fetch,
    );
    await expect(send('getEntities', {})).rejects.toMatchObject({
      code: 'network',
      message: 'getEntities: the host answered HTTP 502 without a readable result.',
    });
  });
});

describe('the desktop bridge', () => {
  it('is found only when the preload put it on the page', () => {
    expect(findBridge({})).toBeNull();
    const bridge = { listLibrary: vi.fn() };
    expect(findBridge({ factmarkHost: bridge })).toBe(bridge);
  });

  it('calls the bridge method of the call and reports a broken bridge clearly', async () => {
    const listLibrary = vi.fn(async () => ({ ok: true, value: { articles: [], problems: [] } }));
    const getEntities = vi.fn(async () => {
      throw new Error('IPC channel closed');
    });
    const bridge = { listLibrary, getEntities } as unknown as FactmarkHostBridge;
    const api = createApi(bridgeTransport(bridge));
    await expect(api.listLibrary({})).resolves.toEqual({ articles: [], problems: [] });
    expect(listLibrary).toHaveBeenCalledWith({});
    await expect(api.getEntities({})).rejects.toMatchObject({
      code: 'internal',
      message: 'getEntities: the desktop host did not answer (IPC channel closed).',
    });
  });
});
