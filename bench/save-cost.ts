// What one added claim costs to save and to journal on the 100,000-word article with 5,000
// annotations: on the renderer's main thread (the store's save and journal write, with the
// HTTP transport's JSON encoding) and in the host (validation and the write), whole article
// against patch. `npx tsx bench/save-cost.ts [runs]`
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCoreHandlers } from '../electron/core/handlers';
import { openLibrary } from '../electron/core/library/library-store';
import { dispatch } from '../shared/contract/dispatch';
import { ContractError } from '../shared/contract/result';
import type { Article } from '../shared/model/article';
import { createFactmarkStore } from '../renderer/store/create-store';
import { writeJournal } from '../renderer/store/journal';
import type { FactmarkApi } from '../shared/contract/calls';
import { createClaim } from '../shared/model/annotate';
import {
  annotationFingerprint,
  applyAnnotationPatch,
  diffAnnotations,
} from '../shared/model/annotation-patch';
import { CodePointIndex } from '../shared/text/code-points';
import { benchArticle } from './lib/generate';

const RUNS = Number(process.argv[2] ?? 15);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(2)} ms (min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)})`;

class MemoryStorage {
  bytes = 0;
  getItem = () => null;
  setItem = (_k: string, v: string) => void (this.bytes = v.length);
  removeItem = () => {};
}

/** A store over a host in memory that encodes each call's input as the HTTP transport does. */
async function storeWith(article: Article, patches: boolean) {
  let stored = article;
  let sentBytes = 0;
  const encode = (input: unknown) => void (sentBytes = JSON.stringify(input).length);
  const api: Partial<FactmarkApi> = {
    getArticle: async () => stored,
    saveArticle: async (input) => {
      encode(input);
      const revision = (stored.revision ?? 0) + 1;
      stored = { ...input.article, revision };
      return { savedAt: 'now', revision };
    },
    saveAnnotations: async (input) => {
      // Refusing the patch as not fitting makes the store send the whole article.
      if (!patches) throw new ContractError('invalid-input', 'whole saves only');
      encode(input);
      stored = { ...applyAnnotationPatch(stored, input.patch), revision: input.baseRevision + 1 };
      return { savedAt: 'now', revision: stored.revision! };
    },
  };
  const store = createFactmarkStore({ api: api as FactmarkApi, saveDelayMs: 60_000 });
  await store.getState().openArticle(article.id);
  return { store, sent: () => sentBytes };
}

async function renderer(article: Article, patches: boolean) {
  const { store, sent } = await storeWith(article, patches);
  const storage = new MemoryStorage();
  const save: number[] = [];
  const journal: number[] = [];
  const oldJournal: number[] = [];
  let words = 0;
  for (let i = 0; i < RUNS; i++) {
    // A new claim on the next sentence-sized span the article does not have yet.
    const start = 50 + i * 37;
    store.getState().markClaim({ start, end: start + 20 + (i % 7) });
    words++;
    let t = performance.now();
    writeJournal(store, storage);
    journal.push(performance.now() - t);
    t = performance.now();
    // What the journal of 0.1 wrote: every unsaved article whole.
    JSON.stringify({ articles: Object.values(store.getState().unsavedArticles), registry: null });
    oldJournal.push(performance.now() - t);
    t = performance.now();
    await store.getState().flushSaves();
    save.push(performance.now() - t);
  }
  return { save, journal, oldJournal, sentBytes: sent(), journalBytes: storage.bytes, words };
}

/** A claim on a span the bench article has none at. */
function newClaim(article: Article, i: number, index: CodePointIndex) {
  const start = 50 + i * 37;
  return createClaim(index, start, start + 20 + (i % 7), new Date().toISOString());
}

async function host(article: Article) {
  const folder = await mkdtemp(join(tmpdir(), 'factmark-save-cost-'));
  const index = new CodePointIndex(article.text);
  const wire = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
  try {
    await openLibrary(folder).add(article);
    const handlers = createCoreHandlers({ libraryDir: folder });
    const whole: number[] = [];
    const patch: number[] = [];
    let current = article;
    for (let i = 0; i < RUNS; i++) {
      const next = { ...current, claims: [...current.claims, newClaim(current, 2 * i, index)] };
      const input = wire({
        id: current.id,
        baseRevision: current.revision ?? 0,
        contentHash: current.contentHash,
        patch: diffAnnotations(current, next),
        expected: annotationFingerprint(next),
      });
      let t = performance.now();
      const patched = await dispatch(handlers, 'saveAnnotations', input);
      patch.push(performance.now() - t);
      if (!patched.ok) throw new Error(patched.error.message);
      current = { ...next, revision: (current.revision ?? 0) + 1 };

      const again = {
        ...current,
        claims: [...current.claims, newClaim(current, 2 * i + 1, index)],
      };
      t = performance.now();
      const saved = await dispatch(
        handlers,
        'saveArticle',
        wire({ article: again, baseRevision: current.revision }),
      );
      whole.push(performance.now() - t);
      if (!saved.ok) throw new Error(saved.error.message);
      current = { ...again, revision: (current.revision ?? 0) + 1 };
    }
    return { whole, patch };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function main() {
  const article = benchArticle({ words: 100_000, annotations: 5_000 });
  console.log(
    `article: ${article.text.length} chars, ${article.claims.length} claims, ${article.mentions.length} mentions; ${RUNS} runs each`,
  );
  const before = await renderer(article, false);
  const after = await renderer(article, true);
  console.log('renderer main thread, one added claim:');
  console.log(`  save, whole article (0.1):   ${fmt(before.save)}, ${before.sentBytes} bytes sent`);
  console.log(`  save, patch:                 ${fmt(after.save)}, ${after.sentBytes} bytes sent`);
  console.log(`  journal write (0.1, whole):  ${fmt(after.oldJournal)}`);
  console.log(`  journal write, patch:        ${fmt(after.journal)}, ${after.journalBytes} bytes`);
  const h = await host(article);
  console.log('host (dispatch: schema, checks, write):');
  console.log(`  saveArticle, whole:          ${fmt(h.whole)}`);
  console.log(`  saveAnnotations, patch:      ${fmt(h.patch)}`);
}

void main();
