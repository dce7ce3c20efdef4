// Where the keyboard focus is, as a keyboard user sees it: moving it with Tab only, and
// checking that the focused control shows a ring (an outline at least 2 px wide whose colour
// has 3:1 against what it is drawn on, WCAG 1.4.11).
import { expect, type Locator, type Page } from '@playwright/test';
import { contrast, over, parseColour } from './contrast';

interface FocusRing {
  name: string;
  focusVisible: boolean;
  style: string;
  width: number;
  colour: string;
  behind: string;
}

/** The focused element's outline and the first opaque background behind it. */
function focusRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    // An outline drawn outside the element lies on its parent's background; one drawn inside
    // (a negative offset) on its own.
    const inside = parseFloat(style.outlineOffset) < 0;
    let behind = 'rgb(255, 255, 255)';
    for (let n: Element | null = inside ? el : el.parentElement; n; n = n.parentElement) {
      const bg = getComputedStyle(n).backgroundColor;
      if (bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) {
        behind = bg;
        break;
      }
    }
    return {
      name: `${el.tagName.toLowerCase()} “${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}”`,
      focusVisible: el.matches(':focus-visible'),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      colour: style.outlineColor,
      behind,
    };
  });
}

/** The focused control shows a focus ring with enough contrast. */
export async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  const ring = await focusRing(page);
  expect(ring, `${step}: nothing has focus`).not.toBeNull();
  const { name, focusVisible, style, width, colour, behind } = ring!;
  expect(focusVisible, `${step}: ${name} matches :focus-visible`).toBe(true);
  expect(style, `${step}: ${name} has an outline`).not.toBe('none');
  expect(width, `${step}: ${name}'s outline width`).toBeGreaterThanOrEqual(2);
  const under = parseColour(behind);
  const ratio = contrast(over(parseColour(colour), under), under);
  expect(ratio, `${step}: ${name}'s ring ${colour} on ${behind}`).toBeGreaterThanOrEqual(3);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, then checks its focus ring. */
export async function tabToControl(
  page: Page,
  target: Locator,
  step: string,
  { backwards = false, max = 80 } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(page, step);
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${step}: ${max} presses of Tab did not reach ${target}`);
}
