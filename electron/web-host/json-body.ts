// Reads a contract call's JSON body with a size cap, so a huge or endless upload is cut off
// instead of filling memory.
import type { IncomingMessage } from 'node:http';
import { MAX_SOURCE_BYTES } from '../../shared/contract/calls';

/**
 * openFile carries up to MAX_SOURCE_BYTES as base64 (4/3 larger) plus its JSON wrapping;
 * nothing else comes close.
 */
export const MAX_BODY_BYTES = Math.ceil((MAX_SOURCE_BYTES * 4) / 3) + 2 * 1024 * 1024;

export type BodyResult =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

/**
 * Collects the body and parses it as JSON (an empty body is `{}`). On overflow it stops
 * reading without destroying the socket, so the caller can still answer 413 (and should send
 * `Connection: close`).
 */
export function readJsonBody(
  request: IncomingMessage,
  limit: number = MAX_BODY_BYTES,
): Promise<BodyResult> {
  const tooLarge: BodyResult = {
    ok: false,
    status: 413,
    message: `The request body is larger than ${Math.round(limit / (1024 * 1024))} MB.`,
  };
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge);

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      request.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        finish(tooLarge);
      } else {
        chunks.push(chunk);
      }
    };
    request.on('data', onData);
    request.once('end', () => finish(parseJson(Buffer.concat(chunks).toString('utf8'))));
    request.once('error', (err) =>
      finish({ ok: false, status: 400, message: `The request was cut off (${err.message}).` }),
    );
  });
}

function parseJson(text: string): BodyResult {
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, status: 400, message: `The request body is not JSON (${reason}).` };
  }
}
