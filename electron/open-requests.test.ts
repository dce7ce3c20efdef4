import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoreHandlers } from './core/handlers';
import { OpenRequests } from './open-requests';
import { RecentFiles } from './recent-files';

let folder: string;
let docs: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factmark-open-requests-'));
  docs = join(folder, 'docs');
  await mkdir(docs);
  await writeFile(join(docs, 'notes.md'), '# Llama 4 notes\n\nMaverick achieves 73.5% on MMLU.\n');
  await writeFile(join(docs, 'scout.txt'), 'Scout fits on a single H100 GPU.\n');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function setUp(dialogAnswer: string | null = null) {
  const core = createCoreHandlers({ libraryDir: join(folder, 'library') });
  const recent = new RecentFiles(join(folder, 'recent-files.json'));
  await recent.load();
  const services = {
    openFile: vi.fn(core.openFile),
    chooseFile: vi.fn(async () => dialogAnswer),
    recent,
    notifyRenderer: vi.fn(),
    onRecentChanged: vi.fn(),
  };
  return { core, recent, services, requests: new OpenRequests(services) };
}

describe('OpenRequests', () => {
  it('opens the file chosen in the dialog, and remembers it as recent', async () => {
    const { requests, recent, services } = await setUp(join(docs, 'notes.md'));
    const { article } = await requests.openDesktopFile({ source: 'dialog' });
    expect(article?.title).toBe('Llama 4 notes');
    expect(recent.list()).toEqual([join(docs, 'notes.md')]);
    expect(services.onRecentChanged).toHaveBeenCalled();
  });

  it('answers null when the dialog is cancelled or nothing was requested', async () => {
    const { requests, services } = await setUp(null);
    expect(await requests.openDesktopFile({ source: 'dialog' })).toEqual({ article: null });
    expect(await requests.openDesktopFile({ source: 'requested' })).toEqual({ article: null });
    expect(services.openFile).not.toHaveBeenCalled();
  });

  it('queues command-line files, tells the renderer, and opens them one by one in order', async () => {
    const { requests, services, recent } = await setUp();
    requests.request([join(docs, 'notes.md'), join(docs, 'scout.txt')], 'command-line');
    expect(services.notifyRenderer).toHaveBeenCalledTimes(1);
    expect(requests.waiting).toBe(2);
    const first = await requests.openDesktopFile({ source: 'requested', jobId: 'job_1' });
    const second = await requests.openDesktopFile({ source: 'requested' });
    expect([first.article?.title, second.article?.title]).toEqual(['Llama 4 notes', 'scout']);
    expect(services.openFile.mock.calls[0]![0]).toMatchObject({
      fileName: 'notes.md',
      jobId: 'job_1',
    });
    expect(await requests.openDesktopFile({ source: 'requested' })).toEqual({ article: null });
    expect(recent.list()).toEqual([join(docs, 'scout.txt'), join(docs, 'notes.md')]);
  });

  it('a recent file that no longer exists: a clear message, and it leaves the list', async () => {
    const { recent } = await setUp();
    const gone = join(docs, 'deleted.pdf');
    await recent.add(gone);
    await recent.add(join(docs, 'notes.md'));
    const again = new OpenRequests({
      openFile: vi.fn(),
      chooseFile: async () => null,
      recent,
      notifyRenderer: () => {},
      onRecentChanged: () => {},
    });
    again.request([gone], 'recent');
    await expect(again.openDesktopFile({ source: 'requested' })).rejects.toMatchObject({
      code: 'not-found',
      message: `${gone}: the file is no longer there (moved, renamed or deleted); it was removed from Open Recent.`,
    });
    expect(recent.list()).toEqual([join(docs, 'notes.md')]);
  });

  it('a missing file from the command line says there is no such file', async () => {
    const { requests } = await setUp();
    requests.request([join(docs, 'nope.md')], 'command-line');
    await expect(requests.openDesktopFile({ source: 'requested' })).rejects.toMatchObject({
      code: 'not-found',
      message: `${join(docs, 'nope.md')}: there is no such file.`,
    });
  });

  it('refuses a folder, naming it', async () => {
    const { requests } = await setUp();
    requests.request([docs], 'command-line');
    await expect(requests.openDesktopFile({ source: 'requested' })).rejects.toMatchObject({
      code: 'bad-source',
      message: `${docs}: this is a folder, not a file.`,
    });
  });

  it('grants the recent list at start and nothing else', async () => {
    const { recent } = await setUp();
    await recent.add(join(docs, 'notes.md'));
    const requests = new OpenRequests({
      openFile: vi.fn(),
      chooseFile: async () => null,
      recent,
      notifyRenderer: () => {},
      onRecentChanged: () => {},
    });
    expect(requests.permissions.choiceOf(join(docs, 'notes.md'))).toBe('recent');
    expect(requests.permissions.choiceOf(join(docs, 'scout.txt'))).toBeNull();
    expect(() => requests.permissions.check(join(docs, 'scout.txt'))).toThrow(
      /only files you chose/,
    );
  });

  it('clears the recent list', async () => {
    const { requests, recent, services } = await setUp(join(docs, 'notes.md'));
    await requests.openDesktopFile({ source: 'dialog' });
    await requests.clearRecent();
    expect(recent.list()).toEqual([]);
    expect(services.onRecentChanged).toHaveBeenCalledTimes(2);
  });
});
