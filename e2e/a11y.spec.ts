// Accessibility, measured by axe-core on every screen and state, in the light and the dark
// theme: the start screen, an article with claims, mentions and the current suggestion, each
// dialog, the command palette, the shortcuts overlay, the More menu and the corpus. No serious
// or critical violation is allowed; each one found is printed with where it is.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { dialogScan, scan, type Found } from './support/axe';
import { startHost, type RunningHost } from './support/web-host';
import { selectWithMouse, tagEntity } from './support/ui';
import { showSuggestions } from './support/suggestions';
import { toolbarCommand } from './support/toolbar';

const NEWS_PAGE = join(__dirname, 'fixtures', 'news-page.html');
const CLAIM = 'Maverick outperforms GPT-4o on several coding and reasoning benchmarks';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.stop();
});

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation anywhere (${theme})`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme: theme });
    const found: Found[] = [];
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.getByRole('button', { name: 'Choose a file' })).toBeVisible();
    await scan(page, 'start screen', found);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a file' }).click();
    await (await chooser).setFiles(NEWS_PAGE);
    const article = page.getByRole('region', { name: 'Article' });
    await expect(article).toContainText('Llama 4 Maverick scales', { timeout: 30_000 });

    // A claim tagged with a model, and a company mention.
    await selectWithMouse(page, article, CLAIM);
    await page.keyboard.press('c');
    const claims = page.getByRole('region', { name: 'Claims' });
    await expect(claims.getByRole('listitem')).toHaveCount(1);
    await page.keyboard.press('e');
    await expect(page.getByRole('dialog', { name: 'Tag entity' })).toBeVisible();
    await scan(page, 'dialog Tag entity', found, 'dialog');
    await tagEntity(page, 'Llama 4 Maverick', 'Model');
    await selectWithMouse(page, article, 'Hugging Face');
    await page.keyboard.press('e');
    await tagEntity(page, 'Hugging Face', 'Company');
    await expect(page.getByRole('region', { name: 'Entities' })).toContainText('Hugging Face');

    // Suggestions shown, one of them current; the claim's details open.
    await showSuggestions(page);
    await article.getByRole('document').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.fm-suggestion-status')).toHaveAttribute('data-suggestion-id', /.+/);
    await claims.getByRole('listitem').first().click();
    await expect(page.getByRole('region', { name: 'Claim details' })).toBeVisible();
    await scan(page, 'article with claims, mentions, suggestions, claim details', found);

    await dialogScan(page, 'Open URL', found, async () =>
      (await toolbarCommand(page, 'Open URL')).click(),
    );
    await dialogScan(page, 'Paste text', found, async () =>
      (await toolbarCommand(page, 'Paste text')).click(),
    );
    await dialogScan(page, 'Export', found, async () =>
      (await toolbarCommand(page, 'Export')).click(),
    );
    await dialogScan(page, 'Command palette', found, () => page.keyboard.press('Control+k'));
    await dialogScan(page, 'Keyboard shortcuts', found, async () => {
      await page.locator('body').focus();
      await page.keyboard.press('?');
    });
    await dialogScan(page, 'Entity types', found, () =>
      page.getByRole('button', { name: 'Entity types' }).click(),
    );
    const editMeta = () => page.getByRole('button', { name: 'Edit Hugging Face' }).click();
    await dialogScan(page, 'Edit entity', found, editMeta);
    await dialogScan(page, 'Merge entities', found, async () => {
      await editMeta();
      await page.getByRole('button', { name: 'Merge…' }).click();
    });
    await dialogScan(page, 'Delete entity', found, async () => {
      await editMeta();
      await page.getByRole('button', { name: 'Delete…' }).click();
    });

    // The More menu, on a narrow window.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('banner').getByRole('button', { name: 'More' }).click();
    await expect(page.getByRole('menu', { name: 'More commands' })).toBeVisible();
    await scan(page, 'More menu', found, '.fm-toolbar');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu', { name: 'More commands' })).toBeHidden();
    await page.setViewportSize({ width: 1440, height: 900 });

    await (await toolbarCommand(page, 'Corpus')).click();
    await expect(page.getByRole('region', { name: 'Corpus' })).toContainText('Maverick');
    await scan(page, 'corpus', found);

    expect(found.map((f) => `${f.state}: ${f.rule}`)).toEqual([]);
  });
}
