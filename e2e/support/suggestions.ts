// Keyboard helpers for the suggestion tests: opening the example article by pasting it, and
// pressing Tab until a given suggestion is the current one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The example article the project keeps for itself (docs/ARCHITECTURE.md). */
export const LLAMA_NEWS = readFileSync(
  join(__dirname, '../../shared/suggest/__fixtures__/llama4-news.txt'),
  'utf8',
);

/** Pastes the example article and puts the keyboard focus in its text. */
export async function pasteLlamaNews(page: Page, title = 'Llama 4 news'): Promise<void> {
  await page.getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog.getByLabel('Title (optional)').fill(title);
  await dialog.getByLabel('Text', { exact: true }).fill(LLAMA_NEWS);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Scout and Maverick');
  await showSuggestions(page);
  await focusArticle(page);
}

/** Opens the folded `Suggestions` section: only then are suggestions listed and drawn. */
export async function showSuggestions(page: Page): Promise<void> {
  const toggle = page
    .getByRole('region', { name: 'Suggestions' })
    .getByRole('button', { name: 'Suggestions' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** The keyboard user's way into the text (Tab reaches it; here it is focused directly). */
export async function focusArticle(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Article' }).getByRole('document').focus();
}

/** What the `Suggestions` region says about the current suggestion. */
export function currentStatus(page: Page) {
  return page.getByRole('region', { name: 'Suggestions' }).locator('.fm-suggestion-status');
}

/** The id of the current suggestion (the `Suggestions` region says which it is), or null. */
export function currentId(page: Page): Promise<string | null> {
  return currentStatus(page).getAttribute('data-suggestion-id');
}

/** Presses Tab until the current suggestion's description matches `pattern` (if not already). */
export async function tabTo(page: Page, pattern: RegExp, max = 80): Promise<void> {
  const status = currentStatus(page);
  for (let i = 0; i < max; i++) {
    const before = await currentId(page);
    if (before !== null && pattern.test((await status.textContent()) ?? '')) return;
    await page.keyboard.press('Tab');
    await expect.poll(() => currentId(page)).not.toBe(before);
  }
  throw new Error(`No suggestion matching ${pattern} within ${max} presses of Tab`);
}

/** Where the current suggestion is painted (its CSS highlight's first range), or null. */
export function currentSuggestionBox(page: Page) {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('fm-suggestion-current') ?? [])] as Range[];
    const box = ranges[0]?.getBoundingClientRect();
    return box
      ? { count: ranges.length, top: box.top, bottom: box.bottom, width: box.width }
      : null;
  });
}

/** How many ranges a CSS highlight paints (by name prefix). */
export function paintedCount(page: Page, prefix: string): Promise<number> {
  return page.evaluate(
    (p) =>
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith(p))
        .reduce((n, [, h]) => n + h.size, 0),
    prefix,
  );
}
