// Two tabs on the same article in the browser mode: neither overwrites the other's claims.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './support/web-host';
import { selectWithMouse } from './support/ui';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.stop();
});

test('claims marked in two tabs are both kept', async ({ context }) => {
  const first = await context.newPage();
  await first.goto(host.url);
  const chooser = first.waitForEvent('filechooser');
  await first.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(join(__dirname, 'fixtures', 'news-page.html'));
  await expect(first.getByRole('region', { name: 'Article' })).toContainText(
    'Llama 4 Maverick scales',
  );

  const second = await context.newPage();
  await second.goto(host.url);
  await second.getByRole('list', { name: 'Library' }).getByRole('listitem').first().click();
  await expect(second.getByRole('region', { name: 'Article' })).toContainText(
    'Llama 4 Maverick scales',
  );

  await selectWithMouse(
    first,
    first.getByRole('region', { name: 'Article' }),
    'achieves 73.5% on MMLU',
  );
  await first.keyboard.press('c');
  await expect(first.getByText('All changes saved')).toBeVisible();

  await selectWithMouse(
    second,
    second.getByRole('region', { name: 'Article' }),
    'passing rate of 86.3%',
  );
  await second.keyboard.press('c');
  await expect(
    second.getByRole('status').filter({ hasText: 'both sets of changes are kept' }),
  ).toBeVisible();
  await expect(second.getByRole('region', { name: 'Claims' }).getByRole('listitem')).toHaveCount(2);
  await expect(second.getByText('All changes saved')).toBeVisible();

  await first.reload();
  await first.getByRole('list', { name: 'Library' }).getByRole('listitem').first().click();
  await expect(first.getByRole('region', { name: 'Claims' }).getByRole('listitem')).toHaveCount(2);
});
