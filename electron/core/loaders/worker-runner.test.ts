// The loader worker as the hosts use it: a budget or a Cancel ends it with a message naming the
// file, and the next source is read as usual. These run the real worker (bundled from sources).
import { describe, expect, it } from 'vitest';
import { loadSource } from './index';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text);
/** A page the worker needs seconds for: a million text nodes. */
const slowPage = () => bytes(`<p>${'<'.repeat(2_000_000)}</p>`);
const outcome = (reading: Promise<unknown>) =>
  reading.then(
    () => 'read',
    (e: Error & { code?: string }) => ({ code: e.code, message: e.message }),
  );

describe('reading in the loader worker', () => {
  it('reads a page there', async () => {
    const article = await loadSource({ fileName: 'a.html', bytes: bytes('<p>Text.</p>') }, NOW);
    expect(article.blocks.map((b) => b.runs[0]?.text)).toEqual(['a', 'Text.']);
  });

  it('stops a page past its budget, naming it, then reads the next one', async () => {
    const reading = loadSource({ fileName: 'slow.html', bytes: slowPage() }, NOW, {
      limits: { budgetMs: 300 },
    });
    expect(await outcome(reading)).toEqual({
      code: 'bad-source',
      message: 'slow.html: took longer than 300 ms to read — stopped',
    });
    const next = await loadSource({ fileName: 'b.md', bytes: bytes('# B\n\nText.') }, NOW);
    expect(next.title).toBe('B');
  });

  it('stops at once on Cancel, naming the file', async () => {
    const cancel = new AbortController();
    const reading = loadSource({ fileName: 'slow.html', bytes: slowPage() }, NOW, {
      signal: cancel.signal,
    });
    cancel.abort();
    expect(await outcome(reading)).toEqual({
      code: 'cancelled',
      message: 'slow.html: opening was cancelled',
    });
    const next = await loadSource({ fileName: 'c.txt', bytes: bytes('Text.') }, NOW);
    expect(next.title).toBe('c');
  });

  it('stops a page that needs more memory than the cap', async () => {
    const reading = loadSource({ fileName: 'big.html', bytes: slowPage() }, NOW, {
      limits: { maxMemoryMb: 32, budgetMs: 120_000 },
    });
    expect(await outcome(reading)).toEqual({
      code: 'bad-source',
      message: 'big.html: needed more than 32 MB of memory to read — stopped',
    });
  });
});
