// The main-process benchmarks, run in this Node process: opening and extracting sources,
// exporting and importing 10,000 annotations, and listing a library of 10,000 articles.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSource } from '../../electron/core/loaders';
import { openLibrary } from '../../electron/core/library/library-store';
import { buildExport, EXPORT_FORMAT_IDS } from '../../shared/export';
import { parseFactmarkExport } from '../../shared/import';
import { emptyRegistry } from '../../shared/model/entities';
import { GAZETTEER, suggestAnnotations } from '../../shared/suggest';
import { hostileLines } from '../../shared/suggest/__fixtures__/hostile-lines';
import { hostileMarkdown } from '../../electron/core/loaders/__fixtures__/hostile-markdown';
import { benchArticle, benchHtmlPage, benchRegistry } from './generate';
import { benchPdf } from './pdf';
import { summarizeRuns, unavailable, type BenchResult } from './results';

const ROOT = join(__dirname, '..', '..');

/** Times `f` `runs` times after one warm-up run; returns the samples in ms. */
export async function sample(runs: number, f: () => unknown): Promise<number[]> {
  await f();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await f();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function openBenchmarks(runs: number): Promise<BenchResult[]> {
  const seed = readFileSync(join(ROOT, 'e2e', 'fixtures', 'news-page.html'));
  const page = new TextEncoder().encode(benchHtmlPage(1_000_000, 7));
  const results = [
    summarizeRuns(
      'open.seed',
      'ms',
      await sample(runs, () => loadSource({ fileName: 'news-page.html', bytes: seed })),
      50,
      'e2e/fixtures/news-page.html',
    ),
    summarizeRuns(
      'open.html1mb',
      'ms',
      await sample(runs, () => loadSource({ fileName: 'long-page.html', bytes: page })),
      400,
      `${(page.byteLength / 1e6).toFixed(2)} MB generated page`,
    ),
  ];
  if (!existsSync(join(ROOT, 'electron', 'core', 'loaders', 'pdf.ts'))) {
    results.push(unavailable('open.pdf100', 'ms', null, 'not available: no PDF loader yet'));
    return results;
  }
  const pdf = benchPdf(100, 11);
  try {
    const blocks = (await loadSource({ fileName: 'hundred-pages.pdf', bytes: pdf })).blocks.length;
    const samples = await sample(Math.min(runs, 5), () =>
      loadSource({ fileName: 'hundred-pages.pdf', bytes: pdf }),
    );
    results.push(summarizeRuns('open.pdf100', 'ms', samples, null, `${blocks} blocks`));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    results.push(unavailable('open.pdf100', 'ms', null, `not available: ${reason}`));
  }
  return results;
}

function exportBenchmarks(runs: number): Promise<BenchResult[]> {
  const article = benchArticle({ words: 100_000, annotations: 10_000 });
  const input = {
    articles: [article],
    entities: benchRegistry().entities,
    exportedAt: '2026-11-26T12:00:00.000Z',
    generator: 'Factmark bench',
  };
  return (async () => {
    const results: BenchResult[] = [];
    for (const format of EXPORT_FORMAT_IDS) {
      results.push(
        summarizeRuns(
          `export.10k.${format}`,
          'ms',
          await sample(runs, () => buildExport(format, input)),
          100,
        ),
      );
    }
    const text = buildExport('factmark', input).files[0]!.content;
    results.push(
      summarizeRuns(
        'import.10k.factmark',
        'ms',
        await sample(runs, () => parseFactmarkExport(JSON.parse(text))),
        100,
        'JSON.parse and validation included',
      ),
    );
    return results;
  })();
}

/**
 * The slowest of a set of hostile 1 MB inputs: each is timed, and the one with the highest
 * median is reported, named in the note (the issue asks each to finish within 2 s).
 */
async function slowestOf(
  name: string,
  runs: number,
  inputs: ReadonlyArray<{ label: string; run: () => unknown }>,
): Promise<BenchResult> {
  let slowest: BenchResult | undefined;
  for (const input of inputs) {
    const result = summarizeRuns(name, 'ms', await sample(runs, input.run), 2_000, input.label);
    if (!slowest || (result.median ?? 0) > (slowest.median ?? 0)) slowest = result;
  }
  return { ...slowest!, note: `slowest of ${inputs.length}: ${slowest!.note}` };
}

function adversarialBenchmarks(runs: number): Promise<BenchResult[]> {
  const opened = (label: string, source: string) => {
    const bytes = new TextEncoder().encode(source);
    // A refusal ("nested too deeply") is an outcome too: what is timed is getting there.
    return { label, run: () => loadSource({ fileName: 'notes.md', bytes }).catch(() => null) };
  };
  const suggested = (label: string, text: string) => ({
    label,
    run: () => suggestAnnotations(text, { registry: emptyRegistry(), gazetteer: GAZETTEER }),
  });
  return (async () => [
    await slowestOf(
      'open.adversarial.markdown.1mb',
      runs,
      hostileMarkdown().map((h) => opened(h.label, h.source)),
    ),
    await slowestOf(
      'suggest.adversarial.1mb',
      runs,
      hostileLines().map((h) => suggested(h.label, h.text)),
    ),
  ])();
}

/** Listing the library folder in the host (the browser part measures the app being usable). */
async function libraryBenchmarks(libraryDir: string, runs: number): Promise<BenchResult[]> {
  const store = openLibrary(libraryDir);
  const samples = await sample(Math.min(runs, 5), () => store.list());
  return [summarizeRuns('library.list.10k.host', 'ms', samples, null, 'host: listLibrary')];
}

/**
 * The links touching one article of the 10,000 (`listRelations`, called on every open): three
 * articles link into it. Timed once the library has been listed whole, as the app does at start.
 */
export async function relationsBenchmarks(
  libraryDir: string,
  runs: number,
): Promise<BenchResult[]> {
  const store = openLibrary(libraryDir);
  const target = await store.get('art_lib0');
  const claimOf = async (id: string) => (await store.get(id)).claims[0]!.id;
  await store.link(
    await Promise.all(
      ['art_lib1', 'art_lib5000', 'art_lib9999'].map(async (from, i) => ({
        id: `rel_bench${i}`,
        type: 'same-claim' as const,
        from: { document: from, annotation: await claimOf(from) },
        to: { document: target.id, annotation: target.claims[0]!.id },
        createdAt: target.updatedAt,
      })),
    ),
  );
  await store.list();
  const samples = await sample(runs, () => store.relationsOf(target.id));
  const links = (await store.relationsOf(target.id)).length;
  const get = summarizeRuns('get', 'ms', await sample(runs, () => store.get(target.id)), null);
  return [
    summarizeRuns(
      'relations.list.10k',
      'ms',
      samples,
      null,
      `host: listRelations, ${links} links in; getArticle ${get.median} ms`,
    ),
  ];
}

export async function nodeBenchmarks(
  libraryDir: string,
  runs: number,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  log('node: open and extract');
  const open = await openBenchmarks(runs);
  log('node: hostile inputs (Markdown loader, suggestion engine)');
  const adversarial = await adversarialBenchmarks(Math.min(runs, 3));
  log('node: export and import');
  const exports = await exportBenchmarks(runs);
  log('node: library listing');
  const library = await libraryBenchmarks(libraryDir, runs);
  return [...open, ...adversarial, ...exports, ...library];
}
