// Runs the reading of untrusted content (extract-source.ts) in a worker thread with a time
// budget and a memory cap. The host's event loop stays free while a page is read; a Cancel, an
// exhausted budget or a heap that outgrows its cap ends the worker (`terminate()`), and the
// caller gets a ContractError naming the source and the reason. One idle worker is kept for
// the next source, so a host pays the worker's start once, not per file.
import { Worker } from 'node:worker_threads';
import { ContractError } from '../../../shared/contract/result';
import type { ExtractedArticle } from '../../../shared/model/article';
import type { ExtractRequest } from './extract-source';
import type { WorkerAnswer, WorkerQuestion } from './worker-messages';
import { loaderWorkerScript } from './worker-script';

export interface LoaderLimits {
  /** How long one source may take to read before its worker is stopped. */
  budgetMs: number;
  /** The worker's heap cap (V8 old generation), in megabytes. */
  maxMemoryMb: number;
}

/** A 50 MB page reads in a few seconds and well under this memory; a hostile one does not. */
export const DEFAULT_LOADER_LIMITS: LoaderLimits = { budgetMs: 20_000, maxMemoryMb: 2048 };

export interface WorkerRunOptions {
  /** Ends the worker at once; the read fails with code `cancelled`. */
  signal?: AbortSignal;
  /** Called after each page of a PDF is read. */
  onProgress?: (pagesRead: number, pageCount: number) => void;
  limits?: Partial<LoaderLimits>;
}

/** Reads `request` in a loader worker; every failure is a ContractError naming the source. */
export function readInWorker(
  request: ExtractRequest,
  options: WorkerRunOptions = {},
): Promise<ExtractedArticle> {
  const { budgetMs, maxMemoryMb } = { ...DEFAULT_LOADER_LIMITS, ...options.limits };
  const name = request.context.displayName;
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(cancelled(name));

  return new Promise((resolve, reject) => {
    const worker = takeWorker(maxMemoryMb);
    const id = ++lastQuestionId;
    let settled = false;

    const settle = (keepWorker: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keepWorker) giveBack(worker, maxMemoryMb);
      else void worker.terminate();
      outcome();
    };
    const fail = (error: Error) => settle(false, () => reject(error));

    const onMessage = (answer: WorkerAnswer) => {
      if (answer.type === 'ready' || answer.id !== id) return;
      if (answer.type === 'progress') onProgress?.(answer.done, answer.total);
      else if (answer.type === 'done') {
        settle(true, () => resolve(JSON.parse(answer.articleJson) as ExtractedArticle));
      } else if (answer.code)
        settle(true, () =>
          reject(new ContractError(answer.code!, answer.message, undefined, answer.format)),
        );
      else settle(true, () => reject(new Error(answer.message)));
    };
    const onError = (error: Error & { code?: string }) =>
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ContractError(
              'bad-source',
              `${name}: needed more than ${maxMemoryMb} MB of memory to read — stopped`,
            )
          : new ContractError('bad-source', `${name}: the reader failed (${error.message})`),
      );
    const onExit = (code: number) =>
      fail(new ContractError('bad-source', `${name}: the reader stopped unexpectedly (${code})`));
    const onAbort = () => fail(cancelled(name));

    // The budget starts once the worker has loaded its readers: a fresh worker's start is not
    // the source's doing.
    let timer: ReturnType<typeof setTimeout> | undefined;
    void readiness.get(worker)?.then(() => {
      if (settled) return;
      timer = setTimeout(
        () =>
          fail(
            new ContractError(
              'bad-source',
              `${name}: took longer than ${formatDuration(budgetMs)} to read — stopped`,
            ),
          ),
        budgetMs,
      );
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, request } satisfies WorkerQuestion);
  });
}

let lastQuestionId = 0;

/** Settles when a worker has loaded its readers. */
const readiness = new WeakMap<Worker, Promise<void>>();

/** The worker kept between reads, and the heap cap it was started with. */
let idle: { worker: Worker; maxMemoryMb: number } | undefined;

function takeWorker(maxMemoryMb: number): Worker {
  const kept = idle;
  idle = undefined;
  if (kept?.maxMemoryMb === maxMemoryMb) {
    kept.worker.ref();
    return kept.worker;
  }
  if (kept) void kept.worker.terminate();
  return startWorker(maxMemoryMb);
}

/** Keeps `worker` for the next read; an idle worker does not keep a CLI process alive. */
function giveBack(worker: Worker, maxMemoryMb: number): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle = { worker, maxMemoryMb };
}

function startWorker(maxMemoryMb: number): Worker {
  const worker = new Worker(loaderWorkerScript(), {
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    name: 'loader',
    execArgv: [], // the host's own flags (a loader hook, --input-type) are not the worker's
  });
  // A worker that fails while idle (it should not) is simply not reused; a read in progress
  // hears of the failure through its own listeners.
  worker.on('error', () => {});
  readiness.set(
    worker,
    new Promise((resolve) => {
      const onReady = (answer: WorkerAnswer) => {
        if (answer.type !== 'ready') return;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
    }),
  );
  worker.once('exit', () => {
    if (idle?.worker === worker) idle = undefined;
  });
  return worker;
}

function cancelled(name: string): ContractError {
  return new ContractError('cancelled', `${name}: opening was cancelled`);
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
