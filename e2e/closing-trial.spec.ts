// The closing trial of evidence and relations, as a new user would do it: on the example article,
// the Maverick HumanEval claim gets its value pointed at the figure in it, is linked to a
// refuting passage in a second article and to a same-claim in a third; the links are followed
// back and forth, the corpus view shows them, and every export carries them where its format
// can (and says what it left out where it cannot).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { seedArticle, seedLibrary } from './support/seed-library';
import { LLAMA_NEWS } from './support/suggestions';
import { openFromLibrary, selectWithMouse } from './support/ui';
import { newLibraryDir, startHost, type RunningHost } from './support/web-host';

const EXAMPLE = 'Llama 4 news';
const REVIEW = 'An independent rerun of Llama 4 benchmarks';
const ROUNDUP = 'Benchmarks roundup';
const CLAIM =
  'Maverick outperforms GPT-4o on several coding and reasoning benchmarks, including HumanEval (passing rate of 86.3%)';
const PASSAGE = 'our rerun of HumanEval gave Maverick a passing rate of 61.2%';
const SAME = 'Maverick passes 86.3% of HumanEval';

let host: RunningHost;
test.beforeAll(async () => {
  const libraryDir = newLibraryDir();
  const example = LLAMA_NEWS.split('\n').filter((line) => line.trim() !== '');
  // id, title, paragraphs, the claims already marked; listed newest first
  const seeds: Array<[string, string, string[], string[]]> = [
    ['art_example', EXAMPLE, example, []],
    ['art_review', REVIEW, [`The launch figures did not hold up: ${PASSAGE}, with prompts.`], []],
    ['art_roundup', ROUNDUP, [`The vendor table says ${SAME}, with no setup.`], [SAME]],
  ];
  const articles = seeds.map(([id, title, paragraphs, claims], i) =>
    seedArticle(
      id,
      title,
      paragraphs,
      claims.map((quote) => ({ quote })),
      `2026-11-26T12:00:0${3 - i}.000Z`,
    ),
  );
  seedLibrary(libraryDir, articles, []);
  host = await startHost(libraryDir);
});
test.afterAll(() => host?.stop());

/** Exports the whole library in `format`; answers the file's bytes and the dialog's notices. */
async function exportLibrary(page: Page, format: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption({ label: format });
  await dialog.getByLabel(/Every article in the library/).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const bytes = readFileSync((await (await download).path())!);
  // An export that left links out keeps the dialog open to say so.
  let notices = '';
  const close = dialog.getByRole('button', { name: 'Close' });
  if (await dialog.isVisible()) {
    notices = (await dialog.textContent()) ?? '';
    await close.click();
  }
  await expect(dialog).toBeHidden();
  return { bytes, text: bytes.toString('utf8'), notices };
}

