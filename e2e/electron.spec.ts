// The journey's core in the desktop app itself, through Playwright's Electron driver. Skipped,
// with the reason printed, where no Electron binary is installed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from './support/electron-binary';
import { selectWithMouse, tagEntity } from './support/ui';

const binary = findElectronBinary();
if ('reason' in binary) console.log(`Electron-mode tests skipped: ${binary.reason}`);

test.describe('desktop app', () => {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');

  test('opens pasted text, marks and tags a claim, keeps it after a restart', async () => {
    const libraryDir = mkdtempSync(join(tmpdir(), 'factmark-electron-'));
    const main = resolve(__dirname, '..', 'dist', 'electron', 'main.cjs');
    const launch = () =>
      electron.launch({
        executablePath: (binary as { path: string }).path,
        args: [main, '--library', libraryDir, '--no-sandbox'],
      });
    let app = await launch();
    let page = await app.firstWindow();
    await page.getByRole('button', { name: 'Paste text' }).click();
    const text = readFileSync(
      resolve(__dirname, '..', 'shared', 'suggest', '__fixtures__', 'llama4-news.txt'),
      'utf8',
    );
    await page.getByRole('dialog').getByRole('textbox').first().fill(text);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /open|paste/i })
      .click();
    const article = page.getByRole('region', { name: 'Article' });
    await selectWithMouse(page, article, 'achieves 73.5% on MMLU');
    await page.keyboard.press('c');
    await page.keyboard.press('e');
    await tagEntity(page, 'Llama 4 Maverick', 'Model');
    const claims = page.getByRole('region', { name: 'Claims' });
    await expect(claims.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByText('All changes saved')).toBeVisible();
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    await page.getByRole('list', { name: 'Library' }).getByRole('listitem').first().click();
    await expect(page.getByRole('region', { name: 'Claims' }).getByRole('listitem')).toHaveCount(1);
    await app.close();
  });
});
