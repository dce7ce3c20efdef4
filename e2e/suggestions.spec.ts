// Suggestions, by keyboard only: the example article is pasted, Tab goes through what the
// engine suggests, A / Enter / Shift+A accept mentions and a claim, X rejects one. After a
// reload the rejected one stays gone and the accepted ones are saved; the export holds only
// what was accepted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FactmarkExportSchema } from '../shared/export/factmark-json';
import { startHost, type RunningHost } from './support/web-host';
import { codePointSlice } from './support/ui';
import {
  currentId,
  currentStatus,
  currentSuggestionBox,
  focusArticle,
  paintedCount,
  pasteLlamaNews,
  tabTo,
} from './support/suggestions';

const SHOTS = join(__dirname, 'output');

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.stop();
});

test('accept and reject suggestions with the keyboard; only accepted ones are kept', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(host.url);
  await pasteLlamaNews(page);
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  const entities = page.getByRole('region', { name: 'Entities' });
  const claims = page.getByRole('region', { name: 'Claims' });
  const suggestedEntities = suggestions.getByRole('list', { name: 'Suggested entities' });
  await expect(suggestedEntities).toContainText('Llama 4 Maverick');
  await expect(suggestedEntities).toContainText('NVIDIA');
  await expect.poll(() => paintedCount(page, 'fm-suggestion-mention')).toBeGreaterThan(20);
  await expect.poll(() => paintedCount(page, 'fm-suggestion-claim')).toBeGreaterThan(5);
  await page.screenshot({ path: join(SHOTS, 'suggestions-01-offered.png') });

  // Tab rings the first suggestion and scrolls to it.
  await page.keyboard.press('Tab');
  await expect.poll(() => currentId(page)).not.toBeNull();
  await expect
    .poll(async () => {
      const box = await currentSuggestionBox(page);
      return box !== null && box.count === 1 && box.top >= 0 && box.bottom <= 900;
    })
    .toBe(true);

  // A accepts a mention of a gazetteer name: the entity is created, then the mention.
  await tabTo(page, /“Meta” as Meta \(Company\)/);
  await page.keyboard.press('a');
  await expect(entities).toContainText('Meta');
  await expect(entities).toContainText('1 mention');

  // Enter accepts too.
  await tabTo(page, /as Llama 4 Scout \(Model\)/);
  await page.keyboard.press('Enter');
  await expect(entities).toContainText('Llama 4 Scout');

  // X rejects (the keys go down the article, in reading order).
  await tabTo(page, /“NVIDIA” as NVIDIA/);
  await page.keyboard.press('x');
  await expect(suggestedEntities).not.toContainText('NVIDIA');
  await expect(currentStatus(page)).not.toContainText('NVIDIA');

  // Shift+A accepts every mention of that entity at once.
  await tabTo(page, /as Llama 4 Maverick \(Model\)/);
  await page.keyboard.press('Shift+A');
  await expect(
    entities.getByRole('listitem').filter({ hasText: 'Llama 4 Maverick' }),
  ).toContainText('4 mentions');
  await expect(suggestedEntities).not.toContainText('Llama 4 Maverick');

  // A claim, with the fields read from its text.
  await tabTo(page, /claim “In third-party evaluations/);
  await page.keyboard.press('a');
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(claims.getByRole('listitem').first()).toContainText('In third-party evaluations');

  await page.screenshot({ path: join(SHOTS, 'suggestions-02-accepted-light.png') });
  await page.keyboard.press('Control+Shift+D'); // dark theme
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: join(SHOTS, 'suggestions-03-accepted-dark.png') });
  await page.keyboard.press('Control+Shift+D');

  // Reload: the rejected suggestion stays gone, the accepted annotations are saved.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await page
    .getByRole('list', { name: 'Library' })
    .getByRole('listitem')
    .filter({ hasText: 'Llama 4 news' })
    .click();
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(entities).toContainText('Llama 4 Maverick');
  await expect(entities).toContainText('Llama 4 Scout');
  await expect(suggestedEntities).toContainText('Hugging Face');
  await expect(suggestedEntities).not.toContainText('NVIDIA');
  await expect(suggestedEntities).not.toContainText('Llama 4 Maverick');
  await focusArticle(page);

  // The export has the accepted annotations only.
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption({ label: 'Factmark JSON' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const exported = FactmarkExportSchema.parse(
    JSON.parse(readFileSync(await (await download).path(), 'utf8')),
  );
  const doc = exported.documents[0]!;
  const nameOf = new Map(exported.entities.map((e) => [e.id, e.name]));
  expect(doc.mentions.map((m) => nameOf.get(m.entity)).sort()).toEqual([
    'Llama 4 Maverick',
    'Llama 4 Maverick',
    'Llama 4 Maverick',
    'Llama 4 Maverick',
    'Llama 4 Scout',
    'Meta',
  ]);
  expect(exported.entities.map((e) => e.name).sort()).toEqual([
    'Llama 4 Maverick',
    'Llama 4 Scout',
    'Meta',
  ]);
  expect(doc.claims).toHaveLength(1);
  expect(doc.claims[0]!.quote).toMatch(/^In third-party evaluations, Maverick outperforms GPT-4o/);
  for (const span of [...doc.claims, ...doc.mentions]) {
    expect(codePointSlice(doc.text, span.start, span.end)).toBe(span.quote);
  }
  const raw = JSON.stringify(exported);
  expect(raw).not.toContain('sm_');
  expect(raw).not.toContain('sc_');
  expect(pageErrors).toEqual([]);
});
