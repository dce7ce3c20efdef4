// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadExport, saveExportWithDialog } from './save-export';

afterEach(() => vi.restoreAllMocks());

describe('saveExport', () => {
  it('desktop: reports the chosen path, or a cancelled dialog', async () => {
    const saveExport = vi
      .fn()
      .mockResolvedValueOnce({
        path: '/home/a/llama.json',
        notices: ['brat: 1 of 2 links left out'],
      })
      .mockResolvedValueOnce({ path: null, notices: [] });
    expect(await saveExportWithDialog({ saveExport }, 'factmark', ['art_1'])).toEqual({
      kind: 'saved',
      path: '/home/a/llama.json',
      notices: ['brat: 1 of 2 links left out'],
    });
    expect(await saveExportWithDialog({ saveExport }, 'factmark', ['art_1'])).toEqual({
      kind: 'cancelled',
    });
    expect(saveExport).toHaveBeenCalledWith({ format: 'factmark', articleIds: ['art_1'] });
  });

  it('browser: downloads the built file under its name', async () => {
    const exportAnnotations = vi.fn(async () => ({
      fileName: 'llama.factmark.json',
      mediaType: 'application/json',
      encoding: 'utf8' as const,
      content: '{"format":"factmark.annotations"}',
      notices: [],
    }));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:fake';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ href: this.href, download: this.download });
    });
    const outcome = await downloadExport({ exportAnnotations }, 'factmark', ['art_1', 'art_2']);
    expect(outcome).toEqual({ kind: 'downloaded', fileName: 'llama.factmark.json', notices: [] });
    expect(clicks).toEqual([{ href: 'blob:fake', download: 'llama.factmark.json' }]);
    expect(await blobs[0]!.text()).toBe('{"format":"factmark.annotations"}');
    expect(blobs[0]!.type).toBe('application/json');
    expect(document.querySelector('a')).toBeNull();
  });
});
