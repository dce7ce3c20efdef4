// The renderer benchmarks: the built app in browser mode, driven in Debian Chromium (or
// Playwright's own) through Playwright, and the peer rendering the same document in the same
// browser. Each measure is timed inside the page (see in-page.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Article } from '../../shared/model/article';
import { blockText } from '../../shared/model/blocks';
import {
  changeStatus,
  armTagTimer,
  type InputTiming,
  markClaimIn,
  openFromLibrary,
  PAINT_HELPERS,
  scrollThrough,
} from './in-page';
import { peerAddOne, peerFirstPaint, type PeerDocument } from './peer-page';
import { percentile, summarizeRuns, type BenchResult } from './results';
import { TEAM_ANNOTATORS, TEAM_TITLE } from './libraries';
import { startBenchHost, type BenchHost } from './web-host';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(
    existsSync(SYSTEM_CHROMIUM)
      ? {
          executablePath: SYSTEM_CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--no-first-run',
          ],
        }
      : {},
  );
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PAINT_HELPERS);
  return context.newPage();
}

async function loadApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.fm-library-open').first().waitFor();
}

/** Which renderer measures to take. */
export interface RendererParts {
  /** first paint of every article given */
  firstPaint: boolean;
  /** memory, scrolling, marking, status and tagging on the 100k-word / 5k-annotation article */
  interactions: boolean;
}

/** First paint per article of the size matrix, and the 100k/5k interactions. */
export async function rendererBenchmarks(
  browser: Browser,
  libraryDir: string,
  articles: readonly Article[],
  runs: number,
  log: (line: string) => void,
  parts: RendererParts = { firstPaint: true, interactions: true },
): Promise<{ results: BenchResult[]; matrix: MatrixPoint[] }> {
  const host = await startBenchHost(libraryDir);
  const page = await newPage(browser);
  const results: BenchResult[] = [];
  const matrix: MatrixPoint[] = [];
  try {
    const team = articles.find((a) => a.title === TEAM_TITLE);
    const seed = articles.find((a) => a.id === 'art_bench_seed');
    const matrixArticles = articles.filter((a) => a !== team && a !== seed);
    for (const article of parts.firstPaint ? matrixArticles : []) {
      const annotations = article.claims.length + article.mentions.length;
      const words = Number(/(\d+) words/.exec(article.title)?.[1]);
      const samples: number[] = [];
      const big = words === 100_000 && annotations === 5_000;
      for (let i = 0; i < (big ? runs : Math.max(3, Math.ceil(runs / 2))); i++) {
        await loadApp(page, host.url);
        samples.push(await page.evaluate(openFromLibrary, article.title));
      }
      const r = summarizeRuns(
        `render.firstPaint.${words / 1000}k.${annotations / 1000}k`,
        'ms',
        samples,
        big ? 400 : null,
      );
      log(`  ${r.name}: ${r.median} ms`);
      matrix.push({ words, annotations, median: r.median!, min: r.min!, max: r.max! });
      if (big) results.push(r);
    }
    if (parts.firstPaint && team) {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        await loadApp(page, host.url);
        samples.push(await page.evaluate(openFromLibrary, team.title));
      }
      const r = summarizeRuns(
        'render.firstPaint.100k.3x5k',
        'ms',
        samples,
        500,
        `three annotators' layers of 5,000 annotations each (${TEAM_ANNOTATORS.join(', ')})`,
      );
      log(`  ${r.name}: ${r.median} ms`);
      results.push(r);
    }
    const big = matrixArticles.find(
      (a) => a.claims.length + a.mentions.length === 5_000 && a.text.length > 500_000,
    );
    if (parts.interactions && big) {
      results.push(...(await interactionBenchmarks(page, host, big, runs, log)));
    }
    if (parts.interactions && seed) {
      log('  the seed page: marking, status and tagging');
      await loadApp(page, host.url);
      await page.evaluate(openFromLibrary, seed.title);
      results.push(...(await inputBenchmarks(page, 'seed', 8, runs)));
    }
  } finally {
    await page.context().close();
    await host.stop();
  }
  return { results, matrix };
}

export interface MatrixPoint {
  words: number;
  annotations: number;
  median: number;
  min: number;
  max: number;
}

