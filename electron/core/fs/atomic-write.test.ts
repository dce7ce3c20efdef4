import { mkdtemp, readdir, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factmark-atomic-'));
});
afterEach(async () => {
  await chmod(folder, 0o700).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates missing folders and writes text', async () => {
    const path = join(folder, 'a', 'b', 'file.json');
    await writeFileAtomic(path, '{"x":1}');
    expect(await readFile(path, 'utf8')).toBe('{"x":1}');
  });

  it('writes bytes', async () => {
    const path = join(folder, 'bytes.bin');
    await writeFileAtomic(path, Uint8Array.from([0, 1, 255]));
    expect([...(await readFile(path))]).toEqual([0, 1, 255]);
  });

  it('replaces a file whole and leaves no temp file behind', async () => {
    const path = join(folder, 'file.txt');
    await writeFile(path, 'old content that is longer');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['file.txt']);
  });

  it('lands concurrent writes one after another, never mixed', async () => {
    const path = join(folder, 'file.txt');
    const contents = Array.from({ length: 20 }, (_, i) => String(i).repeat(10_000));
    await Promise.all(contents.map((c) => writeFileAtomic(path, c)));
    expect(contents).toContain(await readFile(path, 'utf8'));
    expect(await readdir(folder)).toEqual(['file.txt']);
  });

  it.skipIf(process.getuid?.() === 0)(
    'reports a folder it cannot write to as an io error naming the file',
    async () => {
      await chmod(folder, 0o500);
      const path = join(folder, 'file.txt');
      await expect(writeFileAtomic(path, 'x')).rejects.toMatchObject({
        code: 'io',
        message: `${path} could not be saved: permission denied`,
      });
    },
  );

  it('reports a file where a folder should be', async () => {
    await writeFile(join(folder, 'plain'), 'x');
    const path = join(folder, 'plain', 'file.txt');
    await expect(writeFileAtomic(path, 'x')).rejects.toMatchObject({
      code: 'io',
      message: `${path} could not be saved: a file stands where a folder should be`,
    });
  });
});
