// A stand-in for the CSS Custom Highlight API in jsdom (which has none), for the editor's
// tests: `CSS.highlights` as a Map of name → Set of ranges, and what each highlight covers.
import { vi } from 'vitest';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** Installs the fake registry (undone by vi.unstubAllGlobals()); returns it. */
export function installFakeHighlights(): Map<string, FakeHighlight> {
  const highlights = new Map<string, FakeHighlight>();
  vi.stubGlobal('CSS', { highlights, escape: (s: string) => s });
  vi.stubGlobal('Highlight', FakeHighlight);
  return highlights;
}

/**
 * The texts the highlights named `name` cover, in document order; `fm-claim-*` stands for every
 * claim layer (the active claim's own highlight, which repeats one of them, aside).
 */
export function paintedTexts(name: string): string[] {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS
    .highlights;
  const ranges: Range[] = [];
  for (const [n, highlight] of registry) {
    const matches = name.endsWith('*')
      ? n.startsWith(name.slice(0, -1)) && !n.endsWith('-active')
      : n === name;
    if (matches) {
      ranges.push(...highlight);
    }
  }
  return ranges
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
    .map((r) => r.toString());
}
