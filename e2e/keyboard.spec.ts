// Keyboard-first working: the command palette runs a command, `?` lists the shortcuts, a
// number key tags the selection with a type, and an accepted suggestion is undone and redone.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './support/web-host';
import { selectWithMouse } from './support/ui';
import { pasteLlamaNews, tabTo } from './support/suggestions';

const SHOTS = join(__dirname, 'output');

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.stop();
});

test('Ctrl+K opens the command palette, which filters and runs a command', async ({ page }) => {
  await page.goto(host.url);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  const commands = palette.getByRole('listbox', { name: 'Commands' });
  await expect(commands.getByRole('option', { name: /Mark claim/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(
    commands.getByRole('option', { name: 'Open file Ctrl+O', exact: true }),
  ).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'keyboard-01-palette.png') });
  await page.keyboard.type('dark');
  await expect(commands.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Escape closes it without running anything.
  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('? shows every shortcut', async ({ page }) => {
  await page.goto(host.url);
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const action of [
    'Mark claim',
    'Tag entity',
    'Undo',
    'Command palette',
    'Next suggestion',
    'Accept suggestion',
    'Reject suggestion',
    'Accept all of this entity',
    'Tag as Model',
    'Tag as Company',
    'Tag as Person',
  ]) {
    await expect(help.getByRole('rowheader', { name: action, exact: true })).toBeVisible();
  }
  await page.screenshot({ path: join(SHOTS, 'keyboard-02-shortcuts.png') });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('number keys tag the selection; an accepted suggestion is undone and redone', async ({
  page,
}) => {
  await page.goto(host.url);
  await pasteLlamaNews(page, 'Keys');
  const article = page.getByRole('region', { name: 'Article' });
  const entities = page.getByRole('region', { name: 'Entities' });

  // 2 with "NVIDIA H100" selected: `Tag entity` opens with the type Company chosen.
  await selectWithMouse(page, article, 'NVIDIA H100');
  await page.keyboard.press('2');
  const dialog = page.getByRole('dialog', { name: 'Tag entity' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Type', { exact: true })).toHaveValue('company');
  await expect(dialog.getByRole('combobox', { name: 'Entity' })).toHaveValue('NVIDIA H100');
  await dialog.getByRole('combobox', { name: 'Entity' }).fill('NVIDIA');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(entities).toContainText('NVIDIA');

  // 2 on text that is exactly one known company's name tags it at once, without the dialog.
  const nvidia = entities.getByRole('listitem').filter({ hasText: 'NVIDIA' });
  await expect(nvidia).toContainText('1 mention');
  await selectWithMouse(page, article, 'NVIDIA');
  await page.keyboard.press('2');
  await expect(nvidia).toContainText('2 mentions');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(nvidia).toContainText('1 mention');

  // Accept a suggestion, undo it (it is offered again), redo it.
  await page.getByRole('region', { name: 'Article' }).getByRole('document').focus();
  await tabTo(page, /as Hugging Face/);
  await page.keyboard.press('a');
  const huggingFace = entities.getByRole('listitem').filter({ hasText: 'Hugging Face' });
  await expect(huggingFace).toContainText('1 mention');
  const suggested = page
    .getByRole('region', { name: 'Suggestions' })
    .getByRole('list', { name: 'Suggested entities' });
  await expect(suggested).not.toContainText('Hugging Face');
  await page.keyboard.press('Control+z');
  await expect(huggingFace).toHaveCount(0);
  await expect(suggested).toContainText('Hugging Face');
  await page.keyboard.press('Control+Shift+z');
  await expect(huggingFace).toContainText('1 mention');
  await expect(suggested).not.toContainText('Hugging Face');

  // The legend shows each type's colour; hovering a highlight names its entities.
  const legend = page.getByRole('list', { name: 'Entity types' });
  for (const type of ['Model', 'Company', 'Person']) {
    await expect(legend.getByRole('listitem').filter({ hasText: type })).toBeVisible();
  }
  const point = await pointAt(page, 'Hugging Face');
  await page.mouse.move(point.x, point.y);
  await expect(page.getByRole('tooltip')).toContainText('Mention of Hugging Face (Company)');
  await page.screenshot({ path: join(SHOTS, 'keyboard-03-legend-tooltip.png') });
});

/** The middle of the first occurrence of `text` in the article, once it has stopped moving. */
async function pointAt(page: Page, text: string): Promise<{ x: number; y: number }> {
  const root = page.getByRole('region', { name: 'Article' });
  const measure = () =>
    root.evaluate((element, needle) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode())) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        let rect = range.getBoundingClientRect();
        if (rect.top < 80 || rect.bottom > window.innerHeight - 80) {
          (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          rect = range.getBoundingClientRect();
        }
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    }, text);
  // A smooth scroll to the current suggestion may still be under way: wait until it settles.
  let last = await measure();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const now = await measure();
    if (now && last && now.x === last.x && now.y === last.y) return now;
    last = now;
  }
  if (!last) throw new Error(`"${text}" is not in the article`);
  return last;
}
