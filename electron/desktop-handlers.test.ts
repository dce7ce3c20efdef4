import { describe, expect, it, vi } from 'vitest';
import { ContractError } from '../shared/contract/result';
import { createDesktopHandlers, type DesktopServices } from './desktop-handlers';

const exportFile = {
  fileName: 'factmark-annotations.json',
  mediaType: 'application/json',
  encoding: 'utf8' as const,
  content: '{"format":"factmark.annotations"}',
  notices: [],
};

function services(overrides: Partial<DesktopServices> = {}): DesktopServices {
  return {
    exportAnnotations: vi.fn(async () => exportFile),
    chooseSavePath: vi.fn(async () => '/home/ada/Documents/out.json'),
    writeFile: vi.fn(async () => {}),
    openInBrowser: vi.fn(async () => {}),
    ...overrides,
  };
}

const request = { format: 'factmark' as const, articleIds: ['art_1'] };

describe('saveExport', () => {
  it('passes on what the format left out', async () => {
    const notices = ['brat: 1 of 2 links left out (1 to a web page): why.'];
    const s = services({ exportAnnotations: vi.fn(async () => ({ ...exportFile, notices })) });
    await expect(createDesktopHandlers(s).saveExport(request)).resolves.toEqual({
      path: '/home/ada/Documents/out.json',
      notices,
    });
  });

  it('builds the export, asks where, and writes it there', async () => {
    const s = services();
    await expect(createDesktopHandlers(s).saveExport(request)).resolves.toEqual({
      path: '/home/ada/Documents/out.json',
      notices: [],
    });
    expect(s.exportAnnotations).toHaveBeenCalledWith(request);
    expect(s.chooseSavePath).toHaveBeenCalledWith('factmark-annotations.json', {
      name: 'Factmark JSON',
      extensions: ['json'],
    });
    expect(s.writeFile).toHaveBeenCalledWith('/home/ada/Documents/out.json', exportFile.content);
  });

  it('writes nothing when the user cancels', async () => {
    const s = services({ chooseSavePath: vi.fn(async () => null) });
    await expect(createDesktopHandlers(s).saveExport(request)).resolves.toEqual({
      path: null,
      notices: [],
    });
    expect(s.writeFile).not.toHaveBeenCalled();
  });

  it('names the file and the reason when the write fails', async () => {
    const s = services({
      writeFile: vi.fn(async () => {
        throw new Error('EACCES: permission denied');
      }),
    });
    const saving = createDesktopHandlers(s).saveExport(request);
    await expect(saving).rejects.toBeInstanceOf(ContractError);
    await expect(saving).rejects.toMatchObject({
      code: 'io',
      message:
        '/home/ada/Documents/out.json: the export could not be written (EACCES: permission denied).',
    });
  });

  it('passes on a write error that already explains itself', async () => {
    const failure = new ContractError(
      'io',
      '/mnt/ro/out.json could not be saved: the disk is read-only',
    );
    const s = services({ writeFile: vi.fn(async () => Promise.reject(failure)) });
    await expect(createDesktopHandlers(s).saveExport(request)).rejects.toBe(failure);
  });

  it('passes on an export failure without asking where to save', async () => {
    const failure = new ContractError('not-found', 'art_1: no such article in the library.');
    const s = services({ exportAnnotations: vi.fn(async () => Promise.reject(failure)) });
    await expect(createDesktopHandlers(s).saveExport(request)).rejects.toBe(failure);
    expect(s.chooseSavePath).not.toHaveBeenCalled();
  });
});

describe('openExternal', () => {
  it.each([['https://example.com/article'], ['mailto:desk@example.com']])(
    'opens %s',
    async (url) => {
      const s = services();
      await expect(createDesktopHandlers(s).openExternal({ url })).resolves.toEqual({});
      expect(s.openInBrowser).toHaveBeenCalledWith(url);
    },
  );

  it.each([['http://'], ['https://exa mple.com']])(
    'refuses %s, which does not parse',
    async (url) => {
      const s = services();
      await expect(createDesktopHandlers(s).openExternal({ url })).rejects.toMatchObject({
        code: 'invalid-input',
      });
      expect(s.openInBrowser).not.toHaveBeenCalled();
    },
  );
});
