// axe-core over the page as it is on screen: what is serious or critical is recorded with the
// state it was found in and printed at once, so one run lists every violation, not the first.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface Found {
  state: string;
  rule: string;
  impact: string;
  targets: string[];
}

/**
 * Runs axe on the page, or only inside `within` (a dialog or menu over a page already scanned),
 * and records what is serious or critical.
 */
export async function scan(page: Page, state: string, found: Found[], within?: string) {
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const { violations } = await builder.analyze();
  for (const v of violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    const f: Found = {
      state,
      rule: `${v.id}: ${v.help}`,
      impact: v.impact,
      targets: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    };
    console.log(`${f.state} — ${f.impact} ${f.rule}\n    ${f.targets.join('\n    ')}`);
    found.push(f);
  }
}

/** Opens a dialog, checks it is on screen, scans it, and closes it with Escape. */
export async function dialogScan(
  page: Page,
  name: string,
  found: Found[],
  open: () => Promise<void>,
) {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await scan(page, `dialog ${name}`, found, 'dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/**
 * Scans the same state in the light and then the dark theme (the app follows the system's
 * scheme until a theme is chosen), ending in the light one.
 */
export async function scanBothThemes(page: Page, state: string, found: Found[], within?: string) {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await scan(page, `${state} (${theme})`, found, within);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
}
