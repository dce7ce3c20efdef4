// The suggestion engine off the main thread: a long article takes it long enough to drop
// frames (see compute-suggestions.ts), so it answers each request here.
import type { SuggestionRequest } from './types';
import { runSuggestionEngine } from './run-engine';

interface WorkerRequest {
  id: number;
  request: SuggestionRequest;
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, result: runSuggestionEngine(request) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
