// Opens in progress, by the job id the renderer chose: how far each has got (polled by the
// renderer for its progress bar) and an AbortController the renderer can fire to cancel it.
// No events cross the contract: both hosts answer `getOpenProgress` from this table.
import type { OpenProgress } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';

export interface OpenJob {
  readonly signal: AbortSignal;
  report(progress: OpenProgress): void;
  /** Throws `cancelled` naming `name` when the job was cancelled (call before each write). */
  throwIfCancelled(name: string): void;
  /** Forgets the job; its progress reads `waiting` again. */
  finish(): void;
}

/**
 * Cancels that arrived before their job started are remembered, so a Cancel racing the upload
 * of a large file still wins; the oldest are forgotten past this many.
 */
const EARLY_CANCELS_KEPT = 64;

const WAITING: OpenProgress = { done: 0, total: 0, stage: 'waiting' };

export class OpenJobs {
  private readonly running = new Map<
    string,
    { controller: AbortController; progress: OpenProgress }
  >();
  private readonly earlyCancels: string[] = [];

  /** Starts tracking `jobId`; a job id already running is refused (ids are the renderer's). */
  start(jobId: string): OpenJob {
    if (this.running.has(jobId)) {
      throw new ContractError('invalid-input', `The open job ${jobId} is already running.`);
    }
    const controller = new AbortController();
    const entry = {
      controller,
      progress: { done: 0, total: 0, stage: 'reading' as OpenProgress['stage'] },
    };
    this.running.set(jobId, entry);
    const early = this.earlyCancels.indexOf(jobId);
    if (early >= 0) {
      this.earlyCancels.splice(early, 1);
      controller.abort();
    }
    return {
      signal: controller.signal,
      report: (progress) => {
        entry.progress = { ...progress };
      },
      throwIfCancelled: (name) => {
        if (controller.signal.aborted) {
          throw new ContractError('cancelled', `${name}: opening was cancelled`);
        }
      },
      finish: () => {
        if (this.running.get(jobId) === entry) this.running.delete(jobId);
      },
    };
  }

  progress(jobId: string): OpenProgress {
    return { ...(this.running.get(jobId)?.progress ?? WAITING) };
  }

  /** Aborts the job; one not started yet is aborted as soon as it starts. */
  cancel(jobId: string): void {
    const entry = this.running.get(jobId);
    if (entry) {
      entry.controller.abort();
      return;
    }
    if (!this.earlyCancels.includes(jobId)) this.earlyCancels.push(jobId);
    if (this.earlyCancels.length > EARLY_CANCELS_KEPT) this.earlyCancels.shift();
  }
}
