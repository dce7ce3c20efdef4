// The tour with the keyboard alone — open → mark → tag → review → export — as someone who uses
// no mouse does it: Tab, Enter, letters and arrows, never a click. At each step the focused
// control shows a focus ring with contrast, and a dialog gives focus back where it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FactmarkExportSchema } from '../shared/export/factmark-json';
import { expectVisibleFocus, tabToControl } from './support/focus';
import { currentStatus, tabTo as tabToSuggestion } from './support/suggestions';
import { startHost, type RunningHost } from './support/web-host';

const ARTICLE = [
  'Meta released Llama 4 Maverick on April 5, 2025.',
  'Maverick scores 73.5% on MMLU, ahead of GPT-4o, according to Meta.',
  'The launch event was held in Menlo Park.',
].join('\n\n');
const CLAIM = 'Maverick scores 73.5% on MMLU, ahead of GPT-4o, according to Meta.';

const SHOTS = join(__dirname, 'output');

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost(undefined, 0, ['--annotator', 'Kim']);
});
test.afterAll(async () => {
  await host?.stop();
});

/** Opens ARTICLE as a keyboard user does: Tab to `Paste text`, paste, Tab to `Open`. */
async function pasteWithKeyboard(page: Page) {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Paste text' }).first()).toBeVisible();
  const banner = page.getByRole('banner');
  await tabToControl(page, banner.getByRole('button', { name: 'Paste text' }), 'Paste text');
  await page.keyboard.press('Enter');
  const paste = page.getByRole('dialog', { name: 'Paste text' });
  await expect(paste.getByLabel('Text', { exact: true })).toBeFocused();
  await expectVisibleFocus(page, 'the text to paste');
  await page.keyboard.insertText(ARTICLE);
  await tabToControl(page, paste.getByRole('button', { name: 'Open', exact: true }), 'Open');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Menlo Park');
}

test('open, mark, tag, review and export with the keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  // Open: Tab to `Paste text`, paste, Tab to `Open`.
  await pasteWithKeyboard(page);
  const article = page.getByRole('region', { name: 'Article' });

  // Mark: open `Suggestions`, go into the text, Tab to the suggested claim, A accepts it.
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  const toggle = suggestions.getByRole('button', { name: 'Suggestions' });
  await tabToControl(page, toggle, 'the Suggestions section');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await tabToControl(page, article.getByRole('document'), 'the article', { backwards: true });
  await tabToSuggestion(page, /claim “Maverick scores 73\.5%/);
  await expect(currentStatus(page)).toContainText('claim');
  await expectVisibleFocus(page, 'the article, a suggestion current');
  await page.keyboard.press('a');
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(claims.getByRole('listitem')).toContainText('Maverick scores 73.5%');

  // Tag: E tags the claim just marked; the dialog gives focus back to the article.
  await page.keyboard.press('e');
  const tag = page.getByRole('dialog', { name: 'Tag entity' });
  const entity = tag.getByRole('combobox', { name: 'Entity' });
  await expect(entity).toBeFocused();
  await expectVisibleFocus(page, 'the Entity field');
  await page.keyboard.type('Llama 4 Maverick');
  await tabToControl(page, tag.getByLabel('Type', { exact: true }), 'the Type choice');
  await expect(tag.getByLabel('Type', { exact: true })).toHaveValue('model');
  await page.keyboard.press('Enter');
  await expect(tag).toBeHidden();
  await expect(claims.getByRole('listitem')).toContainText('Llama 4 Maverick');
  await expect(article.getByRole('document')).toBeFocused();
  await expectVisibleFocus(page, 'back in the article after tagging');

  // Review: Tab to the claim's Status, pick `Supported` with the keyboard, write a Note.
  const row = claims.getByRole('listitem').first();
  await tabToControl(page, row.getByLabel('Status'), 'Status');
  await page.keyboard.press('s'); // the first status starting with S: Supported
  await expect(row.getByLabel('Status')).toHaveValue('supported');
  await tabToControl(page, row.getByLabel('Note'), 'Note');
  await page.keyboard.type('Checked against the model card.');

  // Export: Ctrl+K works from the note too; the palette finds `Export`; Tab to Save.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox', { name: 'Command' })).toBeFocused();
  await expectVisibleFocus(page, 'the palette');
  await page.keyboard.type('Export');
  await page.keyboard.press('Enter');
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog).toBeVisible();
  const format = exportDialog.getByLabel('Format');
  await tabToControl(page, format, 'Format');
  await expect(format.locator('option:checked')).toHaveText('Factmark JSON');
  await tabToControl(page, exportDialog.getByRole('button', { name: 'Save' }), 'Save');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await (await download).path();
  await expect(exportDialog).toBeHidden();
  // Focus goes back where the palette was opened from, and the note is as typed.
  await expect(row.getByLabel('Note')).toBeFocused();
  await expect(row.getByLabel('Note')).toHaveValue('Checked against the model card.');

  const exported = FactmarkExportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const doc = exported.documents.find((d) => d.text.includes('Menlo Park'))!;
  const maverick = exported.entities.find((e) => e.name === 'Llama 4 Maverick')!;
  expect(doc.claims).toEqual([
    expect.objectContaining({
      quote: CLAIM,
      status: 'supported',
      note: 'Checked against the model card.',
      entities: [maverick.id],
    }),
  ]);
});

test('mark a claim on any words of the text with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await pasteWithKeyboard(page);
  const article = page.getByRole('region', { name: 'Article' });
  const text = article.getByRole('document');
  const caret = article.locator('.fm-keyboard-caret');
  const said = article.locator('[aria-live="polite"]');
  await tabToControl(page, text, 'the article');

  // F7 puts a caret in the text; the live region says how to use it.
  await expect(caret).toHaveCount(0);
  await page.keyboard.press('F7');
  await expect(caret).toBeVisible();
  await expect(said).toContainText('Selecting text with the keyboard');
  await expectVisibleFocus(page, 'the article, selecting with the keyboard');

  // To the article's end, back over the full stop, then Shift+Ctrl+← four words: words that no
  // suggestion offers (a part of a sentence).
  await page.keyboard.press('Control+End');
  await expect(said).toContainText('Caret at the end of the article');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Control+ArrowLeft');
  await expect(said).toContainText('18 characters selected');
  await expect(said).toContainText('“held in Menlo Park”');
  expect(await page.evaluate(() => String(document.getSelection()))).toBe('held in Menlo Park');
  for (const theme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: join(SHOTS, `keyboard-selection-${theme}.png`) });
  }

  // C marks it, as it does a selection made with the mouse; the caret stays for the next one.
  await page.keyboard.press('c');
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(claims.getByRole('listitem').locator('.fm-claim-quote')).toHaveText(
    'held in Menlo Park',
  );
  await expect(caret).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'keyboard-caret-after-mark.png') });

  // Ctrl+↑ to the sentence's start, Shift+Ctrl+↓ selects it; Escape leaves, the selection kept.
  await page.keyboard.press('Control+ArrowUp');
  await page.keyboard.press('Shift+Control+ArrowDown');
  await expect(said).toContainText('“The launch event was held in Menlo Park.”');
  await page.keyboard.press('Escape');
  await expect(caret).toHaveCount(0);
  await expect(said).toHaveText('Left keyboard selection.');
  await expect(text).toBeFocused();
  expect(await page.evaluate(() => String(document.getSelection()))).toBe(
    'The launch event was held in Menlo Park.',
  );
});
