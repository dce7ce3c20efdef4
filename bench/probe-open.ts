import { launchBrowser } from './lib/browser-benchmarks';
import { PAINT_HELPERS, openFromLibrary } from './lib/in-page';
import { startBenchHost } from './lib/web-host';

async function main() {
  const host = await startBenchHost(process.argv[2]!);
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PAINT_HELPERS);
  const page = await context.newPage();
  for (let run = 0; run < 4; run++) {
    await page.goto(host.url);
    await page.locator('.fm-library-open').first().waitFor();
    await page.evaluate(() => {
      (window as any).__log = [];
      const log = (window as any).__log;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) log.push([e.entryType, e.name.slice(-60), Math.round(e.startTime), Math.round(e.duration)]);
      }).observe({ entryTypes: ['longtask', 'resource', 'mark', 'measure'] });
      const origFetch = window.fetch;
      window.fetch = async (...args: any[]) => {
        const t = performance.now();
        const r = await (origFetch as any)(...args);
        log.push(['fetch', String(args[0]).slice(-40), Math.round(t), Math.round(performance.now() - t)]);
        return r;
      };
      new MutationObserver(() => {
        const t = document.querySelector('.fm-reading-text');
        if (t && !(t as any).__seen) { (t as any).__seen = 1; log.push(['text', t.textContent!.length + '', Math.round(performance.now()), 0]); }
      }).observe(document.body, { childList: true, subtree: true });
      let last = performance.now();
      const raf = () => {
        const now = performance.now();
        if (now - last > 30) log.push(['gap', '', Math.round(last), Math.round(now - last)]);
        last = now;
        requestAnimationFrame(raf);
      };
      requestAnimationFrame(raf);
    });
    const title = await page.locator('.fm-library-title').first().textContent();
    const t0 = await page.evaluate(() => performance.now());
    const ms = await page.evaluate(openFromLibrary, title!);
    const log = await page.evaluate(() => (window as any).__log);
    console.log(`run ${run}: ${ms.toFixed(0)} ms, t0=${Math.round(t0)}`);
    for (const l of log) console.log('   ', JSON.stringify(l));
  }
  await browser.close();
  await host.stop();
}
void main();
