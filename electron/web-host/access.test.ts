import { describe, expect, it } from 'vitest';
import {
  checkTokenFormat,
  createAccessToken,
  isOwnFetchSite,
  isOwnHost,
  isOwnOrigin,
  filesCookie,
  filesKey,
  readCookie,
  tokenMatches,
} from './access';

describe('createAccessToken', () => {
  it('makes a fresh 256-bit URL-safe token each time', () => {
    const a = createAccessToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createAccessToken()).not.toBe(a);
  });
});

describe('checkTokenFormat', () => {
  it('accepts header- and URL-safe tokens of 32 characters or more', () => {
    const token = 'e2e-token_1.0~x'.padEnd(32, 'x');
    expect(checkTokenFormat(token, 'FACTMARK_TOKEN')).toBe(token);
  });
  it.each([['has space'.padEnd(40, 'x')], ['semi;colon'.padEnd(40, 'x')], ['quo"te'], ['']])(
    'refuses %j',
    (token) => {
      expect(() => checkTokenFormat(token, 'FACTMARK_TOKEN')).toThrow(/^FACTMARK_TOKEN: /);
    },
  );
  it.each([['a'], ['x'.repeat(31)], ['x'.repeat(513)]])('refuses a token of %#', (token) => {
    expect(() => checkTokenFormat(token, 'FACTMARK_TOKEN')).toThrow(
      `FACTMARK_TOKEN: the access token must be 32 to 512 characters long (it has ${token.length})`,
    );
  });
});

describe('tokenMatches', () => {
  it.each([
    ['secret', 'secret', true],
    ['secret', 'secreT', false],
    ['secret', 'secret2', false],
    ['secret', '', false],
    ['secret', null, false],
    ['secret', undefined, false],
  ])('%s vs %s -> %s', (expected, given, result) => {
    expect(tokenMatches(expected, given)).toBe(result);
  });
});

describe('readCookie', () => {
  it.each([
    ['factmark_token=abc', 'abc'],
    ['a=1; factmark_token=abc; b=2', 'abc'],
    ['a=1;factmark_token=abc', 'abc'],
    ['xfactmark_token=abc', null],
    ['factmark_tokenx=abc', null],
    ['a=1', null],
    ['', null],
    [undefined, null],
  ])('%j -> %s', (header, expected) => {
    expect(readCookie(header, 'factmark_token')).toBe(expected);
  });
});

describe('filesCookie', () => {
  it('is named for its port, HttpOnly, SameSite=Strict, and never holds the token', () => {
    const token = 'T'.repeat(43);
    const cookie = filesCookie(token, 4780);
    expect(cookie).toBe(
      `factmark_files_4780=${filesKey(token)}; HttpOnly; SameSite=Strict; Path=/`,
    );
    expect(cookie).not.toContain(token);
    expect(filesKey(token)).not.toBe(filesKey('U'.repeat(43)));
  });
});

describe('isOwnHost', () => {
  it.each([
    ['127.0.0.1:4780', true],
    ['localhost:4780', true],
    ['LOCALHOST:4780', true],
    ['127.0.0.1:4781', false],
    ['127.0.0.1', false],
    ['attacker.example:4780', false],
    ['127.0.0.1.nip.io:4780', false],
    ['[::1]:4780', false],
    [undefined, false],
  ])('%s -> %s', (host, expected) => {
    expect(isOwnHost(host, 4780)).toBe(expected);
  });

  it('takes a Host without port only on port 80', () => {
    expect(isOwnHost('localhost', 80)).toBe(true);
  });
});

describe('isOwnOrigin', () => {
  it.each([
    [undefined, '127.0.0.1:4780', true],
    ['http://127.0.0.1:4780', '127.0.0.1:4780', true],
    ['http://localhost:4780', 'localhost:4780', true],
    ['http://localhost:4780', '127.0.0.1:4780', false],
    ['https://127.0.0.1:4780', '127.0.0.1:4780', false],
    ['http://evil.example', '127.0.0.1:4780', false],
    ['null', '127.0.0.1:4780', false],
  ])('Origin %s with Host %s -> %s', (origin, host, expected) => {
    expect(isOwnOrigin(origin, host)).toBe(expected);
  });
});

describe('isOwnFetchSite', () => {
  it.each([
    [undefined, true],
    ['same-origin', true],
    ['none', true],
    ['same-site', false],
    ['cross-site', false],
  ])('%s -> %s', (site, expected) => {
    expect(isOwnFetchSite(site)).toBe(expected);
  });
});
