// brat, doccano and spaCy hold one annotator's layer per file: with several annotators the
// Export dialog takes mine for them, rather than refusing everyone's after Save.
import { expect, test } from '@playwright/test';
import { teamLibrary } from './support/team-library';
import { startHost, type RunningHost } from './support/web-host';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost(await teamLibrary(), 0, ['--annotator', 'Lee']);
});
test.afterAll(async () => {
  await host?.stop();
});

test('a one-layer format takes my layer, and everyone’s comes back with the next format', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Library' }).getByText('Llama 4 lands').click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Behemoth');
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const format = dialog.getByLabel('Format');
  const layers = dialog.getByLabel('Annotators');
  await expect(layers).toHaveValue('all');

  await format.selectOption({ label: 'brat standoff (folder)' });
  await expect(layers).toHaveValue('Lee');
  await expect(layers.locator('option[value="all"]')).toBeDisabled();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await download;
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.keyboard.press('Control+Shift+E');
  await format.selectOption({ label: 'doccano JSONL' });
  await expect(layers).toHaveValue('Lee');
  await format.selectOption({ label: 'CSV of claims' });
  await expect(layers.locator('option[value="all"]')).toBeEnabled();
  await layers.selectOption('all');
  await expect(layers).toHaveValue('all');
});
