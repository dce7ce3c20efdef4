// Drag-and-drop onto the window: an overlay while dragging; dropped files (Markdown, HTML, PDF)
// and links open as articles; what cannot be opened gets a message naming it. Drops are
// synthetic (a DataTransfer built in the page), as Playwright cannot drag from the desktop.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makePdf } from '../electron/core/loaders/make-test-pdf';
import { startHost, type RunningHost } from './support/web-host';
import { selectWithMouse } from './support/ui';

const SHOTS = join(__dirname, 'output');
const NEWS_PAGE = readFileSync(join(__dirname, 'fixtures', 'news-page.html'));

interface DroppedFile {
  name: string;
  mimeType: string;
  content: Buffer;
}

/** Plays a drag over the window and, unless `dropIt` is false, the drop. */
async function drag(
  page: Page,
  files: DroppedFile[],
  data: Record<string, string> = {},
  dropIt = true,
) {
  const transfer = await page.evaluateHandle(
    ({ files, data }) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: f.mimeType }));
      }
      for (const [format, value] of Object.entries(data)) dt.setData(format, value);
      return dt;
    },
    {
      files: files.map((f) => ({
        name: f.name,
        mimeType: f.mimeType,
        base64: f.content.toString('base64'),
      })),
      data,
    },
  );
  await page.dispatchEvent('main, body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main, body', 'dragover', { dataTransfer: transfer });
  if (dropIt) await page.dispatchEvent('main, body', 'drop', { dataTransfer: transfer });
}

const markdown: DroppedFile = {
  name: 'llama-notes.md',
  mimeType: 'text/markdown',
  content: Buffer.from(
    '# Llama 4 notes\n\nMeta released **Llama 4 Scout** and Maverick.\n\n| Model | MMLU |\n| --- | --- |\n| Maverick | 73.5 |\n',
  ),
};

let host: RunningHost;
let site: Server;
let siteUrl = '';
test.beforeAll(async () => {
  host = await startHost();
  site = createServer((req, res) => {
    if (req.url === '/news/llama-4') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NEWS_PAGE);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  const address = site.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
test.afterAll(async () => {
  await host?.stop();
  await new Promise((r) => site?.close(r));
});

test('dragging a file shows the drop overlay; dropping a Markdown file opens it', async ({
  page,
}) => {
  await page.goto(host.url);
  const overlay = page.getByText('Drop to open: a web page, PDF, Markdown or text file, or a link');
  await drag(page, [markdown], {}, false);
  await expect(overlay).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'drop-overlay.png') });
  await page.dispatchEvent('body', 'dragleave', {});
  await drag(page, [markdown]);
  await expect(overlay).toBeHidden();
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Llama 4 notes');
  await expect(article).toContainText('Meta released Llama 4 Scout and Maverick.');
  await expect(page.getByRole('list', { name: 'Library' })).toContainText('Llama 4 notes');
});

test('a dropped web page opens with its images as placeholders', async ({ page }) => {
  await page.goto(host.url);
  const html = Buffer.from(
    '<!doctype html><html><head><title>Scout ships</title></head><body><article>' +
      '<h1>Scout ships</h1><p>Meta said Scout fits on a single H100 GPU, a claim worth checking.</p>' +
      '<figure><img src="https://example.com/chart.png" alt="Benchmark chart of Scout and Maverick"></figure>' +
      '<p>Maverick achieves 73.5% on MMLU according to the company, which is ahead of GPT-4o.</p>' +
      '</article></body></html>',
  );
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await drag(page, [{ name: 'scout.html', mimeType: 'text/html', content: html }]);
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Scout ships');
  const placeholder = article.locator('.fm-image-placeholder');
  await expect(placeholder).toHaveText('[Image: Benchmark chart of Scout and Maverick]');
  await expect(article.locator('img')).toHaveCount(0);
  expect(requests.filter((url) => url.includes('example.com'))).toEqual([]);
  await placeholder.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'image-placeholder.png') });
});

test('a dropped PDF opens, and its claims show their page', async ({ page }) => {
  await page.goto(host.url);
  const pdf = makePdf(
    [1, 2, 3].map((n) => ({
      texts: [
        {
          x: 72,
          y: 700,
          size: 12,
          text: `On page ${n} the report says Maverick scored ${70 + n}%.`,
        },
      ],
    })),
    { title: 'Three page report' },
  );
  await drag(page, [
    { name: 'report.pdf', mimeType: 'application/pdf', content: Buffer.from(pdf) },
  ]);
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('On page 2 the report says Maverick scored 72%.');
  await selectWithMouse(page, article, 'Maverick scored 72%');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(claims.getByRole('listitem').first()).toContainText('p. 2');
  await page.screenshot({ path: join(SHOTS, 'claim-page.png') });
});

test('a dropped link opens the page it points to', async ({ page }) => {
  await page.goto(host.url);
  await drag(page, [], {
    'text/uri-list': `${siteUrl}/news/llama-4`,
    'text/plain': `${siteUrl}/news/llama-4`,
  });
  // The test site is on 127.0.0.1: the app asks first.
  await page
    .getByRole('dialog', { name: 'Local network' })
    .getByRole('button', { name: 'Open', exact: true })
    .click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(
    'Llama 4 Resets the Bar for Open-Weight AI',
  );
});

test('what cannot be opened gets a message naming it, and opens nothing', async ({ page }) => {
  await page.goto(host.url);
  const library = page.getByRole('list', { name: 'Library' });
  await expect(page.getByRole('button', { name: 'Open file' })).toBeEnabled();
  const before = await library.getByRole('listitem').count();
  await drag(page, [
    {
      name: 'memo.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
    },
  ]);
  await expect(page.getByRole('alert')).toContainText('memo.docx');
  await expect(page.getByRole('alert')).toContainText('not supported');
  await drag(page, [], { 'text/plain': 'javascript:alert(1)' });
  await expect(page.getByRole('alert')).toContainText('only http and https links open');
  await page.screenshot({ path: join(SHOTS, 'drop-refused.png') });
  await expect(library.getByRole('listitem')).toHaveCount(before);
});
