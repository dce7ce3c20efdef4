// The browser mode over a real loopback socket: who gets in, what comes out, and the headers
// on everything. Requests go through node:http so the tests control Host and the raw path.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import { emptyRegistry } from '../../shared/model/entities';
import { CONTENT_SECURITY_POLICY } from '../security';
import { filesCookie, filesCookieName, filesKey } from './access';
import { startWebHost, type WebHost } from './server';

const TOKEN = 'test-token-0123456789-abcdefghijklmnop';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(
  host: WebHost,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The cookie a visit leaves: it opens the renderer's files of the host on that port. */
const files = (on: WebHost = host) => ({
  cookie: `${filesCookieName(on.port)}=${filesKey(TOKEN)}`,
});
/** What the page sends with every call: the tab's token. */
const tokenHeader = { 'x-factmark-token': TOKEN };

/** A call as the page makes it: same origin, the token header, JSON. */
function call(host: WebHost, name: string, input: unknown, headers: Record<string, string> = {}) {
  return send(host, {
    method: 'POST',
    path: `/api/${name}`,
    headers: {
      ...tokenHeader,
      origin: `http://127.0.0.1:${host.port}`,
      'content-type': 'application/json',
      ...headers,
    },
    body: JSON.stringify(input),
  });
}

let root: string;
let host: WebHost;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'factmark-web-host-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Factmark</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("factmark")');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  host = await startWebHost({
    libraryDir: join(root, 'library'),
    port: 0,
    token: TOKEN,
    rendererDir,
    logError: () => {},
  });
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

