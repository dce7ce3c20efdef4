import { describe, expect, it, vi } from 'vitest';
import { MAX_SOURCE_BYTES } from '../../shared/contract/calls';
import { bytesToBase64 } from './base64';
import { openChosenFile } from './pick-file';
import { readReloadFile } from './pick-reload-file';

const file = (name: string, bytes: Uint8Array, size = bytes.length) => ({
  name,
  size,
  arrayBuffer: async () =>
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
});

describe('bytesToBase64', () => {
  it.each([
    ['empty', 0],
    ['one byte', 1],
    ['two bytes', 2],
    ['a chunk boundary', 3 * 8192],
    ['past a chunk boundary', 3 * 8192 + 1],
    ['several chunks', 100_000],
  ])('matches Node for %s', (_label, length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('openChosenFile', () => {
  it('sends the file name and its bytes as base64', async () => {
    const openFile = vi.fn(async () => ({}) as never);
    const bytes = new TextEncoder().encode('Meta released Llama 4 🦙');
    await openChosenFile({ openFile }, file('llama4.txt', bytes));
    expect(openFile).toHaveBeenCalledWith({
      fileName: 'llama4.txt',
      dataBase64: Buffer.from(bytes).toString('base64'),
    });
  });

  it.each([
    ['an empty file', file('empty.txt', new Uint8Array()), /^empty\.txt: the file is empty\.$/],
    [
      'a file over the limit',
      file('huge.pdf', new Uint8Array(1), MAX_SOURCE_BYTES + 1),
      /^huge\.pdf: the file is 50 MB; Factmark reads files up to 50 MB\.$/,
    ],
  ])('refuses %s, naming it, without calling the host', async (_label, chosen, message) => {
    const openFile = vi.fn();
    await expect(openChosenFile({ openFile }, chosen)).rejects.toThrow(message);
    expect(openFile).not.toHaveBeenCalled();
  });

  it('names a file that cannot be read', async () => {
    const unreadable = {
      name: 'gone.html',
      size: 10,
      arrayBuffer: async () => Promise.reject(new Error('NotFoundError')),
    };
    await expect(openChosenFile({ openFile: vi.fn() }, unreadable)).rejects.toThrow(
      'gone.html: the file could not be read (NotFoundError).',
    );
  });
});

describe('readReloadFile', () => {
  it('reads the file as openChosenFile does, as a reload source', async () => {
    const bytes = new TextEncoder().encode('A new edition');
    expect(await readReloadFile(file('edition.md', bytes))).toEqual({
      kind: 'file',
      fileName: 'edition.md',
      dataBase64: Buffer.from(bytes).toString('base64'),
    });
  });

  it('refuses an empty file, naming it', async () => {
    await expect(readReloadFile(file('empty.md', new Uint8Array()))).rejects.toThrow(
      /^empty\.md: the file is empty\.$/,
    );
  });
});
