import { describe, expect, it } from 'vitest';
import type { CommandContext } from './types';
import { ContractError } from '../../shared/contract/result';
import { createFactmarkStore } from '../store/create-store';
import { fakeApi } from '../testing/fake-api';
import { openDropped } from './open-dropped';

function setUp() {
  const api = fakeApi();
  const store = createFactmarkStore({ api });
  const opened: Array<{ name: string; jobId: string | undefined }> = [];
  const host = {
    api,
    openDroppedFile: async (file: File, jobId?: string) => {
      opened.push({ name: file.name, jobId });
      if (file.name.endsWith('.docx')) {
        throw new ContractError(
          'bad-source',
          `${file.name}: documents of word processors are not supported`,
        );
      }
      return api.openFile({ fileName: file.name, dataBase64: '' });
    },
  } as unknown as CommandContext['host'];
  return { api, store, host, opened };
}

describe('openDropped', () => {
  it('opens each dropped file in turn under its own job id, and shows the last', async () => {
    const { store, host, opened } = setUp();
    const files = [new File(['a'], 'a.md'), new File(['b'], 'b.pdf')];
    await openDropped({ store, host }, { kind: 'files', files });
    expect(opened.map((o) => o.name)).toEqual(['a.md', 'b.pdf']);
    expect(opened.every((o) => /^job_[0-9a-f]{32}$/.test(o.jobId ?? ''))).toBe(true);
    expect(new Set(opened.map((o) => o.jobId)).size).toBe(2);
    expect(store.getState().summaries).toHaveLength(2);
    expect(store.getState().openJob).toBeNull();
  });

  it('reports a file the host cannot read, naming it, and still opens the others', async () => {
    const { store, host } = setUp();
    const files = [new File(['x'], 'memo.docx'), new File(['b'], 'b.txt')];
    await openDropped({ store, host }, { kind: 'files', files });
    const errors = store.getState().notices.filter((n) => n.kind === 'error');
    expect(errors.map((n) => n.message)).toEqual([
      'memo.docx: documents of word processors are not supported',
    ]);
    expect(store.getState().summaries).toHaveLength(1);
  });

  it('opens a dropped link as a URL', async () => {
    const { store, host, api } = setUp();
    await openDropped({ store, host }, { kind: 'url', url: 'https://example.com/news' });
    expect(api.openUrl).toHaveBeenCalledWith({ url: 'https://example.com/news' });
  });

  it('shows the message of an unsupported drop', async () => {
    const { store, host, api } = setUp();
    await openDropped({ store, host }, { kind: 'unsupported', message: 'Nothing to open.' });
    expect(store.getState().notices).toMatchObject([
      { kind: 'error', message: 'Nothing to open.' },
    ]);
    expect(api.openFile).not.toHaveBeenCalled();
  });

  it('a cancelled open is an info notice, not an error', async () => {
    const { store, host } = setUp();
    const cancelling = {
      ...host,
      openDroppedFile: async () => {
        throw new ContractError('cancelled', 'long.pdf: opening was cancelled');
      },
    } as CommandContext['host'];
    await openDropped(
      { store, host: cancelling },
      { kind: 'files', files: [new File(['x'], 'long.pdf')] },
    );
    expect(store.getState().notices).toMatchObject([
      { kind: 'info', message: 'long.pdf: opening was cancelled' },
    ]);
  });
});
