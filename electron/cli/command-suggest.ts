// `factmark suggest --library DIR --article ID [--no-gazetteer]`: the suggestion engine without
// the app, for pre-annotation in pipelines. Prints JSON with code-point offsets; `entity` is the
// registry id where the name is already known, else null. What the article already has
// (the same mention, a claim over the same text) is not suggested again.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Suggestions } from '../../shared/suggest';
import { workerScript } from '../core/loaders/worker-script';
import type { CoreCaller } from './core-calls';
import { CliError, EXIT, type CliIo } from './io';
import type { SuggestAnswer, SuggestQuestion } from './suggest-worker';

/** Past this the engine is stopped: four times what 100,000 words take. */
export const SUGGEST_DEADLINE_MS = 60_000;

export interface SuggestCommandOptions {
  articleIds: readonly string[];
  gazetteer: boolean;
  /** Tests give a short one. */
  deadlineMs?: number;
}

/** What `factmark suggest` prints: the shape issue 4 fixes for pipelines. */
export interface SuggestOutput {
  entities: {
    name: string;
    type: string;
    start: number;
    end: number;
    quote: string;
    entity: string | null;
  }[];
  claims: { start: number; end: number; quote: string }[];
}

export async function suggestForArticle(
  options: SuggestCommandOptions,
  core: CoreCaller,
  io: CliIo,
): Promise<number> {
  if (options.articleIds.length !== 1) {
    throw new CliError(EXIT.usage, 'suggest: name one article with --article ID.');
  }
  const article = await core.call('getArticle', { id: options.articleIds[0]! });
  const registry = await core.call('getEntities', {});
  const suggestions = await suggestInWorker(
    article.title,
    {
      text: article.text,
      options: {
        registry,
        gazetteer: options.gazetteer,
        existing: { claims: article.claims, mentions: article.mentions },
      },
    },
    options.deadlineMs ?? SUGGEST_DEADLINE_MS,
  );
  const output: SuggestOutput = {
    entities: suggestions.mentions.map((m) => ({
      name: m.name,
      type: m.type,
      start: m.start,
      end: m.end,
      quote: m.quote,
      entity: m.entity ?? null,
    })),
    claims: suggestions.claims.map((c) => ({ start: c.start, end: c.end, quote: c.quote })),
  };
  io.out(JSON.stringify(output, null, 2));
  return EXIT.ok;
}

/** Runs the engine in a worker thread, ending it and failing with a message past `deadlineMs`. */
function suggestInWorker(
  title: string,
  question: SuggestQuestion,
  deadlineMs: number,
): Promise<Suggestions> {
  const script = workerScript('suggest-worker', join('electron', 'cli', 'suggest-worker.ts'));
  const worker = new Worker(script, { execArgv: [] });
  return new Promise<Suggestions>((resolve, reject) => {
    const timer = setTimeout(() => {
      const limit =
        deadlineMs < 1000 ? `${deadlineMs} ms` : `${Number((deadlineMs / 1000).toFixed(1))} s`;
      reject(
        new CliError(
          EXIT.badInput,
          `suggest: ${title}: took longer than ${limit} — stopped, no suggestions`,
        ),
      );
    }, deadlineMs);
    worker.once('message', (answer: SuggestAnswer) => {
      clearTimeout(timer);
      if ('error' in answer) reject(new Error(answer.error));
      else resolve(answer.suggestions);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.postMessage(question);
  }).finally(() => void worker.terminate());
}
