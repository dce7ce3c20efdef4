// The `app://factmark/` scheme the desktop window loads its renderer from: only files under the
// built renderer's folder, each with the strict CSP. A privileged standard scheme (rather than
// file://) gives the page a real origin that the IPC sender check can recognise.
import { readFile, stat } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from './security';
import { resolveStaticPath } from './static-files';

/** Registered before the app is ready (Electron requires it then). */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  // `standard` gives relative URLs and an origin, `secure` a secure context; no bypassCSP.
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Answers a request for `app://factmark/<path>` from `rendererDir`. */
export function createRendererResponder(
  rendererDir: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed');
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
    const lookup = resolveStaticPath(rendererDir, url.pathname);
    if (lookup.kind === 'refused') return plain(400, `Bad path: ${lookup.reason}`);
    const info = await stat(lookup.path).catch(() => null);
    if (!info?.isFile()) return plain(404, 'Not found');
    const content = await readFile(lookup.path);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(content), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': lookup.mediaType },
    });
  };
}

function plain(status: number, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
