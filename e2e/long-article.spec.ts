// A long article is drawn in chunks that the browser lays out only near the screen: it must read,
// select, mark and highlight exactly as a short one, across the chunks' edges too.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/web-host';
import { highlightOnScreen } from './support/highlights';
import { selectWithMouse } from './support/ui';

const SHOTS = join(__dirname, 'output');
const WORDS = 'Meta said the model reached a higher score than its rivals on the reasoning test';

/** About 50,000 characters: paragraphs long enough to fill a few screens each. */
const LONG_TEXT = Array.from(
  { length: 70 },
  (_, i) => `Paragraph ${i + 1} opens here. ` + `${WORDS}, report ${i + 1}. `.repeat(8),
).join('\n\n');

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.stop();
});

async function pasteLongArticle(page: Page): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog.getByLabel('Title (optional)').fill('A long report');
  await dialog.getByLabel('Text', { exact: true }).fill(LONG_TEXT);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Paragraph 1 opens');
}

/** Texts the claim highlights cover (CSS highlights are not in the DOM). */
function claimHighlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => /^fm-claim-\d$/.test(name))
      .flatMap(([, highlight]) => [...highlight].map((r) => (r as Range).toString())),
  );
}

test('a long article reads in chunks, and is marked across them', async ({ page }) => {
  await pasteLongArticle(page);
  const text = page.locator('.fm-reading-text');
  const chunks = text.locator(':scope > .fm-chunk');
  expect(await chunks.count()).toBeGreaterThanOrEqual(3);
  // the blocks stay real headings and paragraphs to assistive technology
  await expect(chunks.first().locator(':scope > h1')).toHaveText('A long report');
  await expect(text.locator('p', { hasText: 'Paragraph 70 opens' })).toHaveCount(1);
  await page.screenshot({ path: join(SHOTS, 'long-article-01-top.png') });

  // a claim deep in the article, in a chunk the browser skipped until it came near
  await selectWithMouse(page, text, 'Paragraph 55 opens here');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(claims).toContainText('Paragraph 55 opens here');
  await expect.poll(() => claimHighlightTexts(page)).toContain('Paragraph 55 opens here');
  await page.screenshot({ path: join(SHOTS, 'long-article-02-middle.png') });

  // find reaches text in a chunk far below, and brings it on screen
  await text.click();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Find in article' });
  await find.fill('Paragraph 66 opens');
  await expect(page.getByRole('search', { name: 'Find' })).toContainText('1 of 1');
  await expect.poll(() => highlightOnScreen(page, 'fm-find-current')).toBe(true);
  await page.keyboard.press('Escape');

  // a selection from the end of one chunk into the start of the next
  const edge = await chunks.first().evaluate((chunk) => {
    const last = chunk.lastElementChild!.textContent!;
    const next = chunk.nextElementSibling!.firstElementChild!.textContent!;
    return { end: last.slice(-12), start: next.slice(0, 12) };
  });
  const box = await chunks.first().evaluate((chunk) => {
    const endNode = chunk.lastElementChild!.lastChild!;
    const startNode = chunk.nextElementSibling!.firstElementChild!.firstChild!;
    endNode.parentElement!.scrollIntoView({ block: 'center' });
    const from = document.createRange();
    from.setStart(endNode, endNode.textContent!.length - 12);
    from.setEnd(endNode, endNode.textContent!.length - 11);
    const to = document.createRange();
    to.setStart(startNode, 11);
    to.setEnd(startNode, 12);
    const a = from.getBoundingClientRect();
    const b = to.getBoundingClientRect();
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 6 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  await expect
    .poll(() => claimHighlightTexts(page))
    .toEqual(expect.arrayContaining([edge.end, edge.start]));
  await page.screenshot({ path: join(SHOTS, 'long-article-03-across.png') });
});
