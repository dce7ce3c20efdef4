// Maps a request path to a file of the built renderer, refusing anything that would leave its
// folder. Both hosts serve the renderer through here (Electron's app:// scheme, the browser
// mode's HTTP server).
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

export type StaticLookup =
  | { kind: 'file'; path: string; mediaType: string }
  /** The path tries to leave the root, holds a NUL or a bad %-escape. */
  | { kind: 'refused'; reason: string };

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown extensions are served as opaque bytes. */
export function mediaTypeFor(fileName: string): string {
  return MEDIA_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves a URL pathname (still %-encoded, as in `new URL(...).pathname`) against `root`.
 * `/` means `index.html`. Whether the file exists is the caller's question.
 */
export function resolveStaticPath(root: string, pathname: string): StaticLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'refused', reason: 'malformed %-escape' };
  }
  if (decoded.includes('\0')) return { kind: 'refused', reason: 'NUL in path' };
  // Refuse `..` outright (also as `..\` on Windows) rather than normalising it away: no
  // legitimate renderer URL contains one.
  const segments = decoded.split(/[/\\]+/).filter((s) => s !== '');
  if (segments.some((s) => s === '..')) return { kind: 'refused', reason: 'path leaves the root' };
  const relativePath = segments.length === 0 ? 'index.html' : join(...segments);
  const absoluteRoot = resolve(root);
  const path = resolve(absoluteRoot, relativePath);
  const fromRoot = relative(absoluteRoot, path);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    return { kind: 'refused', reason: 'path leaves the root' };
  }
  return { kind: 'file', path, mediaType: mediaTypeFor(path) };
}
