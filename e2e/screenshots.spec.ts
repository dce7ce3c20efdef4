// The README's pictures of the app, made from the app itself: the example article at 1440×900
// with claims, mentions and the Claims panel, in the light and the dark theme, written to
// docs/screenshots/ (committed; run this spec again after a visible change).
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './support/web-host';
import { selectWithMouse, tagEntity } from './support/ui';

const NEWS_PAGE = join(__dirname, 'fixtures', 'news-page.html');
const OUT = join(__dirname, '..', 'docs', 'screenshots');

let host: RunningHost;
// A host (and library) per picture: each shows the one article it opened.
test.beforeEach(async () => {
  // Named, as anyone past their first minute is: the picture shows no first-start question.
  host = await startHost(undefined, 0, ['--annotator', 'Ana']);
});
test.afterEach(async () => {
  await host?.stop();
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of the example article (${theme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(host.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a file' }).click();
    await (await chooser).setFiles(NEWS_PAGE);
    const article = page.getByRole('region', { name: 'Article' });
    await expect(article).toContainText('Llama 4 Maverick scales', { timeout: 30_000 });

    await selectWithMouse(page, article, 'Llama 4 Scout, with 17 billion active parameters');
    await page.keyboard.press('c');
    await selectWithMouse(page, article, 'Maverick outperforms GPT-4o');
    await page.keyboard.press('c');
    await page.keyboard.press('e');
    await tagEntity(page, 'Llama 4 Maverick', 'Model');
    await selectWithMouse(page, article, 'Hugging Face');
    await page.keyboard.press('e');
    await tagEntity(page, 'Hugging Face', 'Company');
    const claims = page.getByRole('region', { name: 'Claims' });
    await expect(claims.getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Entities' })).toContainText('Hugging Face');
    // The picture a reader sees: the article from its title, no toast, no focus ring, no hover.
    await page
      .locator('.fm-notice-dismiss')
      .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
    await expect(page.locator('.fm-status .fm-notice')).toHaveCount(0);
    await page.evaluate(() => {
      window.getSelection()?.removeAllRanges();
      (document.activeElement as HTMLElement | null)?.blur();
      document.querySelector('.fm-center')?.scrollTo(0, 0);
    });
    await page.mouse.move(0, 880);
    await expect(article).toContainText('Llama 4 Resets the Bar');
    await page.screenshot({ path: join(OUT, `factmark-${theme}.png`) });
  });
}
