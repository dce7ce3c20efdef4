import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isExternalLink,
  isTrustedCaller,
  SECURITY_HEADERS,
  webPreferences,
} from './security';

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ])('sets %s to %s', (name, value) => {
    expect(directives.get(name)).toBe(value);
  });

  it('allows no inline or evaluated code anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('is sent with nosniff and no referrer', () => {
    expect(SECURITY_HEADERS).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});

describe('webPreferences', () => {
  it('isolates and sandboxes the renderer without Node', () => {
    expect(webPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('isAppUrl', () => {
  it.each([
    [APP_ENTRY_URL, true],
    ['app://factmark/', true],
    ['app://factmark/assets/index-1a2b.js', true],
    ['app://other/index.html', false],
    ['app://factmark.evil.com/index.html', false],
    ['file:///app/dist/renderer/index.html', false],
    ['https://factmark/index.html', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('isTrustedCaller', () => {
  const top = { url: APP_ENTRY_URL, parent: null };
  it.each([
    ['our top frame', top, true],
    ['a subframe of our page', { url: APP_ENTRY_URL, parent: top }, false],
    ['a foreign top frame', { url: 'https://evil.example/', parent: null }, false],
    ['a frame gone since it sent', null, false],
    ['no frame at all', undefined, false],
  ])('%s', (_label, frame, expected) => {
    expect(isTrustedCaller(frame)).toBe(expected);
  });
});

describe('isExternalLink', () => {
  it.each([
    ['https://example.com/a?b=c', true],
    ['http://example.com', true],
    ['mailto:someone@example.com', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['http//missing-colon', false],
  ])('%s -> %s', (url, expected) => {
    expect(isExternalLink(url)).toBe(expected);
  });
});
