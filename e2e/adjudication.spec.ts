// Two annotators' layers on one article: the Agreement figures, an adjudication from start to
// export (the adjudicated layer alone), as a reviewer would do it in the browser mode.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { teamLibrary } from './support/team-library';
import { startHost, type RunningHost } from './support/web-host';

async function runFromPalette(page: Page, name: string) {
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

let host: RunningHost;
test.beforeAll(async () => {
  // The reviewer has a name of their own: a library a team shares refuses a nameless writer.
  host = await startHost(await teamLibrary(), 0, ['--annotator', 'Rae']);
});
test.afterAll(async () => {
  await host?.stop();
});

test('agreement figures, then an adjudication from start to export', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Library' }).getByText('Llama 4 lands').click();
  await expect(page.getByRole('region', { name: 'Article' })).toBeVisible();

  // 3 and 4 claims, 2 with identical spans → F1 4/7; the third overlaps → 6/7; κ = 0.
  await runFromPalette(page, 'Agreement');
  const agreement = page.getByRole('dialog', { name: 'Agreement' });
  const rows = agreement.getByRole('row', { name: /Dana – Lee/ });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('3 / 4 / 2');
  await expect(rows.first()).toContainText('0.571');
  await expect(rows.first()).toContainText('0.857');
  await agreement.getByRole('button', { name: 'Close' }).click();

  await runFromPalette(page, 'Adjudicate');
  const adjudication = page.getByRole('dialog', { name: 'Adjudication' });
  await expect(adjudication.getByRole('status')).toContainText('1 agreed (0 adopted)');
  await adjudication.getByRole('button', { name: 'Adopt agreed (1)' }).click();
  const maverick = adjudication.getByRole('region', { name: /Claim “Maverick scores/ });
  await maverick.getByRole('button', { name: 'Use Lee’s' }).click();
  await maverick.getByLabel(/Adjudicated status/).selectOption('misleading');
  await expect(adjudication.getByRole('status')).toContainText('1 agreed (1 adopted)');
  await expect(adjudication.getByRole('status')).toContainText('(1 decided)');
  await adjudication.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption({ label: 'Factmark JSON' });
  await dialog.getByLabel('Annotators').selectOption({ label: 'Adjudicated layer' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  const claims = exported.documents[0].claims as Array<{
    quote: string;
    status: string;
    annotator: string;
  }>;
  expect(claims.map((c) => [c.quote, c.status, c.annotator])).toEqual([
    ['Meta released Llama 4 today.', 'supported', 'adjudicated'],
    ['Maverick scores 73.5% on MMLU.', 'misleading', 'adjudicated'],
  ]);
});
