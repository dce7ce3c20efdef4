import { describe, expect, it } from 'vitest';
import { makePdf } from './make-test-pdf';
import { loadPdf } from './pdf';

// Taken before any PDF is read in this process.
const NATIVE = { parse: JSON.parse, stringify: JSON.stringify, push: Array.prototype.push };

describe('reading a PDF', () => {
  it('leaves the built-ins pdfjs-dist polyfills as they were', async () => {
    const article = await loadPdf(
      makePdf([{ texts: [{ x: 72, y: 700, size: 12, text: 'Meta released Llama 4 today.' }] }]),
      {
        source: { kind: 'file', fileName: 'a.pdf', retrievedAt: '2026-11-26T12:00:00.000Z' },
        fallbackTitle: 'a',
        displayName: 'a.pdf',
      },
    );
    expect(article.blocks.length).toBeGreaterThan(0);
    expect(JSON.parse).toBe(NATIVE.parse);
    expect(JSON.stringify).toBe(NATIVE.stringify);
    expect(Array.prototype.push).toBe(NATIVE.push);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')?.enumerable).toBe(false);
  });
});
