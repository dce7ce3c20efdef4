import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, readJsonBody } from './json-body';

/** A request stand-in: a stream with headers, fed the given chunks. */
function request(chunks: string[], headers: Record<string, string> = {}): IncomingMessage {
  const stream = new PassThrough();
  Object.assign(stream, { headers });
  setImmediate(() => {
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
  });
  return stream as unknown as IncomingMessage;
}

describe('readJsonBody', () => {
  it('parses a JSON body sent in pieces', async () => {
    await expect(readJsonBody(request(['{"url":', '"https://a.example/"}']))).resolves.toEqual({
      ok: true,
      value: { url: 'https://a.example/' },
    });
  });

  it('reads an empty body as an empty input', async () => {
    await expect(readJsonBody(request([]))).resolves.toEqual({ ok: true, value: {} });
  });

  it('says when the body is not JSON', async () => {
    const result = await readJsonBody(request(['{"url": ']));
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(!result.ok && result.message).toMatch(/^The request body is not JSON/);
  });

  it('stops reading once the body passes the limit', async () => {
    const stream = request(['{"text":"', 'x'.repeat(600), 'x'.repeat(600), '"}']);
    const result = await readJsonBody(stream, 1000);
    expect(result).toMatchObject({ ok: false, status: 413 });
    expect(stream.destroyed).toBe(false); // so the 413 can still be answered
  });

  it('refuses a declared length over the limit without reading', async () => {
    const result = await readJsonBody(request([], { 'content-length': '2000' }), 1000);
    expect(result).toMatchObject({ ok: false, status: 413 });
  });

  it('leaves room for the largest file openFile takes, as base64', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan(Math.ceil((50 * 1024 * 1024 * 4) / 3));
    expect(MAX_BODY_BYTES).toBeLessThan(72 * 1024 * 1024);
  });
});
