// The whole loop of the foundation issue, as a user does it in the browser mode: open a real
// news page, mark a claim, tag a model and a company, set a status, export, and find
// everything again after a reload and after restarting the host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FactmarkExportSchema } from '../shared/export/factmark-json';
import { startHost, newLibraryDir, type RunningHost } from './support/web-host';
import { codePointSlice, selectWithMouse, tagEntity } from './support/ui';

const NEWS_PAGE = join(__dirname, 'fixtures', 'news-page.html');
const SHOTS = join(__dirname, 'output');
const CLAIM = 'Maverick outperforms GPT-4o on several coding and reasoning benchmarks';

let host: RunningHost;
const libraryDir = newLibraryDir();

test.beforeAll(async () => {
  host = await startHost(libraryDir);
});
test.afterAll(async () => {
  await host?.stop();
});

async function openNewsPage(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(NEWS_PAGE);
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(
    'Llama 4 Maverick scales',
  );
}

test('open a web page, annotate it, export, and find it all again', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(host.url);
  await page.screenshot({ path: join(SHOTS, '01-start.png') });

  await openNewsPage(page);
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Llama 4 Resets the Bar for Open-Weight AI');
  for (const chrome of [
    'Accept all cookies',
    'Share on X',
    'Related stories',
    'Comments (42)',
    'All rights reserved',
    'Subscribe to our newsletter',
    'FirstCommenter99',
  ]) {
    await expect(article).not.toContainText(chrome);
  }
  expect(
    await page.evaluate(() => (window as unknown as { __factmarkPwned?: string }).__factmarkPwned),
  ).toBeUndefined();
  await expect(article.locator('a[href^="javascript:"]')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, '02-article.png') });

  // A claim, by mouse and the toolbar button, then tagged with a model.
  await selectWithMouse(page, article, CLAIM);
  await page.getByRole('button', { name: 'Mark claim' }).click();
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(claims.getByRole('listitem').first()).toContainText('Maverick outperforms GPT-4o');
  await page.getByRole('button', { name: 'Tag entity' }).click();
  await tagEntity(page, 'Llama 4 Maverick', 'Model');
  await expect(claims.getByRole('listitem').first()).toContainText('Llama 4 Maverick');

  // A second, nested claim with the keyboard, and a company mention inside it.
  await selectWithMouse(page, article, 'achieves 73.5% on MMLU');
  await page.keyboard.press('c');
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  await selectWithMouse(page, article, 'Meta released them under a commercial license');
  await page.keyboard.press('e');
  await tagEntity(page, 'Meta', 'Company');
  const entities = page.getByRole('region', { name: 'Entities' });
  await expect(entities).toContainText('Llama 4 Maverick');
  await expect(entities).toContainText('Meta');

  // Status of the first claim.
  await claims.getByRole('listitem').first().getByLabel('Status').selectOption('supported');
  await page.screenshot({ path: join(SHOTS, '03-annotated.png') });

  // Export the Factmark JSON and check it as another tool would read it.
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption({ label: 'Factmark JSON' });
  await page.screenshot({ path: join(SHOTS, '04-export.png') });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const file = await (await download).path();
  const exported = FactmarkExportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  expect(exported.documents).toHaveLength(1);
  const doc = exported.documents[0]!;
  expect(doc.claims.map((c) => c.quote)).toEqual([CLAIM, 'achieves 73.5% on MMLU']);
  for (const span of [...doc.claims, ...doc.mentions]) {
    expect(codePointSlice(doc.text, span.start, span.end)).toBe(span.quote);
  }
  const byName = new Map(exported.entities.map((e) => [e.name, e]));
  expect(byName.get('Llama 4 Maverick')?.type).toBe('model');
  expect(byName.get('Meta')?.type).toBe('company');
  expect(doc.claims[0]!.status).toBe('supported');
  expect(doc.claims[0]!.entities).toContain(byName.get('Llama 4 Maverick')!.id);
  expect(doc.mentions.map((m) => m.quote)).toEqual([
    'Meta released them under a commercial license',
  ]);

  // Reload the page: the article and its annotations come back from the library.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  const library = page.getByRole('list', { name: 'Library' });
  await library.getByRole('listitem').filter({ hasText: 'Llama 4 Resets the Bar' }).click();
  await expect(claims.getByRole('listitem')).toHaveCount(2);

  // Restart the host on the same library: still everything there.
  await host.stop();
  host = await startHost(libraryDir);
  await page.goto(host.url);
  await page
    .getByRole('list', { name: 'Library' })
    .getByRole('listitem')
    .filter({ hasText: 'Llama 4 Resets the Bar' })
    .click();
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  await expect(claims.getByRole('listitem').first().getByLabel('Status')).toHaveValue('supported');
  await expect(claims.getByRole('listitem').first()).toContainText('Llama 4 Maverick');
  await expect(entities).toContainText('Meta');
  await page.screenshot({ path: join(SHOTS, '05-after-restart.png') });
  expect(pageErrors).toEqual([]);
});
