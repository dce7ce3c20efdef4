import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../library/library-store';
import { removeStaleTempFiles } from './stale-temp-files';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factmark-stale-'));
  await mkdir(join(folder, 'articles'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const NOW = new Date('2026-11-27T03:00:00Z');
const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000);

async function file(path: string, age: number) {
  await writeFile(path, 'x');
  await utimes(path, secondsAgo(age), secondsAgo(age));
}

describe('removeStaleTempFiles', () => {
  it('removes old temp files of atomic writes, and nothing else', async () => {
    const cases: Array<[string, number, boolean]> = [
      ['articles/art_1.json.4242-0123456789ab.tmp', 120, true],
      ['entities.json.17-abcdef012345.tmp', 3600, true],
      ['articles/art_2.json.4242-0123456789ab.tmp', 10, false], // a write that may be under way
      ['articles/art_1.json', 3600, false],
      ['notes.tmp', 3600, false], // not one of ours
      ['articles/art_3.json.tmp', 3600, false],
      ['articles/art_4.json.42-XYZ.tmp', 3600, false],
    ];
    for (const [name, age] of cases) await file(join(folder, name), age);
    const removed = await removeStaleTempFiles(folder, { now: NOW });
    expect(removed.sort()).toEqual(
      cases
        .filter(([, , gone]) => gone)
        .map(([name]) => join(folder, name))
        .sort(),
    );
    const left = [...(await readdir(folder)), ...(await readdir(join(folder, 'articles')))];
    for (const [name, , gone] of cases) {
      expect(left.includes(name.split('/').pop()!)).toBe(!gone);
    }
  });

  it('answers nothing for a folder that does not exist', async () => {
    expect(await removeStaleTempFiles(join(folder, 'missing'))).toEqual([]);
  });

  it('runs when the library is first listed, so the app starts clean', async () => {
    const stale = join(folder, 'articles', 'art_9.json.99-00000000abcd.tmp');
    await file(stale, 600);
    await utimes(stale, new Date(Date.now() - 600_000), new Date(Date.now() - 600_000));
    const fresh = join(folder, 'articles', 'art_8.json.99-00000000abce.tmp');
    await writeFile(fresh, 'x');
    const library = openLibrary(folder);
    expect(await library.list()).toEqual({ articles: [], problems: [] });
    expect((await readdir(join(folder, 'articles'))).sort()).toEqual([
      'art_8.json.99-00000000abce.tmp',
    ]);
  });
});
