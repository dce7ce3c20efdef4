// A library of a few hundred articles: the first screen of rows shows first, the whole list
// follows (count, scrolling to the oldest row), and the library index that makes a start fast
// is written, kept, and never trusted over a file changed behind the app's back.
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serializeArticleFile } from '../electron/core/library/library-files';
import { seedArticle, seedLibrary } from './support/seed-library';
import { newLibraryDir, startHost, type RunningHost } from './support/web-host';

const COUNT = 400;
const updatedAt = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
const articleAt = (n: number) =>
  seedArticle(
    `art_scale${n}`,
    `Scale article ${n}`,
    [`Paragraph of article ${n}.`],
    [],
    updatedAt(n),
  );

let host: RunningHost;

test.beforeAll(async () => {
  const libraryDir = newLibraryDir();
  seedLibrary(
    libraryDir,
    Array.from({ length: COUNT }, (_, n) => articleAt(n)),
    [],
  );
  host = await startHost(libraryDir);
});
test.afterAll(async () => {
  await host?.stop();
});

const rows = (page: Page) => page.getByRole('list', { name: 'Library' }).getByRole('listitem');
const count = (page: Page) => page.locator('#fm-library .fm-count');

/** Scrolls the library pane to its end until the row titled `title` is there. */
async function scrollLibraryTo(page: Page, title: string) {
  const row = page.getByRole('list', { name: 'Library' }).getByText(title, { exact: true });
  await expect
    .poll(
      async () => {
        await page
          .locator('#fm-library')
          .evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
        return row.count();
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  return row;
}

test('shows the newest rows first, then the whole library, and writes its index', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(rows(page).first()).toContainText(`Scale article ${COUNT - 1}`);
  await expect(count(page)).toHaveText(String(COUNT));
  await page.screenshot({ path: 'e2e/output/library-scale.png' });
  const oldest = await scrollLibraryTo(page, 'Scale article 0');
  await expect(page.locator('#fm-library .fm-more')).toHaveCount(0);
  await oldest.click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(
    'Paragraph of article 0.',
  );
  const index = JSON.parse(readFileSync(join(host.libraryDir, 'index.json'), 'utf8')) as {
    entries: Record<string, unknown>;
  };
  expect(Object.keys(index.entries)).toHaveLength(COUNT);
});

test('a start after a file changed behind the app shows the file, not the index', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(count(page)).toHaveText(String(COUNT));
  expect(existsSync(join(host.libraryDir, 'index.json'))).toBe(true);
  const path = join(host.libraryDir, 'articles', 'art_scale5.json');
  const edited = { ...articleAt(5), title: 'Scale article 5, edited by hand' };
  writeFileSync(path, serializeArticleFile({ ...edited, updatedAt: updatedAt(COUNT + 1) }));
  const later = new Date(Date.now() + 10_000);
  utimesSync(path, later, later);
  // The renderer's reload lists again through the same host, whose index is in memory.
  await page.reload();
  await expect(rows(page).first()).toContainText('Scale article 5, edited by hand');
  await expect(count(page)).toHaveText(String(COUNT));
  await expect(
    page.getByRole('list', { name: 'Library' }).getByText('Scale article 5', { exact: true }),
  ).toHaveCount(0);
});
