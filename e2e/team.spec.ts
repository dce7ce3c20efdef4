// A team on one library folder: two browser-mode hosts as two annotators marking the same
// article at the same time, each seeing the other's marks with their author after a reload;
// Blind mode hiding the other's layer until the article is marked done; others' new marks
// showing live, with three annotators in far-apart colours.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newLibraryDir, startHost, type RunningHost } from './support/web-host';
import { seedArticle, seedLibrary } from './support/seed-library';
import { selectWithMouse, tagEntity } from './support/ui';

const SHOTS = join(__dirname, 'output');
const ARTICLE = seedArticle('art_team', 'Llama 4 lands', [
  'Maverick achieves 73.5% on MMLU, says Meta.',
  'Scout runs on a single GPU.',
]);

const SECOND = seedArticle('art_team_two', 'Gemini 2.5 arrives', [
  'Gemini 2.5 tops LMArena, says Google.',
  'Pricing is unchanged for developers.',
]);

const THIRD = seedArticle('art_team_three', 'Claude 5 ships', [
  'Claude 5 leads SWE-bench, says Anthropic.',
  'It costs less than the model before it.',
  'Benchmarks from others follow next week.',
]);

let dana: RunningHost;
let bob: RunningHost;
let library: string;

test.beforeAll(async () => {
  library = newLibraryDir();
  seedLibrary(library, [ARTICLE, SECOND, THIRD], []);
  dana = await startHost(library, 0, ['--annotator', 'Dana']);
  bob = await startHost(library, 0, ['--annotator', 'Bob']);
});

test.afterAll(async () => {
  await Promise.all([dana?.stop(), bob?.stop()]);
});

async function openArticle(
  page: Page,
  host: RunningHost,
  title = /Llama 4 lands/,
  text = 'Scout runs',
): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: title }).first().click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(text);
}

/** The quotes in an annotator's layer file of an article, as saved on disk. */
function savedQuotes(annotator: string, id: string): string[] {
  const path = join(library, 'layers', annotator, `${id}.json`);
  if (!existsSync(path)) return [];
  return JSON.parse(readFileSync(path, 'utf8')).claims.map((c: { quote: string }) => c.quote);
}

/** The painted CSS highlights of claims in an annotator's colour, with how many ranges each. */
async function annotatorHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights.entries()]
        .filter(([name, h]) => name.startsWith('fm-claim-by-') && h.size > 0)
        .map(([name, h]) => [name, h.size]),
    ),
  );
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

