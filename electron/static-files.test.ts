import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaTypeFor, resolveStaticPath } from './static-files';

const root = resolve('/srv/factmark/renderer');

describe('resolveStaticPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-1a2b.js', join('assets', 'index-1a2b.js')],
    ['/assets//style.css', join('assets', 'style.css')],
    ['/fonts/Noto%20Sans.woff2', join('fonts', 'Noto Sans.woff2')],
    ['/a/./b.js', join('a', 'b.js')],
  ])('serves %s from %s under the root', (pathname, expected) => {
    const lookup = resolveStaticPath(root, pathname);
    expect(lookup).toMatchObject({ kind: 'file', path: join(root, expected) });
  });

  it.each([
    ['/../../etc/passwd'],
    ['/..%2f..%2fetc%2fpasswd'],
    ['/%2e%2e/%2e%2e/etc/passwd'],
    ['/assets/..%5c..%5c..%5cetc%5cpasswd'],
    ['/assets/../../renderer-evil/x.js'],
    ['/index.html%00.png'],
    ['/%E0%A4%A'],
  ])('refuses %s', (pathname) => {
    expect(resolveStaticPath(root, pathname).kind).toBe('refused');
  });

  it('names the media type of the file', () => {
    expect(resolveStaticPath(root, '/')).toMatchObject({ mediaType: 'text/html; charset=utf-8' });
  });
});

describe('mediaTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['schema.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['no-extension', 'application/octet-stream'],
    ['archive.zip', 'application/octet-stream'],
  ])('%s -> %s', (name, expected) => {
    expect(mediaTypeFor(name)).toBe(expected);
  });
});
