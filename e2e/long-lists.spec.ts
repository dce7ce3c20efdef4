// Long lists render only the rows near view (components/LongList.tsx): the Claims list of an
// article with 400 claims of varying height and the corpus view. Scrolled to the end they show
// the last row; Tab walks on through rows not rendered at first; a claim opened from the corpus
// is brought into view in the Claims list, clear of the section's sticky title.
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Entity } from '../shared/model/entities';
import { seedArticle, seedLibrary, type SeedClaim } from './support/seed-library';
import { newLibraryDir, startHost, type RunningHost } from './support/web-host';

const SHOTS = join(__dirname, 'output');
const CLAIMS = 400;

const ENTITIES: Entity[] = [
  { id: 'ent_maverick', type: 'model', name: 'Llama 4 Maverick', aliases: [], links: {} },
  { id: 'ent_meta', type: 'company', name: 'Meta', aliases: [], links: {} },
  { id: 'ent_lecun', type: 'person', name: 'Yann LeCun', aliases: [], links: {} },
];

/** Sentence `n`: every fifth one long enough to wrap over several lines. */
function sentence(n: number): string {
  const long = n % 5 === 0 ? ' according to a benchmark table that runs on for a good while' : '';
  return `Claim ${n} says model ${n} scores ${n % 100}% on the test${long.repeat(3)}.`;
}

/** Every third claim tagged with three entities: taller rows among short ones. */
function seedClaim(n: number): SeedClaim {
  return {
    quote: sentence(n),
    fields: n % 3 === 0 ? { entities: ENTITIES.map((e) => e.id) } : {},
  };
}

let host: RunningHost;

test.beforeAll(async () => {
  const libraryDir = newLibraryDir();
  const numbers = Array.from({ length: CLAIMS }, (_, i) => i + 1);
  seedLibrary(
    libraryDir,
    [
      seedArticle(
        'art_long',
        'An article with many claims',
        numbers.map(sentence),
        numbers.map(seedClaim),
      ),
    ],
    ENTITIES,
  );
  host = await startHost(libraryDir);
});
test.afterAll(async () => {
  await host?.stop();
});

async function openLongArticle(page: Page): Promise<Locator> {
  await page.goto(host.url);
  await page
    .getByRole('list', { name: 'Library' })
    .getByText('An article with many claims')
    .click();
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.locator('.fm-count')).toHaveText(String(CLAIMS));
  return claims;
}

/** Whether the rows rendered cover the part of the list that its scroller shows. */
function rowsCoverView(list: Locator, scroller: string): Promise<boolean> {
  return list.evaluate((ul, selector) => {
    const [view, box] = [ul.closest(selector)!, ul].map((e) => e.getBoundingClientRect());
    const shown = {
      top: Math.max(view!.top, box!.top),
      bottom: Math.min(view!.bottom, box!.bottom),
    };
    const rows = [...ul.children].map((li) => li.getBoundingClientRect());
    if (shown.bottom <= shown.top) return true;
    return rows[0]!.top <= shown.top + 1 && rows.at(-1)!.bottom >= shown.bottom - 1;
  }, scroller);
}

test('the Claims list renders the rows near view and reaches its last claim', async ({ page }) => {
  const claims = await openLongArticle(page);
  const list = claims.locator('ul.fm-claim-list');
  const rows = list.locator(':scope > li');
  await expect(rows.first()).toContainText('Claim 1 says');
  expect(await rows.count()).toBeLessThan(60);
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(CLAIMS));
  expect(await rowsCoverView(list, '.fm-side')).toBe(true);

  await page.locator('.fm-side').evaluate((side) => side.scrollTo({ top: side.scrollHeight / 2 }));
  await expect.poll(() => rowsCoverView(list, '.fm-side')).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'long-claims-middle.png') });

  // Scrolled to the end of the list (which settles as rows are measured), its last claim shows.
  const last = rows.filter({ hasText: `Claim ${CLAIMS} says` });
  await expect(async () => {
    await page.locator('.fm-side').evaluate((side) => {
      const end = side.querySelector('ul.fm-claim-list')!.getBoundingClientRect().bottom;
      side.scrollBy({ top: end - side.getBoundingClientRect().bottom });
    });
    await expect(last).toBeInViewport({ timeout: 1000 });
  }).toPass();
  await expect(last).toHaveAttribute('aria-posinset', String(CLAIMS));
  expect(await rows.count()).toBeLessThan(60);
});

test('Tab walks on through claims that were not rendered at first', async ({ page }) => {
  const claims = await openLongArticle(page);
  const rows = claims.locator('ul.fm-claim-list > li');
  await expect(rows.first()).toContainText('Claim 1 says');
  const firstRendered = await rows.count();
  await rows.first().locator('.fm-claim-quote').focus();
  const focusedRow = () =>
    page.evaluate(() =>
      Number(document.activeElement?.closest('li.fm-claim-row')?.getAttribute('aria-posinset')),
    );
  // Far enough to leave every row rendered at first; focus must stay in the list, in view.
  for (let pressed = 0; (await focusedRow()) <= firstRendered + 5; pressed++) {
    expect(pressed, 'Tab left the Claims list').toBeLessThan(400);
    await page.keyboard.press('Tab');
    expect(await focusedRow(), 'Tab left the Claims list').toBeGreaterThan(0);
  }
  await expect(page.locator(':focus')).toBeInViewport();
});

test('a claim opened from a long corpus list is brought into view in the Claims list', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Corpus' }).click();
  const corpus = page.getByRole('region', { name: 'Corpus' });
  await expect(corpus.locator('.fm-corpus-count')).toContainText(`${CLAIMS} claims`);
  const list = corpus.locator('ul.fm-corpus-list');
  expect(await list.locator(':scope > li').count()).toBeLessThan(60);

  await page.locator('.fm-center').evaluate((center) => center.scrollTo({ top: 1e7 }));
  const target = list.locator(':scope > li').filter({ hasText: `Claim ${CLAIMS - 3} says` });
  await expect(target).toBeInViewport();
  expect(await rowsCoverView(list, '.fm-center')).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'long-corpus-end.png') });

  await target.locator('.fm-corpus-quote').click();
  const active = page.getByRole('region', { name: 'Claims' }).locator('li[aria-current="true"]');
  await expect(active).toContainText(`Claim ${CLAIMS - 3} says`);
  await expect(active).toBeInViewport();
  // Not hidden under the sticky `Claims` title.
  const title = await page.locator('.fm-side .fm-panel-title').first().boundingBox();
  await expect
    .poll(async () => (await active.boundingBox())!.y)
    .toBeGreaterThanOrEqual(title!.y + title!.height);
  await page.screenshot({ path: join(SHOTS, 'long-claims-revealed.png') });
});
