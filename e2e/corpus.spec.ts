// The corpus view across three articles: every claim, filters, a conflicting value flagged, a
// click that opens the article at its claim; and searching the library and the article.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Entity } from '../shared/model/entities';
import { highlightTexts } from './support/highlights';
import { seedArticle, seedLibrary } from './support/seed-library';
import { newLibraryDir, startHost, type RunningHost } from './support/web-host';

const SHOTS = join(__dirname, 'output');

const ENTITIES: Entity[] = [
  { id: 'ent_maverick', type: 'model', name: 'Llama 4 Maverick', aliases: ['Maverick'], links: {} },
  { id: 'ent_scout', type: 'model', name: 'Llama 4 Scout', aliases: ['Scout'], links: {} },
  { id: 'ent_meta', type: 'company', name: 'Meta', aliases: [], links: {} },
];

const mmlu = (value: string) => ({
  entities: ['ent_maverick'],
  structured: { subject: 'ent_maverick', metric: 'MMLU', value, unit: '%' },
});

let host: RunningHost;

test.beforeAll(async () => {
  const libraryDir = newLibraryDir();
  seedLibrary(
    libraryDir,
    [
      seedArticle(
        'art_launch',
        'Meta launches Llama 4',
        ['Meta says Maverick achieves 73.5% on MMLU. Scout fits on a single GPU.'],
        [
          {
            quote: 'Maverick achieves 73.5% on MMLU',
            fields: { ...mmlu('73.5'), status: 'supported' },
          },
          { quote: 'Scout fits on a single GPU', fields: { entities: ['ent_scout'] } },
        ],
        '2026-11-26T12:00:03.000Z',
      ),
      seedArticle(
        'art_review',
        'An independent review of Llama 4',
        ['Our rerun found Maverick scores 71.2% on MMLU, below the announced figure.'],
        [
          {
            quote: 'Maverick scores 71.2% on MMLU',
            fields: { ...mmlu('71.2'), status: 'refuted' },
          },
        ],
        '2026-11-26T12:00:02.000Z',
      ),
      seedArticle(
        'art_roundup',
        'Benchmarks roundup',
        ['The table lists Maverick at 73.50% on MMLU. Meta trained the Café model too.'],
        [{ quote: 'Maverick at 73.50% on MMLU', fields: mmlu('73.50') }],
        '2026-11-26T12:00:01.000Z',
      ),
    ],
    ENTITIES,
  );
  host = await startHost(libraryDir);
});
test.afterAll(async () => {
  await host?.stop();
});

test('the corpus view lists every claim, filters them and flags the conflicting value', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Corpus' }).click();
  const corpus = page.getByRole('region', { name: 'Corpus' });
  const rows = corpus.getByRole('listitem').filter({ has: page.locator('.fm-corpus-quote') });
  await expect(rows).toHaveCount(4);

  // 71.2 % disagrees with 73.5 % (and with 73.50 %, the same value written otherwise).
  const review = rows.filter({ hasText: 'Maverick scores 71.2% on MMLU' });
  await expect(review.getByText('Conflicting', { exact: true })).toBeVisible();
  await expect(review).toContainText('Other articles say: 73.5 % (Meta launches Llama 4)');
  await expect(rows.filter({ hasText: 'Maverick achieves 73.5%' })).toContainText('Conflicting');
  await expect(rows.filter({ hasText: 'Maverick achieves 73.5%' })).toContainText('71.2 %');
  await expect(rows.filter({ hasText: 'Scout fits' })).not.toContainText('Conflicting');
  await expect(corpus).toContainText('Llama 4 Maverick · MMLU · 71.2 %');
  await page.screenshot({ path: join(SHOTS, 'corpus-all.png') });

  // Every claim about one entity: picked from a claim's chip.
  await rows
    .filter({ hasText: 'Scout fits' })
    .getByRole('button', { name: 'Llama 4 Scout' })
    .click();
  await expect(
    corpus.getByRole('heading', { name: 'Every claim about Llama 4 Scout' }),
  ).toBeVisible();
  await expect(rows).toHaveCount(1);
  await corpus.getByLabel('Entity', { exact: true }).selectOption({ label: 'Llama 4 Maverick' });
  await expect(rows).toHaveCount(3);
  await corpus.getByLabel('Status').selectOption('refuted');
  await expect(rows).toHaveCount(1);
  await corpus.getByLabel('Status').selectOption('');
  await corpus.getByLabel('Entity', { exact: true }).selectOption('');
  await corpus.getByLabel('Entity type').selectOption({ label: 'Model' });
  await expect(rows).toHaveCount(4);
  await corpus.getByLabel('Entity type').selectOption('');
  await corpus.getByLabel('Article').selectOption({ label: 'Benchmarks roundup' });
  await expect(rows).toHaveCount(1);
  await corpus.getByLabel('Article').selectOption('');
  await corpus.getByLabel('Search claims').fill('SCORES');
  await expect(rows).toHaveCount(1);
  await corpus.getByLabel('Search claims').fill('');
  await corpus.getByLabel('Only conflicting').check();
  await expect(rows).toHaveCount(3);
  await page.screenshot({ path: join(SHOTS, 'corpus-conflicts.png') });

  // A click opens the article with that claim active.
  await rows.filter({ hasText: 'Maverick scores 71.2%' }).locator('.fm-corpus-quote').click();
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Our rerun found Maverick');
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.locator('li[aria-current="true"]')).toContainText('Maverick scores 71.2%');
  await expect(page.getByRole('region', { name: 'Claim details' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Claim details' }).getByLabel('Value', { exact: true }),
  ).toHaveValue('71.2');
  expect(errors).toEqual([]);
});

test('library search finds words in every article and opens one at the match', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('searchbox', { name: 'Search library' }).fill('cafe');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Benchmarks roundup');
  await expect(results).toContainText('Meta trained the Café model too');
  await page.screenshot({ path: join(SHOTS, 'library-search.png') });
  await results.getByRole('button').click();

  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('The table lists Maverick');
  const find = page.getByRole('textbox', { name: 'Find in article' });
  await expect(find).toHaveValue('cafe');
  await expect.poll(() => highlightTexts(page, 'fm-find-current')).toEqual(['Café']);
});

test('Ctrl+F finds in the article: count, next and previous, Escape closes', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Library' }).getByText('Meta launches Llama 4').click();
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Scout fits');
  await article.getByRole('document').click();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Find in article' });
  await expect(find).toBeFocused();
  await find.fill('LLAMA');
  await expect(page.getByRole('search', { name: 'Find' })).toContainText('1 of 1');
  await find.fill('a');
  const count = page.getByRole('search', { name: 'Find' }).getByRole('status');
  const total = Number(/of (\d+)/.exec((await count.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(5);
  // a short article: every match is painted
  await expect.poll(async () => (await highlightTexts(page, 'fm-find-match')).length).toBe(total);
  await expect(count).toHaveText(`1 of ${total}`);
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await page.getByRole('button', { name: 'Previous match' }).click();
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText(`${total} of ${total}`);
  await find.fill('single gpu');
  await expect.poll(() => highlightTexts(page, 'fm-find-current')).toEqual(['single GPU']);
  await page.screenshot({ path: join(SHOTS, 'find-in-article.png') });
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect.poll(() => highlightTexts(page, 'fm-find-match')).toEqual([]);
});
