// The XSS suite: hostile HTML pages, Markdown files and pasted HTML opened through the UI of the
// browser mode. Each payload would set `top.__xss` and call a sentinel server on 127.0.0.1 if it
// ever ran; none may, no request may reach the sentinel, and the article DOM must hold no event
// handler, no script-capable element and no javascript:/data:/vbscript: URL.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HTML_VECTORS, MARKDOWN_VECTORS, type Vector } from './fixtures/xss/vectors';
import { startHost, type RunningHost } from './support/web-host';

let host: RunningHost;
let sentinel: Server;
let sentinelPort = 0;
const sentinelHits: string[] = [];
const results = { vectors: 0, executed: [] as string[], unsafeDom: [] as string[] };

test.beforeAll(async () => {
  host = await startHost();
  sentinel = createServer((req, res) => {
    sentinelHits.push(req.url ?? '');
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => sentinel.listen(0, '127.0.0.1', r));
  const address = sentinel.address();
  sentinelPort = typeof address === 'object' && address ? address.port : 0;
});
test.afterAll(async () => {
  console.log(
    `xss suite: vectors ${results.vectors} (html ${HTML_VECTORS.length}, markdown ${MARKDOWN_VECTORS.length}, ` +
      `pasted ${HTML_VECTORS.length + 1}), executed ${results.executed.length}, ` +
      `sentinel requests ${sentinelHits.length}, unsafe DOM ${results.unsafeDom.length}`,
  );
  await host?.stop();
  await new Promise((r) => sentinel?.close(r));
});

/** The code a payload carries: proof of execution, both in the page and on the wire. */
const runCode = (id: string) =>
  `top.__xss='${id}';fetch('http://127.0.0.1:${sentinelPort}/hit-${id}')`;

/** Watches a page for anything a payload could do: dialogs, popups, leaving the app. */
function watch(page: Page): { incidents: string[] } {
  const incidents: string[] = [];
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', (popup) => incidents.push(`popup: ${popup.url()}`));
  page.on('request', (request) => {
    if (request.url().includes(`:${sentinelPort}/`)) incidents.push(`request: ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(host.origin)) {
      incidents.push(`navigated: ${frame.url()}`);
    }
  });
  return { incidents };
}

/** Elements and URLs that have no business in the article (the sanitizer keeps text and links). */
function unsafeInArticle(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Article' }).evaluate((root) => {
    const found: string[] = [];
    const banned =
      'script,iframe,frame,frameset,object,embed,form,input,button,select,textarea,meta,base,link,style,svg,math,template,video,audio,source,img[onerror]';
    for (const el of root.querySelectorAll(banned)) found.push(`<${el.tagName.toLowerCase()}>`);
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        // browsers ignore white space and control characters inside a URL's scheme
        // eslint-disable-next-line no-control-regex
        const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        if (attr.name.startsWith('on')) found.push(`${attr.name} on <${el.tagName.toLowerCase()}>`);
        if (
          /^(href|src|srcset|action|formaction|xlink:href|data|srcdoc|style|background|poster)$/.test(
            attr.name,
          ) &&
          /(javascript|vbscript|data):|expression\(/.test(value)
        ) {
          found.push(`${attr.name}="${attr.value}"`);
        }
      }
    }
    return found;
  });
}

async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(path);
}

async function pasteText(page: Page, text: string) {
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog.getByLabel('Text', { exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Opens one carrier of one vector and checks the article it shows. */
async function checkVector(
  page: Page,
  id: string,
  vector: Vector,
  open: (marker: string, payload: string) => Promise<void>,
) {
  results.vectors++;
  const marker = `xssmarker${id}`;
  await open(marker, vector.payload(runCode(id)));
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(marker);
  const unsafe = await unsafeInArticle(page);
  if (unsafe.length) results.unsafeDom.push(`${id} ${vector.name}: ${unsafe.join(', ')}`);
  const executed = await page.evaluate(() => (window as { __xss?: unknown }).__xss);
  if (executed !== undefined) results.executed.push(`${id} ${vector.name}`);
}

function page(marker: string, title: string, payload: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<article><h1>${title}</h1>
<p>${marker}: Meta released Llama 4 Maverick, which the company says achieves 73.5% on MMLU. The
model is a mixture of experts with seventeen billion active parameters and a long context.</p>
${payload}
<p>Analysts said the release resets the bar for open-weight models, though independent evaluations
are still pending and several benchmarks remain disputed by other labs in the field.</p>
</article></body></html>`;
}

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test('HTML pages: no payload runs', async ({ page: tab }) => {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-xss-'));
  const { incidents } = watch(tab);
  await tab.goto(host.url);
  for (const [i, vector] of HTML_VECTORS.entries()) {
    await checkVector(tab, `h${i}`, vector, async (marker, payload) => {
      const file = join(dir, `vector-${i}.html`);
      writeFileSync(file, page(marker, `Vector h${i}`, payload));
      await openFile(tab, file);
    });
  }
  await tab.waitForTimeout(500); // late event handlers (load, error, focus) would have fired
  expect(incidents).toEqual([]);
  expect(results.executed).toEqual([]);
  expect(results.unsafeDom).toEqual([]);
});

test('Markdown files: no payload runs, no unsafe link', async ({ page: tab }) => {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-xss-md-'));
  const { incidents } = watch(tab);
  await tab.goto(host.url);
  for (const [i, vector] of MARKDOWN_VECTORS.entries()) {
    await checkVector(tab, `m${i}`, vector, async (marker, payload) => {
      const file = join(dir, `vector-${i}.md`);
      writeFileSync(
        file,
        `# Vector m${i}\n\n${marker}: Meta says Maverick achieves 73.5% on MMLU.\n\n${payload}\n\nThe end of the notes.\n`,
      );
      await openFile(tab, file);
    });
  }
  await tab.waitForTimeout(500);
  expect(incidents).toEqual([]);
  expect(results.executed).toEqual([]);
  expect(results.unsafeDom).toEqual([]);
});

test('pasted HTML and pasted text: no payload runs', async ({ page: tab }) => {
  const { incidents } = watch(tab);
  await tab.goto(host.url);
  for (const [i, vector] of HTML_VECTORS.entries()) {
    await checkVector(tab, `p${i}`, vector, (marker, payload) =>
      pasteText(
        tab,
        `<div><h1>Pasted ${i}</h1><p>${marker}: Maverick achieves 73.5% on MMLU.</p>${payload}<p>After.</p></div>`,
      ),
    );
  }
  await checkVector(
    tab,
    'pt',
    {
      name: 'plain text with markup',
      payload: (r) => `<img src=x: onerror="${r}"><script>${r}</script>`,
    },
    (marker, payload) => pasteText(tab, `${marker} said: ${payload}`),
  );
  await tab.waitForTimeout(500);
  expect(incidents).toEqual([]);
  expect(results.executed).toEqual([]);
  expect(results.unsafeDom).toEqual([]);
  expect(sentinelHits).toEqual([]);
});

test('control: the sentinel sees a payload that does run', async ({ page: tab }) => {
  await tab.goto(host.url);
  const code = runCode('control');
  // Run in the page the way an executed payload would: the marker must be seen.
  await tab.evaluate(code).catch(() => undefined); // the CSP may refuse the fetch
  expect(await tab.evaluate(() => (window as { __xss?: unknown }).__xss)).toBe('control');
});
