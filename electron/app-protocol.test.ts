import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_REGISTRATION, createRendererResponder } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security';

let respond: (request: Request) => Promise<Response>;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'factmark-app-protocol-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Factmark</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'not for the renderer');
  respond = createRendererResponder(rendererDir);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => respond(new Request(url, { method }));

describe('createRendererResponder', () => {
  it('serves index.html for app://factmark/ with the strict CSP', async () => {
    const response = await get('app://factmark/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Factmark</title>');
  });

  it('serves assets with their media type', async () => {
    const response = await get('app://factmark/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    ['app://factmark/..%2fsecret.txt', 400],
    ['app://factmark/assets/..%2f..%2fsecret.txt', 400],
    ['app://factmark/missing.js', 404],
    ['app://factmark/assets', 404],
    ['app://other-host/index.html', 404],
  ])('refuses %s with %i', async (url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('not for the renderer');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get('app://factmark/index.html', 'POST')).status).toBe(405);
  });
});

describe('APP_SCHEME_REGISTRATION', () => {
  it('is a secure standard scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_REGISTRATION.scheme).toBe('app');
    expect(APP_SCHEME_REGISTRATION.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_REGISTRATION.privileges?.bypassCSP).toBeFalsy();
  });
});
