// The toolbar's commands as a user finds them: a button in the toolbar, or, when the window is
// too narrow for it, an item of the `More` menu with the same name.
import { expect, type Locator, type Page } from '@playwright/test';

export const TOOLBAR_COMMANDS = [
  'Open file',
  'Open URL',
  'Paste text',
  'Import annotations',
  'Reload from source',
  'Mark claim',
  'Tag entity',
  'Corpus',
  'Export',
] as const;

/** The control that runs `name`: the toolbar button, or the `More` menu's item (menu opened). */
export async function toolbarCommand(page: Page, name: string): Promise<Locator> {
  const toolbar = page.getByRole('banner');
  const button = toolbar.getByRole('button', { name, exact: true });
  if (await button.isVisible()) return button;
  const more = toolbar.getByRole('button', { name: 'More' });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  const item = page.getByRole('menu', { name: 'More commands' }).getByRole('menuitem', {
    name,
    exact: true,
  });
  await expect(item).toBeVisible();
  return item;
}

/** Closes the `More` menu if it is open. */
export async function closeMoreMenu(page: Page): Promise<void> {
  const menu = page.getByRole('menu', { name: 'More commands' });
  if (await menu.isVisible()) {
    await page.getByRole('banner').getByRole('button', { name: 'More' }).click();
    await expect(menu).toBeHidden();
  }
}
