// The one renderer store, composed from its slices (zustand's slices pattern). It has no React
// in it, so its actions are tested in Node with a fake host.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createArticleSlice } from './article-slice';
import { createCorpusSlice } from './corpus-slice';
import { createEntitiesSlice } from './entities-slice';
import { createHistorySlice } from './history-slice';
import { createLibrarySlice } from './library-slice';
import { createOpenJobSlice } from './open-job-slice';
import { createSaveSlice } from './save-slice';
import { createReloadSlice } from './reload-slice';
import { createUiSlice } from './ui-slice';
import { createLayersSlice } from './layers-slice';
import { createLocalNetworkSlice } from './local-network-slice';
import { createImportSlice } from './import-slice';
import { createRelationsSlice } from './relations-slice';
import { createSuggestionsSlice, type ComputeSuggestions } from './suggestions-slice';
import { computeSuggestions } from '../suggest/compute-suggestions';
import type { FactmarkState, StoreDeps } from './types';
import { createUpdateBatching } from './batched-updates';

export type FactmarkStore = StoreApi<FactmarkState>;

/** Autosave timing: a pause in editing this long triggers a save (docs/ARCHITECTURE.md: within a second). */
export const SAVE_DELAY_MS = 400;
export const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000] as const;

export function createFactmarkStore(
  deps: Pick<StoreDeps, 'api'> &
    Partial<Omit<StoreDeps, 'batch'>> & {
      suggest?: ComputeSuggestions;
    },
): FactmarkStore {
  const batching = createUpdateBatching();
  const full: StoreDeps = {
    now: () => new Date().toISOString(),
    storage: null,
    saveDelayMs: SAVE_DELAY_MS,
    retryDelaysMs: RETRY_DELAYS_MS,
    ...deps,
    batch: batching.batch,
  };
  return createStore<FactmarkState>()(
    batching.wrap((...a) => ({
      ...createLibrarySlice(full)(...a),
      ...createArticleSlice(full)(...a),
      ...createEntitiesSlice(full)(...a),
      ...createUiSlice(full)(...a),
      ...createSaveSlice(full)(...a),
      ...createHistorySlice(full)(...a),
      ...createReloadSlice(full)(...a),
      ...createCorpusSlice(full)(...a),
      ...createOpenJobSlice(full)(...a),
      ...createLayersSlice(full)(...a),
      ...createLocalNetworkSlice(full)(...a),
      ...createImportSlice(full)(...a),
      ...createRelationsSlice(full)(...a),
      ...createSuggestionsSlice(deps.suggest ?? computeSuggestions)(full)(...a),
      batch: batching.batch,
    })),
  );
}
