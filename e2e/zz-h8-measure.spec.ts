import { expect, test } from '@playwright/test';
import { startHost } from './support/web-host';
import { LLAMA_NEWS } from './support/suggestions';

test('measure', async ({ page }) => {
  const host = await startHost();
  for (const [label, text] of [
    ['fixture', LLAMA_NEWS],
    ['20k words', Array.from({ length: 35 }, () => LLAMA_NEWS).join('\n\n')],
  ] as const) {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Paste text' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste text' });
    await dialog.getByLabel('Title (optional)').fill(label);
    await dialog.getByLabel('Text', { exact: true }).fill(text);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Article' })).toContainText('Scout and Maverick');
    const t0 = Date.now();
    // Long tasks on the main thread while the engine runs.
    await page.evaluate(() => {
      (window as unknown as { longest: number }).longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          (window as unknown as { longest: number }).longest = Math.max(
            (window as unknown as { longest: number }).longest,
            e.duration,
          );
      }).observe({ type: 'longtask', buffered: false });
    });
    await expect(page.locator('.fm-suggestion').first()).toBeAttached({ timeout: 60000 });
    const ms = Date.now() - t0;
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    const count = await page.locator('[data-suggestion-id]').count();
    console.log(`${label}: suggestions shown after ${ms} ms (after the article), ${count} decorations, longest main-thread task meanwhile ${longest.toFixed(0)} ms`);
  }
  await host.stop();
});
