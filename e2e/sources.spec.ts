// Opening articles the other ways a user does: a URL, pasted text, and files that cannot be
// read — each bad one gets a message naming it and the reason, and the library stays as it was.
import { createServer, type Server } from 'node:http';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/web-host';

const NEWS_PAGE = readFileSync(join(__dirname, 'fixtures', 'news-page.html'));
const LLAMA_TEXT = readFileSync(
  resolve(__dirname, '..', 'shared', 'suggest', '__fixtures__', 'llama4-news.txt'),
  'utf8',
);
const SHOTS = join(__dirname, 'output');

let host: RunningHost;
let site: Server;
let siteUrl = '';

test.beforeAll(async () => {
  host = await startHost();
  site = createServer((req, res) => {
    if (req.url === '/news/llama-4') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NEWS_PAGE);
    } else if (req.url === '/old-link') {
      res.writeHead(301, { location: '/news/llama-4' }).end();
    } else {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  const address = site.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
test.afterAll(async () => {
  await host?.stop();
  await new Promise((r) => site?.close(r));
});

async function openUrl(page: Page, url: string) {
  await page.getByRole('button', { name: 'Open URL' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open URL' });
  await dialog.getByLabel('URL').fill(url);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
}

/** The test site is on 127.0.0.1: the app asks before opening it (once per host). */
async function allowLocalNetwork(page: Page) {
  const question = page.getByRole('dialog', { name: 'Local network' });
  await expect(question).toContainText(
    'This link points to your local network (127.0.0.1). Open it anyway?',
  );
  await question.getByRole('button', { name: 'Open', exact: true }).click();
}

test('a web page by URL opens as a clean article, through a redirect', async ({ page }) => {
  await page.goto(host.url);
  await openUrl(page, `${siteUrl}/old-link`);
  await expect(page.getByRole('dialog', { name: 'Local network' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'sources-local-network.png') });
  await allowLocalNetwork(page);
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Llama 4 Resets the Bar for Open-Weight AI');
  await expect(article).not.toContainText('Accept all cookies');
  await expect(page.getByRole('list', { name: 'Library' })).toContainText('Llama 4 Resets the Bar');
});

test('a URL that fails says which and why, and opens nothing', async ({ page }) => {
  await page.goto(host.url);
  await openUrl(page, `${siteUrl}/gone`);
  await allowLocalNetwork(page);
  await expect(page.getByRole('alert')).toContainText('404');
  await expect(page.getByRole('alert')).toContainText(`${siteUrl}/gone`);
  await page.screenshot({ path: join(SHOTS, 'sources-url-error.png') });
  await page.keyboard.press('Escape');
  await openUrl(page, 'ftp://example.com/file');
  await expect(page.getByRole('alert').first()).toBeVisible();
  // Nothing was added for either: no article from the error page, none for the bad scheme.
  await expect(page.getByRole('list', { name: 'Library' })).not.toContainText('Not found');
  await expect(page.getByRole('list', { name: 'Library' })).not.toContainText('example.com');
});

test('pasted text opens as an article', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog.getByLabel('Title (optional)').fill('Llama 4 news');
  await dialog.getByLabel('Text', { exact: true }).fill(LLAMA_TEXT);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Llama 4 news');
  await expect(article).toContainText('achieves 73.5% on MMLU');
  await page.screenshot({ path: join(SHOTS, 'sources-pasted.png') });
});

test('an empty or binary file gets a message naming it, and the library is untouched', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-bad-'));
  const empty = join(dir, 'empty-notes.txt');
  const binary = join(dir, 'photo.html');
  writeFileSync(empty, '');
  writeFileSync(
    binary,
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
      1, 0,
    ]),
  );
  // A library of its own, so what it holds before is known: one article.
  const own = await startHost();
  await page.goto(own.url);
  await page.getByRole('button', { name: 'Paste text' }).click();
  await page
    .getByRole('dialog', { name: 'Paste text' })
    .getByLabel('Text', { exact: true })
    .fill(LLAMA_TEXT);
  await page
    .getByRole('dialog', { name: 'Paste text' })
    .getByRole('button', { name: 'Open', exact: true })
    .click();
  const library = page.getByRole('list', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(1);
  for (const [file, name] of [
    [empty, 'empty-notes.txt'],
    [binary, 'photo.html'],
  ] as const) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file' }).click();
    await (await chooser).setFiles(file);
    await expect(page.getByRole('alert').filter({ hasText: name })).toBeVisible();
  }
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await own.stop();
});
