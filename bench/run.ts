// `npm run bench`: builds the app if needed, then runs the main-process benchmarks in this
// process and the renderer ones (ours and the peer's) in Chromium, prints the table and writes
// bench/results.json and bench/first-paint.svg.
// Options: --runs=N (repeats per measure, default 7), --skip-build.
import { execSync } from 'node:child_process';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstPaintChart } from './lib/chart';
import {
  launchBrowser,
  libraryBrowserBenchmarks,
  peerBenchmarks,
  rendererBenchmarks,
} from './lib/browser-benchmarks';
import { writeLargeLibrary, writeMatrixLibrary } from './lib/libraries';
import { nodeBenchmarks } from './lib/node-benchmarks';
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
const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
const log = (line: string) => console.error(line);

function buildIfNeeded(): void {
  if (args.includes('--skip-build') && existsSync(HOST_SCRIPT)) return;
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

async function main(): Promise<void> {
  buildIfNeeded();
  log('writing the benchmark libraries');
  const matrix = writeMatrixLibrary();
  const large = writeLargeLibrary(10_000);
  const results: BenchResult[] = [];
  try {
    results.push(...(await nodeBenchmarks(large, RUNS, log)));
    const browser = await launchBrowser();
    try {
      log('renderer: document sizes and interactions');
      const renderer = await rendererBenchmarks(browser, matrix.dir, matrix.articles, RUNS, log);
      results.push(...renderer.results);
      writeFileSync(join(__dirname, 'first-paint.svg'), firstPaintChart(renderer.matrix, 400));
      log('renderer: library of 10,000 articles');
      results.push(...(await libraryBrowserBenchmarks(browser, large, RUNS)));
      log('peer: @recogito/text-annotator');
      const big = matrix.articles.find((a) => /^Bench 100000 words 5000 /.test(a.title))!;
      try {
        results.push(...(await peerBenchmarks(browser, big, RUNS, log)));
      } catch (err) {
        // Our figures stand without the peer's; the table says why it is missing.
        const reason = err instanceof Error ? err.message.split('\n')[0]! : String(err);
        for (const name of ['peer.recogito.firstPaint.100k.5k', 'peer.recogito.addOne.100k.5k']) {
          results.push(unavailable(name, 'ms', null, `peer failed: ${reason}`));
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(matrix.dir, { recursive: true, force: true });
    rmSync(large, { recursive: true, force: true });
  }
  const find = (name: string) => results.find((r) => r.name === name);
  const firstPaintRatio = ratio(
    'ratio.firstPaint.100k.5k',
    find('render.firstPaint.100k.5k'),
    find('peer.recogito.firstPaint.100k.5k'),
  );
  const addRatio = ratio(
    'ratio.addOne.100k.5k',
    find('render.addClaim.100k.5k.p95'),
    find('peer.recogito.addOne.100k.5k'),
  );
  results.push(...firstPaintRatio, ...addRatio);
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machineDescription(),
    results,
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatTable(results));
  console.log(`\n${report.machine}; written to bench/results.json and bench/first-paint.svg`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
