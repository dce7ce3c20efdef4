// Accessibility of the states the main axe walk (a11y.spec.ts) does not reach, each one on
// screen before axe runs, in the light and the dark theme: the reload review, the team views
// (Layers, Blind, Disagreements, Agreement, Adjudication), the first-start name prompt, the
// local-network question, dialogs with an error, an error notice, the find bar with matches,
// the export dialog with each format, the import summary, the More menu at 1024 px, the
// progress of a slow open and keyboard selection (its caret and live region). No serious or
// critical violation is allowed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { scan, scanBothThemes, type Found } from './support/axe';
import { longReport } from './support/long-report';
import { pasteLlamaNews } from './support/suggestions';
import { teamLibrary } from './support/team-library';
import { toolbarCommand } from './support/toolbar';
import { selectWithMouse } from './support/ui';
import { startHost, type RunningHost } from './support/web-host';

let host: RunningHost;
let files: string;
test.beforeAll(async () => {
  host = await startHost();
  files = mkdtempSync(join(tmpdir(), 'factmark-a11y-'));
});
test.afterAll(async () => {
  await host?.stop();
});

const found: Found[] = [];
test.beforeEach(async ({ page }) => {
  found.length = 0;
  await page.emulateMedia({ colorScheme: 'light' });
});
test.afterEach(() => {
  expect(found.map((f) => `${f.state}: ${f.rule}`)).toEqual([]);
});

type FileToChoose = string | { name: string; mimeType: string; buffer: Buffer };

/** Runs `open` (a button that asks for a file) and chooses `file` in the file chooser. */
async function chooseFile(page: Page, open: () => Promise<void>, file: FileToChoose) {
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles(file);
}

/** Puts off the first-start name prompt, if it shows (it has its own test). */
async function later(page: Page) {
  const prompt = page.getByRole('form', { name: 'Your name' });
  if (await prompt.isVisible()) await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toBeHidden();
}

test('the reload review: anchored, drifted (a figure changed) and orphaned annotations', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const markdown = (paragraphs: string[]) => ['# Llama 4 scores', ...paragraphs].join('\n\n');
  const v1 = join(files, 'scores.md');
  const v2 = join(files, 'scores-v2.md');
  writeFileSync(
    v1,
    markdown([
      'Meta released the Llama 4 models this month.',
      'Maverick scores 86.3% on HumanEval, the company says.',
      'Behemoth is still in training with 288 billion active parameters.',
    ]),
  );
  writeFileSync(
    v2,
    markdown([
      'Update: figures revised.',
      'Meta released the Llama 4 models this month.',
      'Maverick scores 79.1% on HumanEval, the company says.',
    ]),
  );
  await page.goto(host.url);
  await later(page);
  await chooseFile(page, () => page.getByRole('button', { name: 'Open file' }).click(), v1);
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Behemoth is still in training');
  for (const quote of [
    'Meta released the Llama 4 models this month.',
    'Maverick scores 86.3% on HumanEval',
    'Behemoth is still in training',
  ]) {
    await selectWithMouse(page, article, quote);
    await page.keyboard.press('c');
  }
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('listitem')).toHaveCount(3);
  await chooseFile(
    page,
    async () => (await toolbarCommand(page, 'Reload from source')).click(),
    v2,
  );
  await expect(page.getByText(/Reloaded “Llama 4 scores”: .*1 drifted.*1 orphaned/)).toBeVisible();
  await expect(claims.getByRole('group', { name: 'Drifted' })).toContainText('86.3% → 79.1%');
  await expect(page.getByRole('region', { name: 'Orphaned annotations' })).toContainText(
    'Behemoth',
  );
  await scanBothThemes(page, 'reload review', found);
});

test('the team views: Layers, Blind, Disagreements, Agreement and Adjudication', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const team = await startHost(await teamLibrary(), 0, ['--annotator', 'Rae']);
  try {
    await page.goto(team.url);
    await page.getByRole('list', { name: 'Library' }).getByText('Llama 4 lands').click();
    const layers = page.getByRole('group', { name: 'Layers' });
    const claims = page.getByRole('region', { name: 'Claims' });
    await layers.getByLabel('Layers').selectOption('all');
    await expect(claims.getByRole('listitem')).toHaveCount(7);
    await scanBothThemes(page, 'two annotators’ layers', found);

    await layers.getByLabel('Layers').selectOption('one:Lee');
    await expect(claims.getByRole('listitem')).toHaveCount(4);
    await scan(page, 'one annotator’s layer', found, '.fm-side');
    await layers.getByLabel('Layers').selectOption('all');

    await layers.getByLabel('Blind').check();
    await expect(layers.getByText(/others' layers stay hidden/)).toBeVisible();
    await scanBothThemes(page, 'Blind mode', found);
    await layers.getByLabel('Blind').uncheck();

    await layers.getByLabel('Disagreements').check();
    await expect(claims.getByRole('listitem')).not.toHaveCount(7);
    await scanBothThemes(page, 'the Disagreements filter', found);
    await layers.getByLabel('Disagreements').uncheck();

    for (const [command, dialogName, shown] of [
      ['Agreement', 'Agreement', () => page.getByRole('row', { name: /Dana – Lee/ }).first()],
      ['Adjudicate', 'Adjudication', () => page.getByRole('dialog').getByRole('status')],
    ] as const) {
      // From the checkbox just used: Ctrl/Cmd keys reach the app from a field.
      await page.keyboard.press('Control+k');
      await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
      await page.keyboard.type(command);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: dialogName });
      await expect(dialog).toBeVisible();
      await expect(shown()).toBeVisible();
      await scanBothThemes(page, `dialog ${dialogName}`, found, 'dialog');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  } finally {
    await team.stop();
  }
});

