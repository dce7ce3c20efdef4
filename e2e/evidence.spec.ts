// Evidence across articles, as a fact-checker works: a claim marked in one article, evidence
// collected for it, a refuting passage selected by mouse in a second article, the link followed
// there and back, removed, undone and redone, exported as Factmark JSON; and a `Same claim` link
// to a claim of a third article. Axe checks the screen with the evidence bar and the list.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedArticle, seedLibrary } from './support/seed-library';
import { clickOnText, openFromLibrary, selectWithMouse } from './support/ui';
import { newLibraryDir, startHost, type RunningHost } from './support/web-host';

const CLAIM = 'Maverick scores 62% on HumanEval';
const PASSAGE = 'our rerun of HumanEval gave Maverick 48%';
const SAME = 'Maverick reaches 62% on HumanEval';

let host: RunningHost;
test.beforeAll(async () => {
  const libraryDir = newLibraryDir();
  seedLibrary(
    libraryDir,
    [
      seedArticle(
        'art_launch',
        'Meta launches Llama 4',
        [`Meta says ${CLAIM}. Scout fits on a single GPU.`],
        [],
        '2026-11-26T12:00:03.000Z',
      ),
      seedArticle(
        'art_review',
        'An independent review of Llama 4',
        [`We could not confirm the figures: ${PASSAGE}, well below the announcement.`],
        [],
        '2026-11-26T12:00:02.000Z',
      ),
      seedArticle(
        'art_roundup',
        'Benchmarks roundup',
        [`The vendor table says ${SAME}, with no details on the setup.`],
        [{ quote: SAME }],
        '2026-11-26T12:00:01.000Z',
      ),
    ],
    [],
  );
  host = await startHost(libraryDir);
});
test.afterAll(async () => {
  await host?.stop();
});

/** Serious and critical axe findings on the page, printed where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a claim linked to a refuting passage in another article, followed, undone, exported', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  const article = page.getByRole('region', { name: 'Article' });
  const claims = page.getByRole('region', { name: 'Claims' });
  const details = page.getByRole('region', { name: 'Claim details' });

  // Mark the claim in the first article and collect evidence for it.
  await openFromLibrary(page, 'Meta launches Llama 4');
  await selectWithMouse(page, article, CLAIM);
  await page.keyboard.press('c');
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await details.getByRole('button', { name: 'Collect evidence for this claim' }).click();
  const bar = page.getByRole('region', { name: 'Evidence for' });
  await expect(bar).toContainText(CLAIM);

  // In the second article, select the passage by mouse and use it as refuting evidence.
  await openFromLibrary(page, 'An independent review of Llama 4');
  await expect(bar).toContainText('Meta launches Llama 4');
  await selectWithMouse(page, article, PASSAGE);
  await bar.getByRole('button', { name: 'Refutes' }).click();
  const passagePanel = page.getByRole('region', { name: 'Evidence passage' });
  await expect(passagePanel).toContainText(PASSAGE);
  await expect(passagePanel.getByRole('listitem')).toContainText(`Refuted claim`);
  await expect(passagePanel.getByRole('listitem')).toContainText(CLAIM);
  await page.screenshot({ path: 'e2e/output/evidence-passage.png' });
  expect(await seriousViolations(page)).toEqual([]);
  // The same screen in the dark theme (it follows the system's until one is picked).
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: 'e2e/output/evidence-passage-dark.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  // Follow the link back to the claim: it lists the passage, with a count on its row.
  await passagePanel.getByRole('button', { name: /^Open Refuted claim/ }).click();
  await expect(article).toContainText('Meta launches Llama 4');
  const evidence = details.getByRole('list', { name: 'Evidence' });
  await expect(evidence.getByRole('listitem')).toHaveCount(1);
  await expect(evidence.getByRole('listitem')).toContainText('Refutes');
  await expect(evidence.getByRole('listitem')).toContainText('An independent review of Llama 4');
  await expect(claims.getByRole('note', { name: '1 piece of evidence' })).toBeVisible();
  await page.screenshot({ path: 'e2e/output/evidence-claim.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // And there again: the passage's article opens with the passage picked.
  await evidence.getByRole('button', { name: /^Open Refutes/ }).click();
  await expect(article).toContainText('An independent review of Llama 4');
  await expect(passagePanel).toContainText(PASSAGE);
  // Closed, the panel comes back with a click on the passage in the text.
  await passagePanel.getByRole('button', { name: 'Close' }).click();
  await expect(passagePanel).toBeHidden();
  await clickOnText(page, article, PASSAGE);
  await expect(passagePanel).toContainText('Refuted claim');

  // Back at the claim: remove the link, undo, redo.
  await passagePanel.getByRole('button', { name: /^Open Refuted claim/ }).click();
  await expect(evidence.getByRole('listitem')).toHaveCount(1);
  await evidence.getByRole('button', { name: /^Remove link Refutes/ }).click();
  await expect(details.getByText('No links yet.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(evidence.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(details.getByText('No links yet.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(evidence.getByRole('listitem')).toHaveCount(1);

  // A `Same claim` link to a claim of a third article.
  await openFromLibrary(page, 'Benchmarks roundup');
  await claims.getByRole('button', { name: SAME }).click();
  await details.getByRole('button', { name: 'Same claim' }).click();
  await expect(details.getByRole('list', { name: 'Evidence' })).toContainText('Same claim');
  await expect(details.getByRole('list', { name: 'Evidence' })).toContainText(CLAIM);
  await bar.getByRole('button', { name: 'Stop' }).click();
  await expect(bar).toBeHidden();

  // Export the library as Factmark JSON: the passage and both links are in it.
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption({ label: 'Factmark JSON' });
  await dialog.getByLabel(/Every article in the library/).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
    documents: Array<{ id: string; evidence?: Array<{ quote: string }> }>;
    relations?: Array<{ type: string }>;
  };
  const review = exported.documents.find((d) => d.id === 'art_review')!;
  expect(review.evidence?.map((e) => e.quote)).toEqual([PASSAGE]);
  expect(exported.relations?.map((r) => r.type).sort()).toEqual(['refutes', 'same-claim']);
});
