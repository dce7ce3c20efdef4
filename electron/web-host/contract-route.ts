// `POST /api/<call>`: checks the caller (origin, token), the method and the body, then answers
// the call's result envelope from the same `dispatch` the desktop app uses.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTP_API_PREFIX, TOKEN_HEADER } from '../../shared/contract/bridge';
import type { Handlers } from '../../shared/contract/calls';
import { dispatch } from '../../shared/contract/dispatch';
import { isOwnFetchSite, isOwnOrigin, tokenMatches } from './access';
import { readJsonBody } from './json-body';
import { forbidden, sendResult, type HostContext } from './responses';

export async function answerCall(
  context: HostContext & { handlers: Partial<Handlers> },
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  host: string,
): Promise<void> {
  if (!isOwnOrigin(request.headers.origin, host) || !isOwnFetchSite(fetchSite(request))) {
    return sendResult(response, 403, forbidden('Calls are accepted only from Factmark’s page.'));
  }
  // The header only: the cookie, which every port of 127.0.0.1 receives, is not accepted.
  if (!tokenMatches(context.token, headerToken(request))) {
    return sendResult(
      response,
      403,
      forbidden(
        'No valid access token: open the address the browser mode printed (each tab needs it once).',
      ),
    );
  }
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return sendResult(response, 405, forbidden('Contract calls are POST requests.'));
  }
  // Requiring JSON also keeps plain HTML forms out: they cannot send this type.
  if (!isJson(request.headers['content-type'])) {
    return sendResult(response, 415, {
      ok: false,
      error: { code: 'invalid-input', message: 'Contract calls send application/json.' },
    });
  }
  const body = await readJsonBody(request);
  if (!body.ok) {
    if (body.status === 413) response.setHeader('Connection', 'close');
    return sendResult(response, body.status, {
      ok: false,
      error: { code: 'invalid-input', message: body.message },
    });
  }
  const name = decodeName(url.pathname.slice(HTTP_API_PREFIX.length));
  // Error results are answered with 200 too: the envelope, not the status, carries them.
  sendResult(response, 200, await dispatch(context.handlers, name, body.value));
}

function decodeName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

function fetchSite(request: IncomingMessage): string | undefined {
  const value = request.headers['sec-fetch-site'];
  return Array.isArray(value) ? value[0] : value;
}

function headerToken(request: IncomingMessage): string | undefined {
  const value = request.headers[TOKEN_HEADER];
  return Array.isArray(value) ? undefined : value;
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
