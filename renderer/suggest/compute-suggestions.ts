// Computes suggestions for the store in a Web Worker, because the engine is far too slow for
// the page's main thread (measured in Node: ~380 ms on the 3.6 kB example article, ~15 s on
// 100,000 words). One request runs at a time; a newer one waiting replaces an older one
// waiting (the store only wants the latest). Without workers (tests in Node, a host whose
// scheme refuses them) it runs in the page. A request the worker has not answered by its
// deadline ends the worker: the store hears why, and the next request gets a fresh worker.
import type {
  ComputeSuggestions,
  ComputedSuggestions as Suggestions,
  SuggestionRequest,
} from './types';

type WorkerAnswer = { id: number; result: Suggestions } | { id: number; error: string };

interface Pending {
  request: SuggestionRequest;
  resolve(result: Suggestions): void;
  reject(error: Error): void;
}

/** Past this, a request stops: four times what 100,000 words take, so only a text the engine
 * cannot cope with reaches it. */
export const SUGGESTION_DEADLINE_MS = 60_000;

/** The worker could not start or load: compute in the page instead. */
class WorkerUnavailable extends Error {}
/** A newer request took this one's place before it ran. */
export class SupersededRequest extends Error {}

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
let running: { id: number; pending: Pending; timer: ReturnType<typeof setTimeout> } | null = null;
let waiting: Pending | null = null;

function send(target: Worker, pending: Pending): void {
  const id = nextId++;
  const timer = setTimeout(() => onDeadline(id), SUGGESTION_DEADLINE_MS);
  running = { id, pending, timer };
  target.postMessage({ id, request: pending.request });
}

/** The engine is still at it past the deadline: end the worker rather than wait on it. */
function onDeadline(id: number): void {
  if (!running || running.id !== id) return;
  const { pending } = running;
  running = null;
  worker?.terminate();
  worker = null;
  const seconds = Math.round(SUGGESTION_DEADLINE_MS / 1000);
  pending.reject(new Error(`they took longer than ${seconds} s — stopped`));
  if (waiting) {
    const next = waiting;
    waiting = null;
    const fresh = startWorker();
    if (fresh) send(fresh, next);
    else void inPage(next.request).then(next.resolve, next.reject);
  }
}

function onAnswer(answer: WorkerAnswer): void {
  if (!running || running.id !== answer.id) return;
  const { pending, timer } = running;
  clearTimeout(timer);
  running = null;
  if ('error' in answer) pending.reject(new Error(answer.error));
  else pending.resolve(answer.result);
  if (waiting && worker) {
    const next = waiting;
    waiting = null;
    send(worker, next);
  }
}

function onBroken(): void {
  workerBroken = true;
  worker?.terminate();
  worker = null;
  const stranded = [running?.pending, waiting].filter((p): p is Pending => !!p);
  if (running) clearTimeout(running.timer);
  running = null;
  waiting = null;
  for (const pending of stranded) pending.reject(new WorkerUnavailable());
}

function startWorker(): Worker | null {
  if (worker || workerBroken) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => onAnswer(event.data));
  worker.addEventListener('error', onBroken);
  return worker;
}

async function inPage(request: SuggestionRequest): Promise<Suggestions> {
  const { runSuggestionEngine } = await import('./run-engine');
  return runSuggestionEngine(request);
}

function inWorker(target: Worker, request: SuggestionRequest): Promise<Suggestions> {
  return new Promise((resolve, reject) => {
    const pending = { request, resolve, reject };
    if (!running) return send(target, pending);
    waiting?.reject(new SupersededRequest('A newer suggestion request replaced this one.'));
    waiting = pending;
  });
}

export const computeSuggestions: ComputeSuggestions = async (request) => {
  const target = startWorker();
  if (!target) return inPage(request);
  try {
    return await inWorker(target, request);
  } catch (err) {
    if (err instanceof WorkerUnavailable) return inPage(request);
    throw err;
  }
};
