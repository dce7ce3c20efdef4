// `npm run bench -- --only=lists`: the app's LongList (on @tanstack/react-virtual) against the
// same rows rendered whole, side by side in one browser, on the two lists that use it: the
// Claims list of 5,000 claims (the app's ClaimRow) and the corpus view's list of 10,000 claims
// of a library. Each run mounts and scrolls both, in turns, in alternating order. The page is
// bench/virtual-list/page.tsx.
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from '@playwright/test';
import type { Claim } from '../../shared/model/annotations';
import type {
  CorpusRow,
  Implementation,
  ListBenchData,
  ListName,
  ScrollSample,
} from '../virtual-list/page';
import { benchArticle, benchRegistry } from './generate';
import { percentile, summarizeRuns, type BenchResult } from './results';

const IMPLEMENTATIONS: readonly Implementation[] = ['long-list', 'plain'];
const LISTS: ReadonlyArray<{ name: ListName; size: string }> = [
  { name: 'claims', size: '5k' },
  { name: 'corpus', size: '10k' },
];
/** A scroll: this many px a frame (about two rows) for this many frames. */
const SCROLL_STEP = 300;
const SCROLL_FRAMES = 240;

/** The page bundled with esbuild: its script and its styles. */
async function bundlePage(): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [join(__dirname, '..', 'virtual-list', 'page.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    outdir: 'out',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const text = (ext: string) =>
    result.outputFiles
      .filter((f) => f.path.endsWith(ext))
      .map((f) => f.text)
      .join('\n');
  return { js: text('.js'), css: text('.css') };
}

/** 5,000 claims with their mentions, and 10,000 corpus rows over as many articles. */
function listData(): ListBenchData {
  const article = benchArticle({ words: 100_000, annotations: 6_250 });
  const other = benchArticle({ words: 100_000, annotations: 6_250, seed: 7 });
  const pool: Claim[] = [...article.claims, ...other.claims];
  const corpus: CorpusRow[] = pool.slice(0, 10_000).map((claim, i) => ({
    key: `art_lib${i}\u0000${claim.id}`,
    title: `Library article ${i}`,
    claim,
  }));
  return {
    claims: article.claims,
    mentions: article.mentions,
    registry: benchRegistry(),
    corpus,
  };
}

async function openPage(browser: Browser): Promise<Page> {
  const { js, css } = await bundlePage();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.setContent(
    `<!doctype html><html><head><style>${css}</style></head><body><div id="root"></div></body></html>`,
  );
  await page.addScriptTag({ content: js });
  const data = listData();
  await page.evaluate(
    (d) => (window as unknown as { __lists: { load(d: ListBenchData): void } }).__lists.load(d),
    data,
  );
  return page;
}

interface Samples {
  mount: number[];
  scrollTotal: number[];
  frameP95: number[];
  over17Pct: number[];
  blank: number[];
}

export async function virtualListBenchmarks(
  browser: Browser,
  runs: number,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const page = await openPage(browser);
  const samples = new Map<string, Samples>();
  const samplesOf = (key: string) => {
    if (!samples.has(key))
      samples.set(key, { mount: [], scrollTotal: [], frameP95: [], over17Pct: [], blank: [] });
    return samples.get(key)!;
  };
  try {
    for (let run = 0; run < runs; run++) {
      // Alternate who goes first, so warming up favours neither.
      const order = run % 2 === 0 ? IMPLEMENTATIONS : [...IMPLEMENTATIONS].reverse();
      for (const list of LISTS) {
        for (const implementation of order) {
          const mount = await page.evaluate(
            ([i, l]) =>
              (
                window as unknown as {
                  __lists: { mount(i: Implementation, l: ListName): Promise<number> };
                }
              ).__lists.mount(i, l),
            [implementation, list.name] as const,
          );
          const scroll = await page.evaluate(
            ([step, count]) =>
              (
                window as unknown as {
                  __lists: { scroll(step: number, count: number): Promise<ScrollSample> };
                }
              ).__lists.scroll(step, count),
            [SCROLL_STEP, SCROLL_FRAMES] as const,
          );
          const sorted = [...scroll.frames].sort((a, b) => a - b);
          const s = samplesOf(`${list.name}.${list.size}.${implementation}`);
          s.mount.push(mount);
          s.scrollTotal.push(scroll.frames.reduce((a, b) => a + b, 0));
          s.frameP95.push(percentile(sorted, 95));
          s.over17Pct.push((100 * sorted.filter((f) => f > 17).length) / sorted.length);
          s.blank.push(scroll.blankFrames);
        }
      }
      log(`  lists: run ${run + 1} of ${runs}`);
    }
  } finally {
    await page.context().close();
  }
  return [...samples].flatMap(([key, s]) => [
    summarizeRuns(`lists.${key}.mount`, 'ms', s.mount, null, 'render to rows settled'),
    summarizeRuns(`lists.${key}.scroll`, 'ms', s.scrollTotal, null, `${SCROLL_FRAMES} frames`),
    summarizeRuns(`lists.${key}.scrollFrameP95`, 'ms', s.frameP95, null, 'p95 frame'),
    summarizeRuns(`lists.${key}.scrollOver17msPct`, '%', s.over17Pct, null),
    summarizeRuns(`lists.${key}.blankFrames`, 'frames', s.blank, null, 'padding in view'),
  ]);
}
