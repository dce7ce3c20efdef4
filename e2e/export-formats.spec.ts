// Export from the Export dialog in every format: each downloads a file the format's tools read,
// with offsets that quote the text in code points.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { EXPORT_FORMATS } from '../shared/export/formats';
import { startHost, type RunningHost } from './support/web-host';
import { codePointSlice, selectWithMouse } from './support/ui';
import { toolbarCommand } from './support/toolbar';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.stop();
});

test('every format downloads from the Export dialog', async ({ page }) => {
  await page.goto(host.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(join(__dirname, 'fixtures', 'news-page.html'));
  const article = page.getByRole('region', { name: 'Article' });
  await selectWithMouse(page, article, 'achieves 73.5% on MMLU');
  await page.keyboard.press('c');
  await page.getByRole('region', { name: 'Claims' }).getByLabel('Status').selectOption('supported');

  let factmarkExport = '';
  for (const format of EXPORT_FORMATS) {
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption({ label: format.label });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const file = await download;
    const bytes = readFileSync((await file.path())!);
    if (format.id === 'factmark') factmarkExport = (await file.path())!;
    if (format.folder) {
      expect(file.suggestedFilename()).toMatch(/\.zip$/);
      const entries = unzipSync(bytes);
      const ann = Object.keys(entries).find((n) => n.endsWith('.ann'))!;
      const txt = strFromU8(entries[ann.replace(/\.ann$/, '.txt')]!);
      const line = strFromU8(entries[ann]!).split('\n')[0]!;
      const [, , start, end] = /^T\d+\tClaim (\d+) (\d+)\t/.exec(line) ? line.split(/[\t ]/) : [];
      expect(codePointSlice(txt, Number(start), Number(end))).toBe('achieves 73.5% on MMLU');
    } else {
      const text = bytes.toString('utf8');
      expect(text, format.id).toContain('achieves 73.5% on MMLU');
      if (format.id === 'doccano') {
        const row = JSON.parse(text.split('\n')[0]!) as {
          text: string;
          label: [number, number, string][];
        };
        const [start, end] = row.label.find((l) => l[2] === 'CLAIM')!;
        expect(codePointSlice(row.text, start, end)).toBe('achieves 73.5% on MMLU');
      }
    }
  }

  // The Factmark export restores the article and its claim in another, empty library.
  const other = await startHost();
  try {
    await page.goto(other.url);
    await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(0);
    const importChooser = page.waitForEvent('filechooser');
    // On a narrow toolbar the command sits in `More`.
    await (await toolbarCommand(page, 'Import annotations')).click();
    await (await importChooser).setFiles(factmarkExport);
    await expect(page.getByRole('status').filter({ hasText: '1 article added' })).toBeVisible();
    await page.getByRole('list', { name: 'Library' }).getByRole('listitem').first().click();
    const claims = page.getByRole('region', { name: 'Claims' });
    await expect(claims.getByRole('listitem')).toHaveCount(1);
    await expect(claims.getByLabel('Status')).toHaveValue('supported');
  } finally {
    await other.stop();
  }
});
