// `factmark suggest`'s engine in a worker thread (bundled as dist/electron/suggest-worker.cjs), so
// the command can stop it at its deadline instead of waiting on a text the engine cannot cope with.
import { parentPort } from 'node:worker_threads';
import { GAZETTEER, suggestAnnotations, type Suggestions } from '../../shared/suggest';
import type { SuggestOptions } from '../../shared/suggest';

export interface SuggestQuestion {
  text: string;
  options: Omit<SuggestOptions, 'gazetteer'> & { gazetteer: boolean };
}

export type SuggestAnswer = { suggestions: Suggestions } | { error: string };

const port = parentPort;
if (!port) throw new Error('suggest-worker runs as a worker thread');

port.on('message', ({ text, options }: SuggestQuestion) => {
  try {
    const { gazetteer, ...rest } = options;
    const suggestions = suggestAnnotations(text, {
      ...rest,
      ...(gazetteer ? { gazetteer: GAZETTEER } : {}),
    });
    port.postMessage({ suggestions } satisfies SuggestAnswer);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
