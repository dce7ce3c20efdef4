import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from './atomic-write';

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

/** An error as node's fs throws it. */
function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

type Step = 'mkdir' | 'open' | 'write' | 'sync' | 'rename';

/** The real file system, except that `step` fails with `code` while `broken` is true. */
function failingFs(step: Step, code: string): AtomicFs & { broken: boolean } {
  const fs = {
    broken: true,
    mkdir: async (path: string, options: { recursive: true }) => {
      if (fs.broken && step === 'mkdir') throw fsError(code);
      return nodeAtomicFs.mkdir(path, options);
    },
    open: async (path: string, flags: string, mode?: number) => {
      if (fs.broken && step === 'open' && flags !== 'r') throw fsError(code);
      const handle = await nodeAtomicFs.open(path, flags, mode);
      return {
        writeFile: async (data: string | Uint8Array) => {
          if (fs.broken && step === 'write') {
            // a full disk takes part of the data before it refuses
            await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data);
            throw fsError(code);
          }
          await handle.writeFile(data);
        },
        sync: async () => {
          if (fs.broken && step === 'sync') throw fsError(code);
          await handle.sync();
        },
        close: () => handle.close(),
      };
    },
    rename: async (from: string, to: string) => {
      if (fs.broken && step === 'rename') throw fsError(code);
      await nodeAtomicFs.rename(from, to);
    },
    unlink: (path: string) => nodeAtomicFs.unlink(path),
  };
  return fs;
}

describe('writeFileAtomic on a failing disk', () => {
  const cases: { step: Step; code: string; reason: string }[] = [
    { step: 'write', code: 'ENOSPC', reason: 'the disk is full' },
    { step: 'sync', code: 'ENOSPC', reason: 'the disk is full' },
    { step: 'write', code: 'EDQUOT', reason: 'the disk quota is used up' },
    { step: 'open', code: 'EROFS', reason: 'the disk is read-only' },
    { step: 'mkdir', code: 'EROFS', reason: 'the disk is read-only' },
    { step: 'rename', code: 'EROFS', reason: 'the disk is read-only' },
    { step: 'open', code: 'EACCES', reason: 'permission denied' },
    { step: 'rename', code: 'EPERM', reason: 'permission denied' },
    { step: 'sync', code: 'EIO', reason: 'EIO: simulated' },
  ];
  it.each(cases)(
    '$code at $step: an io error naming the file, the old content intact, no temp file left',
    async ({ step, code, reason }) => {
      const path = join(folder, 'article.json');
      await writeFile(path, 'the previous content');
      const fs = failingFs(step, code);
      await expect(writeFileAtomic(path, 'the new content', fs)).rejects.toMatchObject({
        code: 'io',
        message: `${path} could not be saved: ${reason}`,
      });
      expect(await readFile(path, 'utf8')).toBe('the previous content');
      expect(await readdir(folder)).toEqual(['article.json']);

      fs.broken = false; // space freed, disk writable again
      await writeFileAtomic(path, 'the new content', fs);
      expect(await readFile(path, 'utf8')).toBe('the new content');
    },
  );
});
