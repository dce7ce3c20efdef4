// The loader worker's entry (bundled as dist/electron/loader-worker.cjs): reads one request
// after another from its parent and answers each with the article or the error as data.
import { parentPort } from 'node:worker_threads';
import { ContractError } from '../../../shared/contract/result';
import { extractSource, loadReaders } from './extract-source';
import type { WorkerAnswer, WorkerQuestion } from './worker-messages';

const port = parentPort;
if (!port) throw new Error('loader-worker runs as a worker thread');

const ready = loadReaders();
void ready.then(() => port.postMessage({ type: 'ready' } satisfies WorkerAnswer));

port.on('message', (question: WorkerQuestion) => {
  void ready.then(() => answer(question)).then((reply) => port.postMessage(reply));
});

async function answer({ id, request }: WorkerQuestion): Promise<WorkerAnswer> {
  try {
    const article = await extractSource(request, (done, total) =>
      port!.postMessage({ id, type: 'progress', done, total } satisfies WorkerAnswer),
    );
    return { id, type: 'done', articleJson: JSON.stringify(article) };
  } catch (error) {
    if (error instanceof ContractError) {
      const { code, message, format } = error;
      return { id, type: 'failed', code, message, ...(format ? { format } : {}) };
    }
    return { id, type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
