// Reloading from a changed source, in the browser mode: a Markdown file and a PDF are annotated,
// then reloaded from a new version with one benign edit (anchored), one rewritten quote
// (drifted) and one deleted sentence (orphaned). The UI shows each state, the export carries
// `anchor` and `orphans`, and the drifted and orphaned annotations can be reviewed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { makePdf } from '../electron/core/loaders/make-test-pdf';
import { FactmarkExportSchema } from '../shared/export/factmark-json';
import { codePointSlice, tagEntity } from './support/ui';
import { toolbarCommand } from './support/toolbar';
import { startHost, type RunningHost } from './support/web-host';

const SHOTS = join(__dirname, 'output');
const TITLE = 'Llama 4 Benchmarks';
const KEPT = 'Maverick achieves 73.5% on MMLU';
const REWORDED = 'Maverick outperforms GPT-4o on several coding benchmarks';
const GONE = 'Behemoth is still in training with 288 billion active parameters';
const V1 = [
  'Meta released the Llama 4 models this month. Maverick achieves 73.5% on MMLU, the company says.',
  'In third-party tests, Maverick outperforms GPT-4o on several coding benchmarks, reviewers found.',
  'Behemoth is still in training with 288 billion active parameters. It is due later this year.',
  'Scout fits on a single GPU and is aimed at smaller labs.',
];
/** A paragraph added before (benign), a word put into a quote, a sentence deleted. */
const V2 = [
  'Update: figures confirmed by Meta.',
  V1[0]!,
  V1[1]!.replace('Maverick outperforms', 'Maverick clearly outperforms'),
  'It is due later this year.',
  V1[3]!,
];

const markdown = (paragraphs: string[]) => [`# ${TITLE}`, ...paragraphs].join('\n\n');
const pdf = (paragraphs: string[]) =>
  makePdf(
    [
      {
        texts: [
          { x: 50, y: 740, size: 18, bold: true, text: TITLE },
          ...paragraphs.map((text, i) => ({ x: 50, y: 680 - i * 60, size: 9, text })),
        ],
      },
    ],
    { title: TITLE },
  );

let host: RunningHost;
let files: string;

test.beforeAll(async () => {
  host = await startHost();
  files = mkdtempSync(join(tmpdir(), 'factmark-reload-e2e-'));
});
test.afterAll(async () => {
  await host?.stop();
});

/**
 * Drags the mouse across `text` in `container`, as a user selects. Unlike support/ui's helper,
 * the text may span several text nodes (suggestion and find decorations split them), and the
 * mouse first leaves the text so no highlight tooltip covers where the drag starts.
 */
async function selectWithMouse(page: Page, container: Locator, text: string): Promise<void> {
  await page.mouse.move(2, 2);
  const box = await container.evaluate((root, needle) => {
    const nodes: Array<{ node: Text; from: number }> = [];
    let all = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, from: all.length });
      all += n.textContent ?? '';
    }
    const at = all.indexOf(needle);
    if (at < 0) return null;
    const end = at + needle.length;
    const first = nodes.find((n) => n.from <= at && at < n.from + n.node.length)!;
    const last = nodes.find((n) => n.from < end && end <= n.from + n.node.length)!;
    const range = document.createRange();
    range.setStart(first.node, at - first.from);
    range.setEnd(last.node, end - last.from);
    // Instant: a smooth scroll would move the text after its place was measured.
    first.node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const a = rects[0]!;
    const b = rects[rects.length - 1]!;
    return {
      x1: a.left + 1,
      y1: a.top + a.height / 2,
      x2: b.right - 1,
      y2: b.top + b.height / 2,
    };
  }, text);
  if (!box) throw new Error(`"${text}" is not in the article`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  // A failed drag fails the test: setting the selection in code would hide a selection bug.
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.trim()).toBe(text);
}

