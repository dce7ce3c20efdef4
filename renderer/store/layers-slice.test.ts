import { describe, expect, it } from 'vitest';
import { storeWithArticle } from './test-helpers';

describe('the library’s annotators', () => {
  it('joins the host’s list, my name and the open article’s layers, sorted, keeping the list while no one is new', async () => {
    const { store, api } = await storeWithArticle();
    await store.getState().chooseAnnotator('Zoë');
    api.listAnnotators.mockResolvedValueOnce({ annotators: ['Bob', 'Ana'] });
    await store.getState().loadLibraryAnnotators();
    expect(store.getState().libraryAnnotators).toEqual(['Ana', 'Bob', 'Zoë']);

    const list = store.getState().libraryAnnotators;
    api.listAnnotators.mockResolvedValueOnce({ annotators: ['Ana', 'Bob'] });
    await store.getState().loadLibraryAnnotators();
    expect(store.getState().libraryAnnotators).toBe(list);

    api.getLayers.mockResolvedValueOnce({ layers: [{ annotator: 'Cy', done: null }] });
    await store.getState().refreshLayers();
    expect(store.getState().libraryAnnotators).toEqual(['Ana', 'Bob', 'Cy', 'Zoë']);
  });
});
