// The shape of the one renderer store and what its slices are built with.
import type { StateCreator } from 'zustand/vanilla';
import type { FactmarkApi } from '../../shared/contract/calls';
import type { LibrarySlice } from './library-slice';
import type { ArticleSlice } from './article-slice';
import type { EntitiesSlice } from './entities-slice';
import type { UiSlice } from './ui-slice';
import type { SaveSlice } from './save-slice';
import type { HistorySlice } from './history-slice';
import type { ReloadSlice } from './reload-slice';
import type { CorpusSlice } from './corpus-slice';
import type { OpenJobSlice } from './open-job-slice';
import type { SuggestionsSlice } from './suggestions-slice';
import type { LayersSlice } from './layers-slice';
import type { LocalNetworkSlice } from './local-network-slice';
import type { ImportSlice } from './import-slice';
import type { RelationsSlice } from './relations-slice';

export type FactmarkState = LibrarySlice &
  ArticleSlice &
  EntitiesSlice &
  UiSlice &
  SaveSlice &
  HistorySlice &
  ReloadSlice &
  CorpusSlice &
  OpenJobSlice &
  SuggestionsSlice &
  LayersSlice &
  LocalNetworkSlice &
  ImportSlice &
  RelationsSlice &
  BatchSlice;

/** Joins the store updates of an action that changes several slices (batched-updates.ts). */
export interface BatchSlice {
  batch<T>(work: () => T): T;
}

/** Where theme and similar preferences persist (localStorage in the app, a Map in tests). */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** What the store needs from the outside world; tests pass fakes. */
export interface StoreDeps {
  api: FactmarkApi;
  /** The current time as an ISO string. */
  now: () => string;
  storage: PreferenceStorage | null;
  /** Delay between the last change and its save. */
  saveDelayMs: number;
  /** Delays before retrying a failed save, the last one repeating. */
  retryDelaysMs: readonly number[];
  /** Runs `work` with its store updates joined into one (subscribers run once). */
  batch: <T>(work: () => T) => T;
}

export type SliceCreator<T> = (deps: StoreDeps) => StateCreator<FactmarkState, [], [], T>;

export type { Span } from '../../shared/text/span';

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
