// How long the corpus view takes on a large library (1,000 articles × 20 claims): a measure,
// not a timed test; run with FACTMARK_CORPUS_SCALE=1 (it is skipped otherwise).
import { expect, test } from '@playwright/test';
import { seedArticle, seedLibrary } from './support/seed-library';
import { newLibraryDir, startHost, type RunningHost } from './support/web-host';

const ARTICLES = 1000;
const CLAIMS = 20;

test.skip(!process.env.FACTMARK_CORPUS_SCALE, 'a measure: set FACTMARK_CORPUS_SCALE=1 to run it');
test.setTimeout(240_000);

let host: RunningHost;

test.beforeAll(async () => {
  const libraryDir = newLibraryDir();
  const articles = Array.from({ length: ARTICLES }, (_, n) => {
    const sentences = Array.from(
      { length: CLAIMS },
      (_, i) => `Model ${n}-${i} achieves ${50 + ((n + i) % 3)}% on MMLU, Café ${i} says.`,
    );
    return seedArticle(
      `art_scale${n}`,
      `Article ${n} about Llama 4`,
      [sentences.join(' ')],
      sentences.map((quote, i) => ({
        quote,
        fields: {
          structured: { subject: `ent_m${i}`, metric: 'MMLU', value: String(50 + ((n + i) % 3)) },
        },
      })),
    );
  });
  seedLibrary(libraryDir, articles, []);
  host = await startHost(libraryDir);
});
test.afterAll(async () => {
  await host?.stop();
});

test('corpus view of 1,000 articles × 20 claims', async ({ page }) => {
  await page.goto(host.url);
  const corpus = page.getByRole('region', { name: 'Corpus' });
  const count = corpus.locator('.fm-corpus-count');
  const timings: Record<string, number> = {};
  for (const label of ['first open', 'second open']) {
    const start = Date.now();
    await page.getByRole('button', { name: 'Corpus' }).click();
    await expect(count).toContainText(`${ARTICLES * CLAIMS} claims`, { timeout: 120_000 });
    timings[label] = Date.now() - start;
    await page.getByRole('button', { name: 'Back to article' }).click();
  }
  await page.getByRole('button', { name: 'Corpus' }).click();
  await expect(count).toContainText(`${ARTICLES * CLAIMS} claims`, { timeout: 120_000 });
  let start = Date.now();
  await corpus.getByLabel('Search claims').fill('model 7-3 ');
  await expect(count).toContainText('claims in', { timeout: 60_000 });
  await expect(count).not.toContainText(`${ARTICLES * CLAIMS} claims`);
  timings['first text filter'] = Date.now() - start;
  start = Date.now();
  await corpus.getByLabel('Search claims').fill('model 9');
  await expect(count).toContainText('2220 claims');
  timings['second text filter'] = Date.now() - start;
  console.log(`corpus view, ${ARTICLES} × ${CLAIMS}: ${JSON.stringify(timings)}`);
  expect(await corpus.locator('.fm-corpus-row').count()).toBeLessThan(100); // virtualised
});
