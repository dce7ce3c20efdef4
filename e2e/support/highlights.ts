// What the CSS highlights cover in the page: highlights are ranges, not elements, so tests ask
// the registry (`CSS.highlights`) rather than the DOM.
import type { Page } from '@playwright/test';

/** The texts the highlight named `name` covers, in document order. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const ranges = [...((CSS.highlights.get(n) as Iterable<Range> | undefined) ?? [])];
    return ranges
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((r) => r.toString());
  }, name);
}

/** Whether some range of the highlight named `name` lies inside the viewport. */
export function highlightOnScreen(page: Page, name: string): Promise<boolean> {
  return page.evaluate((n) => {
    const ranges = [...((CSS.highlights.get(n) as Iterable<Range> | undefined) ?? [])];
    return ranges.some((r) => {
      const box = r.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
    });
  }, name);
}