/**
 * An interaction's figure: input to painted, less the idle wait for the display's refresh (see
 * in-page.ts); the note keeps the stopwatch time and how often the next frame showed it.
 */
export function inputResult(
  name: string,
  timings: readonly InputTiming[],
  target: number | null,
  what: string,
): BenchResult {
  const raw = [...timings.map((t) => t.raw)].sort((a, b) => a - b);
  const nextFrame = timings.filter((t) => t.frames === 1).length;
  return summarizeRuns(
    name,
    'ms',
    timings.map((t) => t.ms),
    target,
    `${what}; without the wait for the display's refresh; stopwatch median ${percentile(raw, 50).toFixed(1)} ms; in the next frame ${nextFrame} of ${timings.length}`,
  );
}

async function interactionBenchmarks(
  page: Page,
  host: BenchHost,
  article: Article,
  runs: number,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  await loadApp(page, host.url);
  await page.evaluate(openFromLibrary, article.title);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  results.push(
    summarizeRuns('memory.rendererHeap.100k.5k', 'MB', [heap.usedSize / 2 ** 20], null, 'after GC'),
  );
  const rss = host.rssMb();
  if (rss !== null)
    results.push(
      summarizeRuns('memory.hostRss.100k.5k', 'MB', [rss], null, 'main process (web host)'),
    );

  log('  scrolling');
  const frames: number[] = [];
  const over50: number[] = [];
  const over17: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const f = await page.evaluate(scrollThrough, 700);
    frames.push(...f);
    over50.push(f.filter((ms) => ms > 50).length);
    over17.push((100 * f.filter((ms) => ms > 17).length) / f.length);
  }
  results.push(
    summarizeRuns(
      'scroll.framesOver50ms.100k.5k',
      'frames',
      over50,
      0,
      `${frames.length / over50.length} frames a pass`,
    ),
  );
  results.push(summarizeRuns('scroll.framesOver17msPct.100k.5k', '%', over17, 3));
  results.push(summarizeRuns('scroll.frame.100k.5k', 'ms', frames, null, 'frame durations'));

  log('  marking, status and tagging');
  results.push(...(await inputBenchmarks(page, '100k.5k', 16, runs)));
  return results;
}

/**
 * Marking a claim, changing its status and tagging it, on the open article: the median and the
 * p95 of each (`render.addClaim.<size>`, `….p95`; the add's p95 is the one with the target).
 */
async function inputBenchmarks(
  page: Page,
  size: string,
  target: number,
  runs: number,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const both = (name: string, timings: InputTiming[], what: string, p95Target: boolean) => {
    const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
    results.push(
      {
        ...inputResult(
          `${name}.p95`,
          timings,
          p95Target ? target : null,
          `p95 of ${timings.length}`,
        ),
        median: Math.round(percentile(sorted, 95) * 10) / 10,
      },
      inputResult(name, timings, p95Target ? null : target, what),
    );
  };
  const adds: InputTiming[] = [];
  for (let i = 0; i < Math.max(20, runs * 4); i++)
    adds.push(await page.evaluate(markClaimIn, 3 + i * 37));
  both(`render.addClaim.${size}`, adds, 'Mark claim to painted', true);

  const statuses = ['supported', 'refuted', 'misleading', 'unverifiable', 'unreviewed'];
  const statusTimes: InputTiming[] = [];
  for (let i = 0; i < Math.max(10, runs * 2); i++)
    statusTimes.push(await page.evaluate(changeStatus, statuses[i % statuses.length]!));
  both(`render.status.${size}`, statusTimes, 'Status select change', false);

  const tags: InputTiming[] = [];
  for (let i = 0; i < Math.max(5, runs); i++) {
    await page.evaluate(markClaimIn, 1000 + i * 11);
    await page.getByRole('button', { name: 'Tag entity', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Tag entity' });
    await dialog.getByRole('combobox', { name: 'Entity' }).fill(`Entity ${i + 1}`);
    await page.waitForTimeout(100);
    await page.evaluate(armTagTimer);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __tag?: InputTiming }).__tag);
    tags.push(await page.evaluate(() => (window as unknown as { __tag: InputTiming }).__tag));
  }
  both(`render.tag.${size}`, tags, 'Enter in Tag entity to painted', false);
  return results;
}