test('the Maverick HumanEval claim: a role, a refuting passage, a same claim, followed, in the corpus, exported', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  const article = page.getByRole('region', { name: 'Article' });
  const claims = page.getByRole('region', { name: 'Claims' });
  const details = page.getByRole('region', { name: 'Claim details' });
  const evidence = details.getByRole('list', { name: 'Evidence' });

  // Mark the claim on the example article, give it a verdict, point its value at the figure.
  await openFromLibrary(page, EXAMPLE);
  await selectWithMouse(page, article, CLAIM);
  await page.keyboard.press('c');
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await claims.getByLabel('Status').selectOption('refuted');
  await selectWithMouse(page, article, '86.3%');
  await details
    .getByRole('button', { name: 'Point at… (Value: a mention or the selected text)' })
    .click();
  await details
    .getByRole('group', { name: 'Point Value at' })
    .getByRole('button', { name: 'The selected text: “86.3%”' })
    .click();
  // The value read from the quote is kept (a field is filled only when empty), and saved.
  await expect(details.getByLabel('Value', { exact: true })).toHaveValue('86.3');
  await expect(details.getByText('Read from the text, not saved yet.')).toBeHidden();
  await expect(
    details.getByRole('button', { name: 'Value comes from “86.3%”: show it in the text' }),
  ).toBeVisible();

  // Collect evidence: a refuting passage in the second article.
  await details.getByRole('button', { name: 'Collect evidence for this claim' }).click();
  const bar = page.getByRole('region', { name: 'Evidence for' });
  await openFromLibrary(page, REVIEW);
  await selectWithMouse(page, article, PASSAGE);
  await bar.getByRole('button', { name: 'Refutes' }).click();
  const passagePanel = page.getByRole('region', { name: 'Evidence passage' });
  await expect(passagePanel.getByRole('listitem')).toContainText('Refuted claim');
  await expect(passagePanel.getByRole('listitem')).toContainText(CLAIM.slice(0, 40));
  await page.screenshot({ path: 'e2e/output/closing-trial-passage.png' });

  // And a claim of the third article that says the same.
  await openFromLibrary(page, ROUNDUP);
  await claims.getByRole('button', { name: SAME }).click();
  await details.getByRole('button', { name: 'Same claim' }).click();
  await expect(evidence).toContainText('Same claim');
  await bar.getByRole('button', { name: 'Stop' }).click();
  await expect(bar).toBeHidden();

  // Followed back to the claim, which lists both links (the role stays with its field).
  await evidence.getByRole('button', { name: /^Open Same claim/ }).click();
  await expect(article).toContainText('Scout and Maverick');
  await expect(evidence.getByRole('listitem')).toHaveCount(2);
  await expect(evidence).toContainText('Refutes');
  await expect(evidence).toContainText(REVIEW);
  await expect(evidence).toContainText('Same claim');
  await expect(evidence).toContainText(ROUNDUP);
  await expect(claims.getByRole('note', { name: /1 piece of evidence and 1 link/ })).toBeVisible();
  await details.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/output/closing-trial-claim.png' });
  // …and on to the passage, and back again.
  await evidence.getByRole('button', { name: /^Open Refutes/ }).click();
  await expect(article).toContainText(REVIEW);
  await expect(passagePanel).toContainText(PASSAGE);
  await passagePanel.getByRole('button', { name: /^Open Refuted claim/ }).click();
  await expect(article).toContainText('Scout and Maverick');

  // The corpus view shows the links on the claim's row and on the same claim's.
  await page.getByRole('button', { name: 'Corpus' }).click();
  const corpus = page.getByRole('region', { name: 'Corpus' });
  const row = corpus.getByRole('listitem').filter({ hasText: 'Maverick outperforms GPT-4o' });
  await expect(row.first()).toContainText('refutes');
  await expect(row.first()).toContainText(PASSAGE);
  await expect(row.first()).toContainText('same-claim');
  await expect(corpus.getByRole('listitem').filter({ hasText: SAME }).first()).toContainText(
    'same-claim',
  );
  await page.screenshot({ path: 'e2e/output/closing-trial-corpus.png' });
  await page.getByRole('button', { name: 'Corpus' }).click();

  // Every export carries the links where its format can.
  const factmark = JSON.parse((await exportLibrary(page, 'Factmark JSON')).text) as {
    documents: Array<{ id: string; evidence?: Array<{ quote: string }> }>;
    relations: Array<{ type: string }>;
  };
  expect(factmark.relations.map((r) => r.type).sort()).toEqual([
    'refutes',
    'role:value',
    'same-claim',
  ]);
  const passages = factmark.documents.flatMap((d) => d.evidence ?? []).map((e) => e.quote);
  expect(passages.sort()).toEqual(['86.3%', PASSAGE]);

  const w3c = (await exportLibrary(page, 'W3C Web Annotation (JSON-LD)')).text;
  const linking = (
    JSON.parse(w3c) as { first: { items: Array<{ motivation: string; body: unknown }> } }
  ).first.items.filter((a) => a.motivation === 'linking');
  expect(linking.map((a) => JSON.stringify(a.body)).join()).toMatch(
    /refutes.*same-claim|same-claim.*refutes/,
  );
  expect(linking).toHaveLength(3);

  // Label Studio and brat hold one article at a time: the role only; they say what is left out.
  const labelStudio = await exportLibrary(page, 'Label Studio tasks (JSON)');
  expect(labelStudio.text).toMatch(/"labels":\s*\[\s*"role:value"\s*\]/);
  expect(labelStudio.notices).toMatch(
    /Label Studio: 2 of 3 links left out \(2 to other articles\)/,
  );
  const brat = await exportLibrary(page, 'brat standoff (folder)');
  const files = unzipSync(brat.bytes);
  const anns = Object.entries(files).filter(([name]) => name.endsWith('.ann'));
  expect(anns.map(([, ann]) => strFromU8(ann)).join('\n')).toMatch(
    /^R\d+\tRole_value Arg1:T\d+ Arg2:T\d+$/m,
  );
  expect(brat.notices).toMatch(/brat: 2 of 3 links left out \(2 to other articles\)/);

  const csv = (await exportLibrary(page, 'CSV of claims')).text;
  const claimLine = csv.split('\n').find((line) => line.includes('Maverick outperforms'))!;
  expect(claimLine).toContain(`refutes: ""${PASSAGE}"" (${REVIEW})`);
  expect(claimLine).toContain(`same-claim: ""${SAME}"" (${ROUNDUP})`);

  const reviews = JSON.parse(
    (await exportLibrary(page, 'schema.org ClaimReview (JSON-LD)')).text,
  ) as Array<{
    claimReviewed: string;
    citation?: Array<{ text?: string; name?: string; description?: string }>;
  }>;
  const review = reviews.find((r) => r.claimReviewed === CLAIM)!;
  expect(review.citation).toEqual([
    expect.objectContaining({ text: PASSAGE, name: REVIEW, description: 'Refutes' }),
  ]);
  expect(errors).toEqual([]);
});
