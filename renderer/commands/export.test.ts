import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spanOf, storeWithArticle, type TestStore } from '../store/test-helpers';
import { saveExport } from './export';
import type { CommandContext } from './types';

let t: TestStore;
let host: CommandContext['host'];
let asked: Array<[string, string[], string | undefined]>;

beforeEach(async () => {
  vi.useFakeTimers();
  t = await storeWithArticle();
  asked = [];
  host = {
    api: t.api,
    saveExport: async (format: string, ids: string[], annotator?: string) => {
      asked.push([format, ids, annotator]);
      return { kind: 'downloaded', fileName: 'factmark.csv', notices: [] };
    },
  } as unknown as CommandContext['host'];
});
afterEach(() => vi.useRealTimers());

describe('saveExport', () => {
  it('saves pending changes first, then exports the article and says where it went', async () => {
    t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'));
    const done = await saveExport(
      { store: t.store, host },
      { format: 'csv', articleId: t.article.id, annotator: 'ana' },
    );
    expect(done).toEqual({ where: 'Downloaded factmark.csv.', notices: [] });
    expect(t.api.saveAnnotations).toHaveBeenCalled();
    expect(asked).toEqual([['csv', [t.article.id], 'ana']]);
    expect(t.store.getState().notices.map((n) => n.message)).toEqual(['Downloaded factmark.csv.']);
  });

  it('exports every article of the library when no article is named', async () => {
    expect(await saveExport({ store: t.store, host }, { format: 'csv', articleId: null })).toEqual({
      where: 'Downloaded factmark.csv.',
      notices: [],
    });
    expect(asked).toEqual([['csv', [t.article.id], undefined]]);
  });

  it('reports a failed export and keeps the dialog open', async () => {
    host = { ...host, saveExport: () => Promise.reject(new Error('disk full')) };
    expect(
      await saveExport({ store: t.store, host }, { format: 'csv', articleId: t.article.id }),
    ).toBeNull();
    expect(t.store.getState().notices.map((n) => n.message)).toEqual(['Export failed: disk full']);
  });
});