describe('startWebHost', () => {
  it('listens on a free loopback port and names the address with its token', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
    expect(host.token).toBe(TOKEN);
  });

  it('makes up a random token when given none', async () => {
    const other = await startWebHost({ libraryDir: root, port: 0, rendererDir: null });
    try {
      expect(other.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(other.url).toBe(`http://127.0.0.1:${other.port}/?token=${other.token}`);
    } finally {
      await other.close();
    }
  });

  it('says so when the port is taken', async () => {
    await expect(
      startWebHost({ libraryDir: root, port: host.port, rendererDir: null }),
    ).rejects.toThrow(`Port ${host.port} on 127.0.0.1 is already in use.`);
  });

  it('tells a page waiting for the library’s changes of another writer’s, behind the token', async () => {
    const library = join(root, 'live-library');
    const other = await startWebHost({
      libraryDir: library,
      port: 0,
      token: TOKEN,
      rendererDir: null,
    });
    try {
      // a cursor it did not give: answered at once, with one to follow changes from
      const start = JSON.parse((await call(other, 'waitForLibraryChanges', { after: 'x.1' })).body)
        .value as { cursor: string; all: boolean };
      expect(start.all).toBe(true);
      mkdirSync(join(library, 'layers', 'Bob'), { recursive: true });
      writeFileSync(join(library, 'layers', 'Bob', 'art_live.json'), '{}');
      const waiting = call(other, 'waitForLibraryChanges', { after: start.cursor });
      expect(JSON.parse((await waiting).body)).toMatchObject({
        ok: true,
        value: { articles: ['art_live'], live: true },
      });
      // the same token rules as every call
      const refused = await call(other, 'waitForLibraryChanges', {}, { 'x-factmark-token': 'x' });
      expect(refused.status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('stops answering once closed', async () => {
    const other = await startWebHost({ libraryDir: root, port: 0, rendererDir: null });
    await other.close();
    await expect(send(other, {})).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('the access token', () => {
  it('without one, shows a short page pointing to the printed address', async () => {
    const reply = await send(host, { path: '/' });
    expect(reply.status).toBe(401);
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(reply.body).toMatch(/Open the address the browser mode printed/);
    expect(reply.body).not.toContain(TOKEN);
  });

  it('a wrong one in the address is refused', async () => {
    const reply = await send(host, { path: '/?token=guess' });
    expect(reply.status).toBe(403);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('a valid one becomes a files-only cookie and moves to the fragment, for the page', async () => {
    const reply = await send(host, { path: `/?token=${TOKEN}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe(`/#token=${TOKEN}`);
    expect(reply.headers['set-cookie']).toEqual([filesCookie(TOKEN, host.port)]);
    expect(reply.headers['set-cookie']?.[0]).not.toContain(TOKEN);
  });

  it('keeps the rest of the address when trading the token', async () => {
    const reply = await send(host, { path: `/assets/app.js?v=2&token=${TOKEN}` });
    expect(reply.headers.location).toBe(`/assets/app.js?v=2#token=${TOKEN}`);
  });

  it('never redirects to another host', async () => {
    const reply = await send(host, { path: `/a/..//evil.example/?token=${TOKEN}` });
    expect(reply.headers.location).toBe(`/evil.example/#token=${TOKEN}`);
  });

  it('with the cookie, the page loads (across reloads)', async () => {
    for (let reload = 0; reload < 2; reload++) {
      const reply = await send(host, { path: '/', headers: files() });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('<title>Factmark</title>');
    }
  });

  it('a stale cookie (from an earlier run) is refused', async () => {
    const reply = await send(host, {
      path: '/',
      headers: { cookie: `${filesCookieName(host.port)}=old` },
    });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatch(/not valid/);
  });
});

describe('static files', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', '<title>Factmark</title>'],
    ['/index.html', 'text/html; charset=utf-8', '<title>Factmark</title>'],
    ['/assets/app.js', 'text/javascript; charset=utf-8', 'console.log("factmark")'],
  ])('%s is served as %s', async (path, type, content) => {
    const reply = await send(host, { path, headers: files() });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.body).toContain(content);
  });

  it('answers HEAD without a body', async () => {
    const reply = await send(host, { method: 'HEAD', path: '/assets/app.js', headers: files() });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await send(host, { path: '/missing.js', headers: files() })).status).toBe(404);
  });

  it.each([
    ['/../secret.txt'],
    ['/../../etc/passwd'],
    ['/..%2fsecret.txt'],
    ['/..%2f..%2f..%2fetc%2fpasswd'],
    ['/%2e%2e/secret.txt'],
    ['/%2e%2e%2fsecret.txt'],
    ['/assets/..%5c..%5csecret.txt'],
    ['/index.html%00.js'],
  ])('refuses the traversal %s', async (path) => {
    const reply = await send(host, { path, headers: files() });
    expect([400, 404]).toContain(reply.status);
    expect(reply.body).not.toContain('outside the renderer');
    expect(reply.body).not.toMatch(/root:/);
  });

  it('refuses other methods', async () => {
    const reply = await send(host, { method: 'POST', path: '/', headers: files() });
    expect(reply.status).toBe(405);
  });
});

describe('security headers', () => {
  it.each([
    ['the page', () => ({ path: '/', headers: files() })],
    ['an asset', () => ({ path: '/assets/app.js', headers: files() })],
    ['the no-token page', () => ({ path: '/' })],
    ['a refusal', () => ({ path: '/', headers: { host: 'evil.example' } })],
    ['a contract call', () => ({ method: 'POST', path: '/api/listLibrary' })],
  ])('are on %s', async (_label, options) => {
    const reply = await send(host, options());
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('contract calls', () => {
  it('answers listLibrary on an empty library', async () => {
    const reply = await call(host, 'listLibrary', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { articles: [], problems: [] } });
  });

  it('answers through localhost as well', async () => {
    const reply = await call(
      host,
      'listLibrary',
      {},
      { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` },
    );
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });

  it('carries error results with status 200', async () => {
    const reply = await call(host, 'getArticle', { id: 'not an id' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers an unknown call as unsupported', async () => {
    const reply = await call(host, 'formatDisk', {});
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('does not offer the desktop-only calls', async () => {
    const reply = await call(host, 'openExternal', { url: 'https://example.com' });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  const forbidden = (reply: Reply, status = 403) => {
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  };

  it('refuses a call without the token header', async () => {
    forbidden(await call(host, 'listLibrary', {}, { 'x-factmark-token': '' }));
  });

  it('refuses a call that has only cookies, even one holding the token itself', async () => {
    const noHeader = { 'x-factmark-token': '' };
    forbidden(await call(host, 'listLibrary', {}, { ...noHeader, ...files() }));
    forbidden(
      await call(host, 'listLibrary', {}, { ...noHeader, cookie: `factmark_token=${TOKEN}` }),
    );
  });

  it('refuses a call with the token in the address but no header', async () => {
    const reply = await send(host, {
      method: 'POST',
      path: `/api/listLibrary?token=${TOKEN}`,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    forbidden(reply);
  });

  it('refuses a call from a foreign Origin', async () => {
    forbidden(await call(host, 'listLibrary', {}, { origin: 'https://evil.example' }));
  });

  it('refuses a call from an Origin on another port', async () => {
    forbidden(await call(host, 'listLibrary', {}, { origin: `http://127.0.0.1:${host.port + 1}` }));
  });

  it('refuses a cross-site fetch', async () => {
    forbidden(await call(host, 'listLibrary', {}, { 'sec-fetch-site': 'cross-site' }));
  });

  it('refuses a foreign Host (DNS rebinding), even with the cookie and a matching Origin', async () => {
    const reply = await call(
      host,
      'listLibrary',
      {},
      {
        host: `rebind.evil.example:${host.port}`,
        origin: `http://rebind.evil.example:${host.port}`,
      },
    );
    forbidden(reply);
  });

  it('refuses a foreign Host for pages too', async () => {
    const reply = await send(host, { path: '/', headers: { ...files(), host: 'evil.example' } });
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('<title>');
  });

  it('refuses GET', async () => {
    const reply = await send(host, { path: '/api/listLibrary', headers: tokenHeader });
    forbidden(reply, 405);
    expect(reply.headers.allow).toBe('POST');
  });

  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['multipart/form-data']])(
    'refuses content type %s',
    async (type) => {
      const reply = await call(host, 'listLibrary', {}, { 'content-type': type });
      expect(reply.status).toBe(415);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    },
  );

  it('accepts JSON with a charset', async () => {
    const reply = await call(
      host,
      'listLibrary',
      {},
      { 'content-type': 'application/json; charset=utf-8' },
    );
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await send(host, {
      method: 'POST',
      path: '/api/listLibrary',
      headers: {
        ...tokenHeader,
        origin: `http://127.0.0.1:${host.port}`,
        'content-type': 'application/json',
      },
      body: '{"oops"',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a body over the size cap', async () => {
    const reply = await send(host, {
      method: 'POST',
      path: '/api/openText',
      headers: {
        ...tokenHeader,
        'content-type': 'application/json',
        'content-length': String(200 * 1024 * 1024),
      },
      body: '{"text":"',
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/larger than \d+ MB/);
  });
});

describe('with handlers of its own', () => {
  let custom: WebHost;

  beforeAll(async () => {
    custom = await startWebHost({
      libraryDir: root,
      port: 0,
      token: TOKEN,
      rendererDir: null,
      handlers: {
        openUrl: async ({ url }) => {
          throw new ContractError('network', `${url}: the server did not answer.`);
        },
      },
    });
  });

  afterAll(async () => {
    await custom.close();
  });

  it('passes the handler’s error through the envelope', async () => {
    const reply = await call(custom, 'openUrl', { url: 'https://down.example/' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'network', message: 'https://down.example/: the server did not answer.' },
    });
  });

  it('serves no files with --host-only', async () => {
    const reply = await send(custom, { path: '/', headers: files(custom) });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatch(/serves only the contract/);
  });
});

describe('the request log', () => {
  it('names the path of a failed request, never its query (which may hold the token)', async () => {
    const logged: string[] = [];
    const failing = await startWebHost({
      libraryDir: root,
      port: 0,
      token: TOKEN,
      rendererDir: null,
      logError: (message) => logged.push(message),
      handlers: {
        // A handler table that breaks before dispatch can turn the failure into an envelope.
        get listLibrary(): never {
          throw new Error('broken handler table');
        },
      },
    });
    try {
      const reply = await send(failing, {
        method: 'POST',
        path: `/api/listLibrary?token=${TOKEN}&q=1`,
        headers: {
          ...tokenHeader,
          host: `127.0.0.1:${failing.port}`,
          'content-type': 'application/json',
        },
        body: '{}',
      });
      expect(reply.status).toBe(500);
      expect(logged).toEqual([
        'Factmark browser mode: POST /api/listLibrary failed: Error: broken handler table',
      ]);
    } finally {
      await failing.close();
    }
  });
});

describe('closing', () => {
  it('lets a call under way (a save) finish before the connections are cut', async () => {
    let finishSave!: () => void;
    const saved = new Promise<void>((resolve) => (finishSave = resolve));
    const saving = await startWebHost({
      libraryDir: root,
      port: 0,
      token: TOKEN,
      rendererDir: null,
      handlers: {
        saveEntities: async () => {
          await saved;
          return { savedAt: '2026-11-26T12:00:00.000Z', revision: 1 };
        },
      },
    });
    const reply = call(saving, 'saveEntities', { registry: emptyRegistry() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = saving.close();
    setTimeout(finishSave, 100);
    const answer = JSON.parse((await reply).body);
    await closed;
    expect(answer).toEqual({
      ok: true,
      value: { savedAt: '2026-11-26T12:00:00.000Z', revision: 1 },
    });
  });
});
