// How the browser mode answers: JSON result envelopes for contract calls, short plain text
// for everything a person may see in the address bar.
import type { ServerResponse } from 'node:http';
import type { CallResult } from '../../shared/contract/result';

/** What the routes need to know about the running host. */
export interface HostContext {
  token: string;
  /** The port the host listens on (names the files cookie). */
  port: number;
  /** The built renderer's folder; null when the host serves the contract only. */
  rendererDir: string | null;
}

export function forbidden(message: string): CallResult<never> {
  return { ok: false, error: { code: 'forbidden', message } };
}

export function sendResult(
  response: ServerResponse,
  status: number,
  result: CallResult<unknown>,
): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

export function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}
