// Profiles opening the 100,000-word / 5,000-annotation article in the built app (CPU profile
// through the Chrome DevTools protocol) and prints the functions with the most self time.
// Run: npx tsx bench/profile.ts (after npm run build)
import { rmSync } from 'node:fs';
import { launchBrowser } from './lib/browser-benchmarks';
import { openFromLibrary, PAINT_HELPERS } from './lib/in-page';
import { benchArticle } from './lib/generate';
import { writeMatrixLibrary } from './lib/libraries';
import { startBenchHost } from './lib/web-host';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

async function main(): Promise<void> {
  const { dir } = writeMatrixLibrary();
  const host = await startBenchHost(dir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(PAINT_HELPERS);
    const page = await context.newPage();
    await page.goto(host.url);
    await page.locator('.fm-library-open').first().waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const title = benchArticle({ words: 100_000, annotations: 5_000 }).title;
    const ms = await page.evaluate(openFromLibrary, title);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const selfMs = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    console.log(`first paint ${ms.toFixed(0)} ms; self time by function:`);
    for (const [key, t] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
    }
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