test('the progress of a slow open, with its Cancel', async ({ page }) => {
  test.setTimeout(180_000);
  // A slow open as the page sees it: the host reads a 100-page PDF (the dialog shows once it has
  // been at it for a moment), and its answer is held back until the dialog has been scanned, so
  // the dialog stays on screen however quick the machine is.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/openFile', async (route) => {
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  await page.goto(host.url);
  await later(page);
  await chooseFile(page, () => page.getByRole('button', { name: 'Open file' }).click(), {
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: longReport(),
  });
  const dialog = page.getByRole('dialog', { name: 'Opening article' });
  await expect(dialog.getByRole('progressbar', { name: 'Opening article' })).toBeVisible();
  await expect(dialog).toContainText(/Reading page \d+ of 100|Adding it to the library/);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await scanBothThemes(page, 'the progress of a slow open', found);
  release();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(
    'Llama 4 technical report',
  );
});

test('the first-start name prompt, with a name it refuses', async ({ page }) => {
  await page.goto(host.url);
  const prompt = page.getByRole('form', { name: 'Your name' });
  await expect(prompt).toBeVisible();
  await scanBothThemes(page, 'name prompt', found);
  await prompt.getByLabel('Your name, as your team will see it').fill('Dana/Lee');
  await prompt.getByRole('button', { name: 'Save' }).click();
  await expect(prompt.getByRole('alert')).toContainText('no control characters');
  await scanBothThemes(page, 'name prompt with an error', found);
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toBeHidden();
});

test('the local-network question and the open dialogs with an error', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await later(page);

  const openUrl = async (url: string) => {
    await (await toolbarCommand(page, 'Open URL')).click();
    const dialog = page.getByRole('dialog', { name: 'Open URL' });
    await dialog.getByLabel('URL').fill(url);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    return dialog;
  };
  const question = page.getByRole('dialog', { name: 'Local network' });
  await openUrl('http://127.0.0.1:9/article');
  await expect(question).toContainText('This link points to your local network (127.0.0.1)');
  await scanBothThemes(page, 'the local-network question', found);
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await closeAll(page);

  const urlDialog = await openUrl('ftp://example.com/file');
  await expect(page.getByRole('alert')).toContainText('ftp://example.com/file');
  await expect(urlDialog).toBeVisible();
  await scanBothThemes(page, 'Open URL with an error', found);
  await closeAll(page);

  await (await toolbarCommand(page, 'Paste text')).click();
  const paste = page.getByRole('dialog', { name: 'Paste text' });
  await paste.getByLabel('Text', { exact: true }).fill('<html><body><p> </p></body></html>');
  await paste.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Pasted text');
  await expect(paste).toBeVisible();
  await scanBothThemes(page, 'Paste text with an error', found);
  await closeAll(page);

  // An error notice on the main screen: a file that is not what its name says.
  await chooseFile(page, () => page.getByRole('button', { name: 'Open file' }).click(), {
    name: 'broken.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('this is not a PDF'),
  });
  await expect(page.getByRole('alert')).toContainText('broken.pdf');
  await scanBothThemes(page, 'an error notice', found);
  await closeAll(page);
});

/** Closes an open dialog and dismisses every error notice. */
async function closeAll(page: Page) {
  if (await page.getByRole('dialog').isVisible()) await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

test('selecting text with the keyboard: the caret and what the live region says', async ({
  page,
}) => {
  await page.goto(host.url);
  await later(page);
  await pasteLlamaNews(page, 'Llama 4, selected with keys');
  // pasteLlamaNews leaves the focus in the text: F7 puts a caret there, Shift+Ctrl+→ selects.
  await page.keyboard.press('F7');
  await page.keyboard.press('Shift+Control+ArrowRight');
  const caret = page.locator('.fm-keyboard-caret');
  await expect(caret).toBeVisible();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('characters selected');
  await scanBothThemes(page, 'selecting text with the keyboard', found);
  await page.keyboard.press('Escape');
  await expect(caret).toHaveCount(0);
});

test('an article: find with matches, every export format, the import summary', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(host.url);
  await later(page);
  await pasteLlamaNews(page, 'Llama 4 for axe');

  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find' });
  await find.getByLabel('Find in article').fill('Maverick');
  await expect(find.getByRole('status')).toContainText(/1 of \d+/);
  await scanBothThemes(page, 'find bar with matches', found);
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();

  await (await toolbarCommand(page, 'Export')).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const format = dialog.getByLabel('Format');
  await expect(format).toBeVisible();
  const formats = await format.locator('option').allTextContents();
  expect(formats.length).toBeGreaterThan(3);
  for (const label of formats) {
    await format.selectOption({ label });
    await expect(format.locator('option:checked')).toHaveText(label);
    await scanBothThemes(page, `Export as ${label}`, found, 'dialog');
  }
  await format.selectOption({ label: 'Factmark JSON' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const exported = join(files, 'export.json');
  await (await download).saveAs(exported);
  await expect(dialog).toBeHidden();

  // Imported back: the summary is a notice that fades, so only it is scanned.
  await chooseFile(
    page,
    async () => (await toolbarCommand(page, 'Import annotations')).click(),
    exported,
  );
  await expect(page.getByRole('status').getByText(/^Imported: /)).toBeVisible();
  await scan(page, 'import summary', found, '.fm-notices');
});

test('the More menu at 1024 px', async ({ page }) => {
  await page.goto(host.url);
  await later(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('banner').getByRole('button', { name: 'More' }).click();
  const menu = page.getByRole('menu', { name: 'More commands' });
  await expect(menu).toBeVisible();
  await scanBothThemes(page, 'More menu at 1024 px', found);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});
