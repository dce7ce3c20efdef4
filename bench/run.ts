// `npm run bench`: builds the app if needed, then runs the main-process benchmarks in this
// process and the renderer ones (ours and the peer's) in Chromium, prints the table and writes
// bench/results.json and bench/first-paint.svg.
// Options (bench/lib/options.ts): --runs=N (repeats per measure, default 7), --skip-build,
// --only=node|browser|render|interact|library|lists|peer|team|relations (comma-separated) and --sizes=100k/5k,…
// A run with --only or --sizes prints its table and writes it to the system's temp folder,
// leaving the committed bench/results.json and chart to full runs.
import { execSync } from 'node:child_process';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstPaintChart } from './lib/chart';
import {
  launchBrowser,
  libraryBrowserBenchmarks,
  peerBenchmarks,
  rendererBenchmarks,
} from './lib/browser-benchmarks';
import { writeLargeLibrary, writeMatrixLibrary } from './lib/libraries';
import { nodeBenchmarks, relationsBenchmarks } from './lib/node-benchmarks';
import { teamBenchmarks } from './lib/team-benchmarks';
import { virtualListBenchmarks } from './lib/virtual-list';
import { parseBenchArgs, wantsSize } from './lib/options';
import {
  formatTable,
  machineDescription,
  summarizeRuns,
  unavailable,
  type BenchReport,
  type BenchResult,
} from './lib/results';
import { HOST_SCRIPT } from './lib/web-host';

const ROOT = join(__dirname, '..');
const options = (() => {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    // a mistyped flag: its message and the usage line are enough, without a stack
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
})();
const RUNS = options.runs;
const log = (line: string) => console.error(line);

function buildIfNeeded(): void {
  if (options.skipBuild && existsSync(HOST_SCRIPT)) return;
  log('building the app (npm run build)');
  execSync('npm run build --silent', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!statSync(HOST_SCRIPT).isFile()) throw new Error(`the build made no ${HOST_SCRIPT}`);
}

/** Our figure next to the peer's: how many times faster we are. */
function ratio(name: string, ours: BenchResult | undefined, peer: BenchResult | undefined) {
  if (!ours?.median || !peer?.median) return [];
  return [
    {
      ...summarizeRuns(name, '×', [peer.median / ours.median], null),
      note: `× faster than the peer (${ours.name} ${ours.median} ms vs ${peer.median} ms)`,
    },
  ];
}

/** The peer's two figures, or why they are missing: ours stand without them. */
async function peerOrReason(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  big: Parameters<typeof peerBenchmarks>[1] | undefined,
): Promise<BenchResult[]> {
  const names = ['peer.recogito.firstPaint.100k.5k', 'peer.recogito.addOne.100k.5k'];
  if (!big) return names.map((n) => unavailable(n, 'ms', null, 'the 100k/5k article was left out'));
  try {
    return await peerBenchmarks(browser, big, RUNS, log);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return names.map((n) => unavailable(n, 'ms', null, `peer failed: ${reason}`));
  }
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0]!;
  const { parts } = options;
  const appParts = ['render', 'interact', 'library', 'peer'] as const;
  // The lists bundle a page of their own; the others drive the built app.
  const browserParts = [...appParts, 'lists'] as const;
  if (appParts.some((p) => parts.has(p))) buildIfNeeded();
  log('writing the benchmark libraries');
  // The interactions and the peer need the 100k/5k article even when its first paint is skipped.
  const bigWanted = wantsSize(options, { words: 100_000, annotations: 5_000 });
  const matrix = await writeMatrixLibrary(
    (size) =>
      wantsSize(options, size) ||
      ((parts.has('interact') || parts.has('peer')) &&
        size.words === 100_000 &&
        size.annotations === 5_000),
    // the team article goes with the 100k/5k first paint, the seed page with the interactions
    { team: parts.has('render') && bigWanted, seed: parts.has('interact') },
  );
  const needsLarge = parts.has('node') || parts.has('library') || parts.has('relations');
  const large = needsLarge ? writeLargeLibrary(10_000) : null;
  const results: BenchResult[] = [];
  const report = (from: number) =>
    results.slice(from).forEach((r) => log(`    ${r.name}: ${r.median} ${r.unit}`));
  try {
    if (parts.has('node') && large) results.push(...(await nodeBenchmarks(large, RUNS, log)));
    if (parts.has('team')) results.push(...(await teamBenchmarks(RUNS)));
    if (parts.has('relations') && large) {
      log('node: links of one article of 10,000');
      results.push(...(await relationsBenchmarks(large, RUNS)));
    }
    if (browserParts.some((p) => parts.has(p))) {
      const browser = await launchBrowser();
      try {
        if (parts.has('render') || parts.has('interact')) {
          log('renderer: document sizes and interactions');
          const from = results.length;
          const renderer = await rendererBenchmarks(
            browser,
            matrix.dir,
            matrix.articles.filter(
              (a) =>
                a.id === 'art_bench_team' ||
                a.id === 'art_bench_seed' ||
                wantsSize(options, articleSize(a)),
            ),
            RUNS,
            log,
            { firstPaint: parts.has('render'), interactions: parts.has('interact') },
          );
          results.push(...renderer.results);
          report(from);
          if (parts.has('render') && !options.partial) {
            writeFileSync(
              join(__dirname, 'first-paint.svg'),
              firstPaintChart(renderer.matrix, 400),
            );
          }
        }
        if (parts.has('library') && large) {
          log('renderer: library of 10,000 articles');
          results.push(...(await libraryBrowserBenchmarks(browser, large, RUNS)));
        }
        if (parts.has('lists')) {
          log('renderer: LongList and a plain list, claims 5k and corpus 10k');
          results.push(...(await virtualListBenchmarks(browser, RUNS, log)));
        }
        if (parts.has('peer')) {
          log('peer: @recogito/text-annotator');
          const big = matrix.articles.find((a) => /^Bench 100000 words 5000 /.test(a.title));
          results.push(...(await peerOrReason(browser, big)));
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    rmSync(matrix.dir, { recursive: true, force: true });
    if (large) rmSync(large, { recursive: true, force: true });
  }
  const find = (name: string) => results.find((r) => r.name === name);
  const firstPaintRatio = ratio(
    'ratio.firstPaint.100k.5k',
    find('render.firstPaint.100k.5k'),
    find('peer.recogito.firstPaint.100k.5k'),
  );
  const addRatio = ratio(
    'ratio.addOne.100k.5k',
    find('render.addClaim.100k.5k'),
    find('peer.recogito.addOne.100k.5k'),
  );
  results.push(...firstPaintRatio, ...addRatio);
  const written: BenchReport = {
    date: new Date().toISOString(),
    machine: machineDescription(loadAtStart),
    results,
  };
  const file = options.partial
    ? join(tmpdir(), 'factmark-bench-partial.json')
    : join(__dirname, 'results.json');
  writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`);
  console.log(formatTable(results));
  console.log(
    `\n${written.machine}; written to ${options.partial ? file : 'bench/results.json and bench/first-paint.svg'}`,
  );
}

function articleSize(article: { title: string; claims: unknown[]; mentions: unknown[] }) {
  return {
    words: Number(/(\d+) words/.exec(article.title)?.[1]),
    annotations: article.claims.length + article.mentions.length,
  };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