test('Blind mode hides the other layers until I mark the article done', async ({
  browser,
  page,
}) => {
  // Dana tags Meta: a mention in her layer only.
  const danaPage = await (await browser.newContext()).newPage();
  await openArticle(danaPage, dana);
  await selectWithMouse(danaPage, danaPage.getByRole('region', { name: 'Article' }), 'Meta');
  await danaPage.keyboard.press('e');
  await tagEntity(danaPage, 'Meta', 'Company');
  await expect(danaPage.getByText('All changes saved')).toBeVisible();
  await danaPage.close();

  await openArticle(page, bob);
  const claims = page.getByRole('region', { name: 'Claims' });
  const entities = page.getByRole('region', { name: 'Entities' });
  const layers = page.getByRole('group', { name: 'Layers' });
  // The entity list is shared; what the panel lists as tagged here is per layer.
  const noneTagged = entities.getByText('None tagged yet');
  await expect(noneTagged).toBeHidden();
  await layers.getByLabel('Blind').check();
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(claims.getByRole('listitem')).toContainText('Scout');
  // Others' tags stay hidden in the Entities panel too.
  await expect(noneTagged).toBeVisible();
  await expect(page.getByText(/others' layers stay hidden/)).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'team-02-blind.png') });
  await layers.getByRole('button', { name: 'Mark done' }).click();
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  await expect(noneTagged).toBeHidden();
  await expect(layers.getByRole('button', { name: /Done/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.screenshot({ path: join(SHOTS, 'team-03-done.png') });
});

test('my save after another annotator’s is no conflict; theirs come in when I return, in their colour', async ({
  browser,
}) => {
  const gemini = /Gemini 2.5 arrives/;
  const page = async () => (await browser.newContext()).newPage();
  const [danaPage, bobPage] = await Promise.all([
    page().then(async (p) => (await openArticle(p, dana, gemini, 'Pricing'), p)),
    page().then(async (p) => (await openArticle(p, bob, gemini, 'Pricing'), p)),
  ]);
  // Bob saves first; Dana's copy was read before it.
  await markClaim(bobPage, 'Pricing is unchanged');
  await expect.poll(() => savedQuotes('Bob', SECOND.id)).toEqual(['Pricing is unchanged']);
  await markClaim(danaPage, 'Gemini 2.5 tops LMArena');
  await expect.poll(() => savedQuotes('Dana', SECOND.id)).toEqual(['Gemini 2.5 tops LMArena']);
  await expect(danaPage.getByText('All changes saved')).toBeVisible();
  await expect(danaPage.getByText(/another window|reload it/)).toHaveCount(0);
  // Her patch no longer fitted what the host has (Bob's claim): his came in once she saved.
  const claims = danaPage.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  await expect(claims.getByRole('listitem').filter({ hasText: 'Pricing' })).toContainText('Bob');

  // Bob marks more; Dana comes back to her window and sees it, each layer in its colour.
  await markClaim(bobPage, 'says Google');
  await expect.poll(() => savedQuotes('Bob', SECOND.id)).toContain('says Google');
  await danaPage.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(claims.getByRole('listitem')).toHaveCount(3);
  await expect.poll(async () => Object.keys(await annotatorHighlights(danaPage)).length).toBe(2);
  expect(Object.values(await annotatorHighlights(danaPage)).sort()).toEqual([1, 2]);

  for (const theme of ['light', 'dark'] as const) {
    await danaPage.emulateMedia({ colorScheme: theme });
    await expect(danaPage.locator('html')).toHaveAttribute('data-theme', theme);
    const { violations } = await new AxeBuilder({ page: danaPage })
      .withRules(['color-contrast'])
      .analyze();
    const failing = violations.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.html} — ${n.failureSummary ?? ''}`),
    );
    expect(failing, theme).toEqual([]);
    await danaPage.screenshot({ path: join(SHOTS, `team-04-colours-${theme}.png`) });
  }
  // Only mine: one layer, painted as before.
  await danaPage.getByRole('group', { name: 'Layers' }).getByLabel('Layers').selectOption('mine');
  await expect.poll(() => annotatorHighlights(danaPage)).toEqual({});
  await Promise.all([danaPage.close(), bobPage.close()]);
});

test('the same annotator saving from two places is told so', async ({ browser }) => {
  const [here, there] = await Promise.all([
    browser
      .newPage()
      .then(async (p) => (await openArticle(p, bob, /Gemini 2.5 arrives/, 'Pricing'), p)),
    browser
      .newPage()
      .then(async (p) => (await openArticle(p, bob, /Gemini 2.5 arrives/, 'Pricing'), p)),
  ]);
  const before = savedQuotes('Bob', SECOND.id);
  await markClaim(here, 'tops LMArena');
  await expect.poll(() => savedQuotes('Bob', SECOND.id)).toContain('tops LMArena');
  await markClaim(there, 'unchanged for developers');
  await expect(
    there.getByText(/was also saved as Bob from another window, tab or machine/),
  ).toBeVisible();
  await expect
    .poll(() => savedQuotes('Bob', SECOND.id).sort())
    .toEqual([...before, 'tops LMArena', 'unchanged for developers'].sort());
  await Promise.all([here.close(), there.close()]);
});

test('others’ new marks show while I look, without touching my selection, each annotator in a colour of their own', async ({
  browser,
}) => {
  const ana = await startHost(library, 0, ['--annotator', 'Ana']);
  const claude = /Claude 5 ships/;
  const page = async (host: RunningHost) => {
    const p = await (await browser.newContext()).newPage();
    await openArticle(p, host, claude, 'Benchmarks');
    return p;
  };
  const [danaPage, bobPage, anaPage] = await Promise.all([page(dana), page(bob), page(ana)]);
  const claims = danaPage.getByRole('region', { name: 'Claims' });
  // Dana reads and selects a sentence; nothing gives her window focus or shows it again.
  await danaPage.evaluate(() => {
    const w = window as unknown as { returns: number };
    w.returns = 0;
    window.addEventListener('focus', () => w.returns++);
    document.addEventListener('visibilitychange', () => w.returns++);
  });
  const article = danaPage.getByRole('region', { name: 'Article' });
  await selectWithMouse(danaPage, article, 'Benchmarks from others');

  await markClaim(bobPage, 'It costs less');
  await expect(claims.getByRole('listitem').filter({ hasText: 'It costs less' })).toContainText(
    'Bob',
  );
  await markClaim(anaPage, 'leads SWE-bench');
  await expect(claims.getByRole('listitem')).toHaveCount(2);
  expect(await danaPage.evaluate(() => (window as unknown as { returns: number }).returns)).toBe(0);
  expect(await danaPage.evaluate(() => window.getSelection()?.toString())).toBe(
    'Benchmarks from others',
  );

  // Her own claim on what she selected: three annotators, sorted by name, take the palette's
  // first three hues (Ana blue, Bob olive, Dana teal) in the text and on the chips.
  await danaPage.getByRole('button', { name: 'Mark claim' }).click();
  await expect(claims.getByRole('listitem')).toHaveCount(3);
  await expect
    .poll(async () => Object.keys(await annotatorHighlights(danaPage)).sort())
    .toEqual(['fm-claim-by-175-0', 'fm-claim-by-215-0', 'fm-claim-by-65-0']);
  const chip = (name: string) =>
    claims.getByRole('listitem').getByTitle(`${name}'s claim`, { exact: true });
  const chipColours = await Promise.all(
    ['Ana', 'Bob', 'Dana'].map((name) => chip(name).evaluate((el) => getComputedStyle(el).color)),
  );
  expect(new Set(chipColours).size).toBe(3);
  await danaPage.screenshot({ path: join(SHOTS, 'team-05-three-colours.png') });
  await danaPage.emulateMedia({ colorScheme: 'dark' });
  await danaPage.screenshot({ path: join(SHOTS, 'team-06-three-colours-dark.png') });
  await Promise.all([danaPage.close(), bobPage.close(), anaPage.close()]);
  await ana.stop();
});
