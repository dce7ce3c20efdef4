import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECENT_FILES_LIMIT, RecentFiles } from './recent-files';

let folder: string;
let file: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factmark-recent-'));
  file = join(folder, 'recent-files.json');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const doc = (n: number) => resolve(`/home/ana/articles/report-${n}.pdf`);

describe('RecentFiles', () => {
  it('starts empty without a file, and keeps the newest first, each path once', async () => {
    const recent = new RecentFiles(file);
    expect(await recent.load()).toEqual([]);
    await recent.add(doc(1));
    await recent.add(doc(2));
    await recent.add(doc(1));
    expect(recent.list()).toEqual([doc(1), doc(2)]);
  });

  it(`keeps only the last ${RECENT_FILES_LIMIT}`, async () => {
    const recent = new RecentFiles(file);
    for (let n = 1; n <= 13; n++) await recent.add(doc(n));
    expect(recent.list()).toHaveLength(RECENT_FILES_LIMIT);
    expect(recent.list()[0]).toBe(doc(13));
    expect(recent.list()).not.toContain(doc(3));
    expect(recent.list()).toContain(doc(4));
  });

  it('survives a restart (stored in its own file), and clears', async () => {
    const first = new RecentFiles(file);
    await first.add(doc(1));
    await first.add(doc(2));
    const second = new RecentFiles(file);
    expect(await second.load()).toEqual([doc(2), doc(1)]);
    await second.remove(doc(2));
    expect(await new RecentFiles(file).load()).toEqual([doc(1)]);
    await second.clear();
    expect(await new RecentFiles(file).load()).toEqual([]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ paths: [] });
  });

  it('stores paths made absolute', async () => {
    const recent = new RecentFiles(file);
    await recent.add('relative/notes.md');
    expect(recent.list()).toEqual([resolve('relative/notes.md')]);
  });

  it.each([
    ['not JSON', '{ paths: ['],
    ['another format', JSON.stringify({ format: 'other', paths: [doc(1)] })],
    ['paths that are not a list', JSON.stringify({ format: 'factmark.recent-files', paths: 'x' })],
  ])('reads a damaged list (%s) as empty, without throwing', async (_label, content) => {
    await writeFile(file, content);
    expect(await new RecentFiles(file).load()).toEqual([]);
  });

  it('drops entries that are not absolute paths or not strings', async () => {
    await writeFile(
      file,
      JSON.stringify({
        format: 'factmark.recent-files',
        version: 1,
        paths: [doc(1), 'relative.md', 42, '', doc(1), doc(2)],
      }),
    );
    expect(await new RecentFiles(file).load()).toEqual([doc(1), doc(2)]);
  });
});
