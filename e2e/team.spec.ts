// A team on one library folder: two browser-mode hosts as two annotators marking the same
// article at the same time, each seeing the other's marks with their author after a reload;
// Blind mode hiding the other's layer until the article is marked done.
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { newLibraryDir, startHost, type RunningHost } from './support/web-host';
import { seedArticle, seedLibrary } from './support/seed-library';
import { selectWithMouse } from './support/ui';

const SHOTS = join(__dirname, 'output');
const ARTICLE = seedArticle('art_team', 'Llama 4 lands', [
  'Maverick achieves 73.5% on MMLU, says Meta.',
  'Scout runs on a single GPU.',
]);

let dana: RunningHost;
let bob: RunningHost;

test.beforeAll(async () => {
  const library = newLibraryDir();
  seedLibrary(library, [ARTICLE], []);
  dana = await startHost(library, 0, ['--annotator', 'Dana']);
  bob = await startHost(library, 0, ['--annotator', 'Bob']);
});

test.afterAll(async () => {
  await Promise.all([dana?.stop(), bob?.stop()]);
});

async function openArticle(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /Llama 4 lands/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Scout runs');
}

async function markClaim(page: Page, quote: string): Promise<void> {
  await selectWithMouse(page, page.getByRole('region', { name: 'Article' }), quote);
  await page.getByRole('button', { name: 'Mark claim' }).click();
}

test('two annotators mark one article at once and see each other’s marks, attributed', async ({
  browser,
}) => {
  const [danaPage, bobPage] = await Promise.all([
    browser.newPage().then(async (p) => (await openArticle(p, dana), p)),
    browser.newPage().then(async (p) => (await openArticle(p, bob), p)),
  ]);
  await Promise.all([
    markClaim(danaPage, 'Maverick achieves 73.5% on MMLU'),
    markClaim(bobPage, 'Scout runs on a single GPU'),
  ]);
  // Both saved (the second after taking the first in): each sees both after a reload.
  for (const [page, host] of [
    [danaPage, dana],
    [bobPage, bob],
  ] as const) {
    await expect
      .poll(
        async () => {
          await openArticle(page, host);
          return page.getByRole('region', { name: 'Claims' }).getByRole('listitem').count();
        },
        { timeout: 60_000 },
      )
      .toBe(2);
    const claims = page.getByRole('region', { name: 'Claims' });
    await expect(claims.getByRole('listitem').filter({ hasText: 'Maverick' })).toContainText(
      'Dana',
    );
    await expect(claims.getByRole('listitem').filter({ hasText: 'Scout' })).toContainText('Bob');
  }
  await danaPage.screenshot({ path: join(SHOTS, 'team-01-both-layers.png') });

  // Only mine, then only Bob's.
  const layers = danaPage.getByRole('group', { name: 'Layers' });
  await layers.getByLabel('Layers').selectOption('mine');
  await expect(danaPage.getByRole('region', { name: 'Claims' }).getByRole('listitem')).toHaveCount(
    1,
  );
  await layers.getByLabel('Layers').selectOption('one:Bob');
  await expect(
    danaPage.getByRole('region', { name: 'Claims' }).getByRole('listitem'),
  ).toContainText('Scout');
  await layers.getByLabel('Layers').selectOption('all');

  // Editing Bob's claim leaves it his.
  const bobsRow = danaPage
    .getByRole('region', { name: 'Claims' })
    .getByRole('listitem')
    .filter({ hasText: 'Scout' });
  await bobsRow.getByLabel('Status').selectOption('refuted');
  await expect(danaPage.getByText(/That is Bob's annotation/)).toBeVisible();
  await expect(bobsRow.getByLabel('Status')).toHaveValue('unreviewed');
  await Promise.all([danaPage.close(), bobPage.close()]);
});

test('Blind mode hides the other layers until I mark the article done', async ({ page }) => {
  await openArticle(page, bob);
  const claims = page.getByRole('region', { name: 'Claims' });
  const layers = page.getByRole('group', { name: 'Layers' });
  await layers.getByLabel('Blind').check();
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(claims.getByRole('listitem')).toContainText('Scout');
  await expect(page.getByText(/others' layers stay hidden/)).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'team-02-blind.png') });
  await layers.getByRole('button', { name: 'Mark done' }).click();
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  await expect(layers.getByRole('button', { name: /Done/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.screenshot({ path: join(SHOTS, 'team-03-done.png') });
});
