import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenProgress } from '../../shared/contract/calls';
import { createCoreHandlers } from './handlers';
import { makePdf, type PdfPage } from './loaders/make-test-pdf';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factmark-open-job-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function pdfBase64(pageCount: number): string {
  const pages: PdfPage[] = Array.from({ length: pageCount }, (_, p) => ({
    texts: [0, 1, 2, 3].map((line) => ({
      x: 72,
      y: 700 - line * 14,
      size: 11,
      text: `Page ${p + 1}, line ${line + 1}: Maverick achieves 73.5% on MMLU.`,
    })),
  }));
  return Buffer.from(makePdf(pages, { title: 'Long report' })).toString('base64');
}

const articleFiles = async () => readdir(join(folder, 'articles')).catch(() => []);

describe('openFile with a job id (through the core handlers)', () => {
  it('reports page progress while a PDF opens, then waiting once it is done', async () => {
    const core = createCoreHandlers({ libraryDir: folder });
    const seen: OpenProgress[] = [];
    const opening = core.openFile({
      fileName: 'long.pdf',
      dataBase64: pdfBase64(30),
      jobId: 'job_progress',
    });
    while (!seen.some((p) => p.stage === 'pages' && p.done === 30)) {
      seen.push(await core.getOpenProgress({ jobId: 'job_progress' }));
      await new Promise((r) => setTimeout(r, 1));
      if (seen.length > 10_000) break;
    }
    const article = await opening;
    expect(article.title).toBe('Long report');
    const pages = seen.filter((p) => p.stage === 'pages');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.total === 30)).toBe(true);
    expect(pages.map((p) => p.done)).toEqual([...pages.map((p) => p.done)].sort((a, b) => a - b));
    expect(await core.getOpenProgress({ jobId: 'job_progress' })).toEqual({
      done: 0,
      total: 0,
      stage: 'waiting',
    });
    expect(await articleFiles()).toEqual([`${article.id}.json`]);
  });

  it('stops at cancelOpen with a cancelled error naming the file, writing nothing', async () => {
    const core = createCoreHandlers({ libraryDir: folder });
    const opening = core
      .openFile({ fileName: 'long.pdf', dataBase64: pdfBase64(60), jobId: 'job_cancel' })
      .catch((e: unknown) => e);
    for (let i = 0; i < 10_000; i++) {
      if ((await core.getOpenProgress({ jobId: 'job_cancel' })).done >= 2) break;
      await new Promise((r) => setTimeout(r, 1));
    }
    await core.cancelOpen({ jobId: 'job_cancel' });
    expect(await opening).toMatchObject({
      code: 'cancelled',
      message: 'long.pdf: opening was cancelled',
    });
    expect(await articleFiles()).toEqual([]);
    expect((await core.listLibrary({})).articles).toEqual([]);

    // The next open of the same file is not affected.
    const again = await core.openFile({
      fileName: 'long.pdf',
      dataBase64: pdfBase64(3),
      jobId: 'job_again',
    });
    expect((await core.listLibrary({})).articles.map((a) => a.id)).toEqual([again.id]);
  });

  it('tracks a text file too (no page count: an indeterminate bar)', async () => {
    const core = createCoreHandlers({ libraryDir: folder });
    const article = await core.openFile({
      fileName: 'notes.txt',
      dataBase64: Buffer.from('Meta released Llama 4.').toString('base64'),
      jobId: 'job_text',
    });
    expect(article.text).toContain('Meta released Llama 4.');
  });
});
