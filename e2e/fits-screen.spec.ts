// On laptop screens no control is cut off and the window never scrolls sideways: the toolbar
// folds what does not fit into `More` (each command keeps its name there), the library folds,
// the side panel's sections fold with `Claims` first, and the corpus takes the whole width.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/web-host';
import { closeMoreMenu, TOOLBAR_COMMANDS, toolbarCommand } from './support/toolbar';

const NEWS_PAGE = join(__dirname, 'fixtures', 'news-page.html');
const SHOTS = join(__dirname, 'output');
const SIZES = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1440, 900],
] as const;

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.stop();
});

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** Every control of the toolbar lies inside the window. */
async function expectToolbarInside(page: Page) {
  const width = page.viewportSize()!.width;
  for (const button of await page.getByRole('banner').getByRole('button').all()) {
    if (!(await button.isVisible())) continue;
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  }
}

for (const [width, height] of SIZES) {
  test(`fits ${width}×${height}: every command reachable, nothing scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    const chooser = page.waitForEvent('filechooser');
    await (await toolbarCommand(page, 'Open file')).click();
    await (await chooser).setFiles(NEWS_PAGE);
    const article = page.getByRole('region', { name: 'Article' });
    await expect(article).toContainText('Llama 4 Maverick scales');
    await expectNoSidewaysScroll(page);
    await expectToolbarInside(page);

    // Claims come first in the side panel; suggestions wait, folded, until asked for.
    const sections = page.getByRole('complementary', { name: 'Review' }).getByRole('region');
    await expect(sections.first()).toHaveAttribute('aria-label', 'Claims');
    const suggestions = page.getByRole('region', { name: 'Suggestions' });
    const toggle = suggestions.getByRole('button', { name: 'Suggestions' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(suggestions.getByRole('list', { name: 'Suggested entities' })).toBeVisible();
    // Suggested names are whole: "Llama 4 Maverick" and "Llama 4 Scout", not "Llama 4…".
    for (const name of await suggestions.locator('.fm-suggested-entity-name').all()) {
      expect(await name.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    }
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: join(SHOTS, `fit-${width}x${height}.png`) });

    for (const name of TOOLBAR_COMMANDS) {
      const control = await toolbarCommand(page, name);
      await expect(control).toBeVisible();
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await closeMoreMenu(page);
    }

    // The corpus takes the whole width; the article's panels wait.
    await (await toolbarCommand(page, 'Corpus')).click();
    const corpus = page.getByRole('region', { name: 'Corpus' });
    await expect(corpus).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Review' })).toBeHidden();
    const corpusBox = (await corpus.boundingBox())!;
    expect(corpusBox.width).toBeGreaterThan(width * 0.6);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: join(SHOTS, `fit-${width}x${height}-corpus.png`) });
  });
}

test('the More menu works by keyboard and panes resize by keyboard, remembered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(host.url);
  const more = page.getByRole('banner').getByRole('button', { name: 'More' });
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'More commands' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();

  const handle = page.getByRole('separator', { name: 'Review panel width' });
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 16));
  await page.reload();
  await expect(page.getByRole('separator', { name: 'Review panel width' })).toHaveAttribute(
    'aria-valuenow',
    String(before + 16),
  );
});
