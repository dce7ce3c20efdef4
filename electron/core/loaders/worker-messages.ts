// What the host and the loader worker say to each other.
import type { ErrorCode } from '../../../shared/contract/result';
import type { ExtractedArticle } from '../../../shared/model/article';
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
      | { type: 'done'; article: ExtractedArticle }
      /** `code` is absent for a failure that was not meant for the user (a bug, not the source). */
      | { type: 'failed'; code?: ErrorCode; message: string }
    ));
