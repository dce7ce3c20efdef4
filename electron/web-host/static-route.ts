// `GET /…`: the built renderer's files, for a browser holding the access token. A valid
// `?token=` is traded for an HttpOnly cookie that opens these files only (its value is derived
// from the token), and handed to the page in the address's fragment, which the page moves into
// its tab's storage for the contract calls' header.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { resolveStaticPath } from '../static-files';
import { TOKEN_FRAGMENT_KEY } from '../../shared/contract/bridge';
import { cookieFilesKey, filesCookie, filesKey, tokenMatches } from './access';
import { sendText, type HostContext } from './responses';

const NO_TOKEN_PAGE =
  'Factmark browser mode\n\nOpen the address the browser mode printed when it started ' +
  '(http://127.0.0.1:<port>/?token=…): it holds the access token this page needs.\n';
const BAD_TOKEN_PAGE =
  'Factmark browser mode\n\nThis access token is not valid (the browser mode makes a new one ' +
  'each time it starts). Open the address it printed most recently.\n';

export async function answerStatic(
  context: HostContext,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendText(response, 405, 'Method not allowed.\n');
  }
  const queryToken = url.searchParams.get('token');
  if (queryToken !== null) {
    if (!tokenMatches(context.token, queryToken)) return sendText(response, 403, BAD_TOKEN_PAGE);
    // Take the token out of the address bar (and out of the history) once it is a cookie.
    url.searchParams.delete('token');
    response.setHeader('Set-Cookie', filesCookie(context.token, context.port));
    // One leading slash only: `//name` would be read as another host. The fragment never
    // reaches a server or a log; the page takes it out of the address at once.
    const fragment = `#${TOKEN_FRAGMENT_KEY}=${context.token}`;
    response.setHeader('Location', `/${url.pathname.replace(/^\/+/, '')}${url.search}${fragment}`);
    return sendText(response, 303, 'Access granted: continue to the page.\n');
  }
  const fromCookie = cookieFilesKey(request.headers.cookie, context.port);
  if (fromCookie === null) return sendText(response, 401, NO_TOKEN_PAGE);
  if (!tokenMatches(filesKey(context.token), fromCookie)) {
    return sendText(response, 403, BAD_TOKEN_PAGE);
  }
  if (context.rendererDir === null) {
    return sendText(response, 404, 'This browser-mode host serves only the contract.\n');
  }
  await sendRendererFile(request, response, context.rendererDir, url.pathname);
}

async function sendRendererFile(
  request: IncomingMessage,
  response: ServerResponse,
  rendererDir: string,
  pathname: string,
): Promise<void> {
  const lookup = resolveStaticPath(rendererDir, pathname);
  if (lookup.kind === 'refused') return sendText(response, 400, `Bad path: ${lookup.reason}.\n`);
  const info = await stat(lookup.path).catch(() => null);
  if (!info?.isFile()) return sendText(response, 404, 'Not found.\n');
  const content = await readFile(lookup.path);
  response.writeHead(200, {
    'Content-Type': lookup.mediaType,
    'Content-Length': content.length,
    'Cache-Control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : content);
}
