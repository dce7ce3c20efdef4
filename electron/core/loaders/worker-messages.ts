// What the host and the loader worker say to each other.
import type { ErrorCode } from '../../../shared/contract/result';
import type { ExtractRequest } from './extract-source';

export interface WorkerQuestion {
  id: number;
  request: ExtractRequest;
}

/** `ready` once the worker has loaded its readers; the others answer the question `id`. */
export type WorkerAnswer =
  | { type: 'ready' }
  | ({ id: number } & (
      | { type: 'progress'; done: number; total: number }
      /**
       * The article as JSON: a structured clone of 200,000 blocks took twice as long as
       * `JSON.stringify` and `JSON.parse` (about 0.8 s against 0.4 s), on the host's thread too.
       */
      | { type: 'done'; articleJson: string }
      /** `code` is absent for a failure that was not meant for the user (a bug, not the source). */
      | { type: 'failed'; code?: ErrorCode; message: string; format?: string }
    ));