async function chooseFile(page: Page, button: string, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

/** Opens `first`, marks three claims and a mention, reloads from `second`, checks the UI. */
async function annotateAndReload(page: Page, first: string, second: string, shot: string) {
  await page.goto(host.url);
  await chooseFile(page, 'Open file', first);
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText(GONE);
  const text = article.getByRole('document');
  for (const quote of [KEPT, REWORDED, GONE]) {
    await selectWithMouse(page, text, quote);
    await page.getByRole('button', { name: 'Mark claim' }).click();
  }
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('listitem')).toHaveCount(3);
  await selectWithMouse(page, text, 'Meta');
  await page.getByRole('button', { name: 'Tag entity' }).click();
  await tagEntity(page, 'Meta', 'Company');
  await expect(page.getByRole('region', { name: 'Entities' })).toContainText('Meta');

  // A file keeps no path: the app says so and asks for the file.
  const chooser = page.waitForEvent('filechooser');
  await (await toolbarCommand(page, 'Reload from source')).click();
  await expect(page.getByText(/keeps no path to it: choose the file/)).toBeVisible();
  await (await chooser).setFiles(second);
  await expect(
    page.getByText(/Reloaded “Llama 4 Benchmarks”: 2 anchored, 1 drifted .*1 orphaned/),
  ).toBeVisible();

  await expect(article).toContainText('Update: figures confirmed by Meta.');
  await expect(article).not.toContainText(GONE);
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  const drifted = claims.getByRole('group', { name: 'Drifted' });
  await expect(drifted).toHaveCount(1);
  await expect(drifted).toContainText(`Was“${REWORDED}”`);
  await expect(drifted).toContainText('Now“Maverick clearly outperforms GPT-4o');
  const orphans = page.getByRole('region', { name: 'Orphaned annotations' });
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
  await expect(orphans).toContainText(GONE);
  // The drifted claim is painted apart in the text.
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('fm-claim-drifted')?.size ?? 0))
    .toBeGreaterThan(0);
  await claims.getByRole('listitem').filter({ hasText: 'clearly' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, shot) });
  await orphans.scrollIntoViewIfNeeded();
  await orphans.screenshot({ path: join(SHOTS, shot.replace('.png', '-orphans.png')) });
}

/** Exports the open article as Factmark JSON and checks anchors, orphans and offsets. */
async function exportAndCheck(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption({ label: 'Factmark JSON' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const exported = FactmarkExportSchema.parse(
    JSON.parse(readFileSync(await (await download).path(), 'utf8')),
  );
  const doc = exported.documents.find((d) => d.title === TITLE)!;
  const anchorOf = (quote: string) => doc.claims.find((c) => c.quote.includes(quote));
  expect(anchorOf(KEPT)).toMatchObject({ anchor: 'anchored' });
  expect(anchorOf('clearly outperforms')).toMatchObject({
    anchor: 'drifted',
    previousQuote: REWORDED,
  });
  expect(doc.mentions).toEqual([expect.objectContaining({ quote: 'Meta', anchor: 'anchored' })]);
  expect(doc.orphans).toEqual([expect.objectContaining({ kind: 'claim', quote: GONE })]);
  for (const span of [...doc.claims, ...doc.mentions]) {
    expect(codePointSlice(doc.text, span.start, span.end)).toBe(span.quote);
  }
}

/** Accepts the drifted place and places the orphan again on selected text. */
async function review(page: Page) {
  const claims = page.getByRole('region', { name: 'Claims' });
  await claims.getByRole('button', { name: 'Accept new place' }).click();
  await expect(claims.getByRole('group', { name: 'Drifted' })).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('fm-claim-drifted')?.size ?? 0))
    .toBe(0);
  const text = page.getByRole('region', { name: 'Article' }).getByRole('document');
  await selectWithMouse(page, text, 'It is due later this year.');
  await page
    .getByRole('region', { name: 'Orphaned annotations' })
    .getByRole('button', { name: /^Place here/ })
    .click();
  await expect(page.getByRole('region', { name: 'Orphaned annotations' })).toHaveCount(0);
  await expect(claims.getByRole('listitem')).toHaveCount(3);
  await expect(claims).toContainText('It is due later this year.');
}

test('a Markdown file reloaded from a changed version', async ({ page }) => {
  const first = join(files, 'benchmarks.md');
  const second = join(files, 'benchmarks-v2.md');
  writeFileSync(first, markdown(V1));
  writeFileSync(second, markdown(V2));
  await annotateAndReload(page, first, second, 'reload-markdown.png');
  await exportAndCheck(page);
  await review(page);
});

test('a PDF reloaded from a changed version', async ({ page }) => {
  const first = join(files, 'benchmarks.pdf');
  const second = join(files, 'benchmarks-v2.pdf');
  writeFileSync(first, pdf(V1));
  writeFileSync(second, pdf(V2));
  await annotateAndReload(page, first, second, 'reload-pdf.png');
  await exportAndCheck(page);
});

test('reloading an unchanged file says so and changes nothing', async ({ page }) => {
  const first = join(files, 'same.md');
  writeFileSync(first, markdown(V1));
  await page.goto(host.url);
  await chooseFile(page, 'Open file', first);
  const text = page.getByRole('region', { name: 'Article' }).getByRole('document');
  await selectWithMouse(page, text, KEPT);
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await chooseFile(page, 'Reload from source', first);
  await expect(page.getByText(/Reloaded “Llama 4 Benchmarks”: unchanged/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Claims' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Orphaned annotations' })).toHaveCount(0);
});
