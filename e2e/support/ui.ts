// What a user does with the mouse and keyboard, written once for the end-to-end tests.
import { expect, type Locator, type Page } from '@playwright/test';

/** Drags the mouse across the first occurrence of `text` inside `container`, as a user selects. */
export async function selectWithMouse(page: Page, container: Locator, text: string): Promise<void> {
  // Scroll first and let the page settle: blocks off screen are laid out lazily
  // (content-visibility), so positions are only final after the next frames, as a user sees them.
  await container.evaluate(async (root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode())) {
      if (!node.textContent!.includes(needle)) continue;
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      break;
    }
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  }, text);
  const box = await textBox(container, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.trim()).toBe(text);
}

/** Where the first occurrence of `text` inside `container` starts and ends on screen. */
async function textBox(container: Locator, text: string) {
  const box = await container.evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode())) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rects = [...range.getClientRects()];
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not in the article`);
  return box;
}

/** Clicks inside the first occurrence of `text` in `container` (on its first line). */
export async function clickOnText(page: Page, container: Locator, text: string): Promise<void> {
  const box = await textBox(container, text);
  await page.mouse.click(box.x1 + 4, box.y1);
}

/** Fills the `Tag entity` dialog: types a name, picks a type, confirms with Enter. */
export async function tagEntity(
  page: Page,
  name: string,
  type: 'Model' | 'Company' | 'Person',
): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Tag entity' });
  await expect(dialog).toBeVisible();
  const entity = dialog.getByRole('combobox', { name: 'Entity' });
  await entity.fill(name);
  const typeControl = dialog.getByLabel('Type', { exact: true });
  if (
    (await typeControl.count()) === 1 &&
    (await typeControl.evaluate((el) => el.tagName)) === 'SELECT'
  ) {
    await typeControl.selectOption({ label: type });
  } else {
    await dialog.getByRole('radio', { name: type, exact: true }).check();
  }
  await entity.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

/** Code points, the unit of every offset in Factmark's exports. */
export function codePointSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/** Opens an article by its title in the library pane and waits for its text. */
export async function openFromLibrary(page: Page, title: string): Promise<void> {
  await page.getByRole('list', { name: 'Library' }).getByText(title).click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(title);
}
