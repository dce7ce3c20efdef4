import { rmSync } from 'node:fs';
import { launchBrowser } from './lib/browser-benchmarks';
import { markClaimIn, openFromLibrary, PAINT_HELPERS } from './lib/in-page';
import { writeMatrixLibrary } from './lib/libraries';
import { startBenchHost } from './lib/web-host';
(async () => {
  const { dir } = writeMatrixLibrary((s) => s.words === 1_000 && s.annotations === 100 || s.words === 100_000 && s.annotations === 5_000);
  const host = await startBenchHost(dir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(PAINT_HELPERS);
    const page = await context.newPage();
    page.on('console', (m) => console.log('console:', m.text()));
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    await page.goto(host.url);
    await page.locator('.fm-library-open').first().waitFor();
    for (let i = 0; i < 3; i++) {
      console.log('first paint', await page.evaluate(openFromLibrary, 'Bench 100000 words 5000 annotations'));
      await page.goto(host.url);
      await page.locator('.fm-library-open').first().waitFor();
    }
    console.log('small', await page.evaluate(openFromLibrary, 'Bench 1000 words 100 annotations'));
    console.log('add', await page.evaluate(markClaimIn, 3));
    await page.screenshot({ path: 'e2e/output/h1-light.png' });
    console.log(await page.evaluate(() => [...CSS.highlights].map(([n, h]) => `${n}:${h.size}`).join(' ')));
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.screenshot({ path: 'e2e/output/h1-dark.png' });
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
})();
