import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, newLibraryDir } from './support/web-host';
test('debug', async ({ page }) => {
  const host = await startHost(newLibraryDir());
  try {
    await page.goto(host.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file' }).click();
    await (await chooser).setFiles(join(__dirname, 'fixtures', 'news-page.html'));
    await expect(page.getByRole('region', { name: 'Article' })).toContainText('Llama 4 Maverick scales');
    await page.waitForTimeout(1500);
    const html = await page.evaluate(() => {
      const p = [...document.querySelectorAll('.fm-reading-text p')].find((e) => e.textContent!.includes('Meta released'));
      return p?.outerHTML;
    });
    console.log(html);
    await page.screenshot({ path: 'e2e/output/h1-news.png' });
  } finally {
    await host.stop();
  }
});
