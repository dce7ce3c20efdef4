// The open under way that the host can report on and cancel (a file, which may be a long PDF):
// its job id, for the progress dialog to poll `getOpenProgress` and to send `cancelOpen`.
import type { Article } from '../../shared/model/article';
import type { OpenProgress } from '../../shared/contract/calls';
import type { SliceCreator } from './types';

export interface OpenJobSlice {
  /** The tracked open under way, if any; `label` names what is being opened. */
  openJob: { jobId: string; label: string } | null;
  /**
   * Opens what `load` produces under a new job id (passed to the host with `openFile`), so a
   * slow open shows its progress and can be cancelled. Null from `load` means cancelled.
   */
  openTracked(label: string, load: (jobId: string) => Promise<Article | null>): Promise<boolean>;
  /** How far the host has got with a tracked open. */
  openProgress(jobId: string): Promise<OpenProgress>;
  /** Asks the host to stop a tracked open (it then fails as cancelled). */
  cancelOpen(jobId: string): Promise<void>;
}

export function newJobId(): string {
  return `job_${globalThis.crypto.randomUUID().replace(/-/g, '')}`;
}

export const createOpenJobSlice: SliceCreator<OpenJobSlice> = (deps) => (set, get) => ({
  openJob: null,
  openTracked: async (label, load) => {
    const jobId = newJobId();
    set({ openJob: { jobId, label } });
    try {
      return await get().openWith(label, () => load(jobId));
    } finally {
      if (get().openJob?.jobId === jobId) set({ openJob: null });
    }
  },
  openProgress: (jobId) => deps.api.getOpenProgress({ jobId }),
  cancelOpen: async (jobId) => {
    await deps.api.cancelOpen({ jobId });
  },
});
