// A long PDF opens with a progress dialog that can cancel it: progress shows, Cancel stops the
// open and the library stays as it was; opening the same file again then completes.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { longReport, REPORT_PAGES as PAGE_COUNT } from './support/long-report';
import { startHost, type RunningHost } from './support/web-host';

const SHOTS = join(__dirname, 'output');

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.stop();
});

const articleFiles = () => {
  const folder = join(host.libraryDir, 'articles');
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')) : [];
};

async function chooseReport(page: Page, pdf: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf });
}

test('a 100-page PDF shows its progress, can be cancelled, and opens the second time', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pdf = longReport();
  await page.goto(host.url);
  const library = page.getByRole('list', { name: 'Library' });
  await expect(page.getByRole('button', { name: 'Open file' })).toBeEnabled();
  expect(articleFiles()).toEqual([]);

  await chooseReport(page, pdf);
  const progress = page.getByRole('progressbar', { name: 'Opening article' });
  const dialog = page.getByRole('dialog', { name: 'Opening article' });
  // Cancel as soon as the dialog shows: on a quiet machine the host reads 100 pages in about a
  // second, and a cancel that comes after the last page is too late to stop anything.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('status')).toContainText('report.pdf: opening was cancelled');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Llama 4 technical report')).toHaveCount(0);
  // Nothing was written (nor later: the one file at the end is the second open's).
  expect(articleFiles()).toEqual([]);
  await expect(library.getByRole('listitem')).toHaveCount(0);

  // The same file again, left to finish.
  await chooseReport(page, pdf);
  await expect(progress).toBeVisible();
  // The pages count up as the host reads them.
  await expect(dialog).toContainText(new RegExp(`Reading page \\d+ of ${PAGE_COUNT}`));
  await expect(progress).toHaveAttribute('max', String(PAGE_COUNT));
  await page.screenshot({ path: join(SHOTS, 'open-progress.png') });
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Llama 4 technical report', { timeout: 60_000 });
  await expect(progress).toBeHidden();
  await expect(library.getByRole('listitem')).toHaveCount(1);
  expect(articleFiles()).toHaveLength(1);
});