/** The library of 10,000 articles: usable after start, and switching between articles. */
export async function libraryBrowserBenchmarks(
  browser: Browser,
  libraryDir: string,
  runs: number,
): Promise<BenchResult[]> {
  const ready: number[] = [];
  const hostStart: number[] = [];
  const switches: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const host = await startBenchHost(libraryDir);
    const page = await newPage(browser);
    try {
      hostStart.push(host.startMs);
      await page.goto(host.url);
      await page.waitForFunction(
        () => (window as unknown as { __libraryReadyAt?: number }).__libraryReadyAt,
      );
      ready.push(
        await page.evaluate(
          () => (window as unknown as { __libraryReadyAt: number }).__libraryReadyAt,
        ),
      );
      for (let j = 0; j < 4; j++) {
        switches.push(
          await page.evaluate(openFromLibrary, `Library article ${9999 - i * 7 - j * 13}`),
        );
      }
    } finally {
      await page.context().close();
      await host.stop();
    }
  }
  return [
    summarizeRuns('library.hostStart.10k', 'ms', hostStart, null, 'spawn to URL printed'),
    summarizeRuns('library.ready.10k', 'ms', ready, 1000, 'navigation to first row painted'),
    summarizeRuns(
      'library.switch.10k',
      'ms',
      switches,
      100,
      'click to text and highlights painted',
    ),
    {
      ...summarizeRuns('library.switch.10k.p95', 'ms', switches, 150, `p95 of ${switches.length}`),
      median:
        Math.round(
          percentile(
            [...switches].sort((a, b) => a - b),
            95,
          ) * 10,
        ) / 10,
    },
  ];
}

/** The peer and ours side by side on the 100k-word / 5k-annotation article. */
export async function peerBenchmarks(
  browser: Browser,
  article: Article,
  runs: number,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const doc: PeerDocument = {
    html: article.blocks
      .map((b) =>
        b.type === 'paragraph'
          ? `<p>${escape(blockText(b))}</p>`
          : `<h2>${escape(blockText(b))}</h2>`,
      )
      .join('\n\n'),
    text: article.text,
    annotations: [...article.claims, ...article.mentions].map(({ id, start, end }) => ({
      id,
      start,
      end,
    })),
  };
  const dist = join(ROOT, 'node_modules', '@recogito', 'text-annotator', 'dist');
  const script = readFileSync(join(dist, 'text-annotator.umd.js'), 'utf8');
  const css = readFileSync(join(dist, 'text-annotator.css'), 'utf8');
  const first: number[] = [];
  const adds: InputTiming[] = [];
  let counts = { stored: 0, painted: 0 };
  const secondBlock = article.blocks[1]!;
  const blockStart = article.text.indexOf(blockText(secondBlock));
  // The peer takes seconds per run: three runs give its median.
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const page = await newPage(browser);
    try {
      await page.route('http://peer.bench/', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html><head><meta charset="utf-8"><style>${css} body{font:16px/1.6 serif;max-width:720px;margin:auto;white-space:normal}</style></head><body><div id="peer"></div></body></html>`,
        }),
      );
      await page.goto('http://peer.bench/');
      // the UMD bundle reads process.env.NODE_ENV, as a bundler would have replaced it
      await page.addScriptTag({
        content: `var process = { env: { NODE_ENV: 'production' } };\n${script}`,
      });
      const r = await page.evaluate(peerFirstPaint, doc);
      if (r.stored !== doc.annotations.length || r.painted === 0) {
        throw new Error(
          `peer stored ${r.stored} of ${doc.annotations.length} annotations and painted ${r.painted} highlights`,
        );
      }
      counts = r;
      first.push(r.ms);
      for (let j = 0; j < 4; j++) {
        const start = blockStart + 5 + j * 30;
        adds.push(await page.evaluate(peerAddOne, { i: i * 10 + j, start, end: start + 12 }));
      }
    } finally {
      await page.context().close();
    }
  }
  log(
    `  peer: ${counts.stored} annotations stored, ${counts.painted} highlight spans painted in view`,
  );
  return [
    summarizeRuns(
      'peer.recogito.firstPaint.100k.5k',
      'ms',
      first,
      null,
      `${counts.painted} highlight spans in view`,
    ),
    inputResult('peer.recogito.addOne.100k.5k', adds, null, 'addAnnotation to painted'),
  ];
}
