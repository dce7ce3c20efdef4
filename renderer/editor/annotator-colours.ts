// A colour per annotator, the same on every machine: the library's annotators, in the order of
// their sorted names, take the hues of a fixed palette chosen to stay far apart (a hash of the
// name gives the hue beyond it), and for each theme the lightness that keeps the name chip's
// text readable (WCAG AA, 4.5:1) on every panel background of that theme. The text highlights
// tint with the same colours (see editor/extensions/annotation-highlights/annotator-styles.ts).
import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';

extend([a11yPlugin]);

/** An annotator's colour in each theme (`#rrggbb`) and the hue both come from. */
export interface AnnotatorColour {
  hue: number;
  light: string;
  dark: string;
}

/** The panel backgrounds a chip stands on (styles/theme.css: --surface, -2, -3). */
export const THEME_SURFACES = {
  light: ['#ffffff', '#f7f6f2', '#eceae3'],
  dark: ['#1d2026', '#22262d', '#2b3038'],
} as const;

/** WCAG AA for normal text, with a little room for rounding to `#rrggbb`. */
const MIN_CONTRAST = 4.6;
const SATURATION = 65;

const readableOn = (colour: string, surfaces: readonly string[]) =>
  surfaces.every((bg) => colord(colour).contrast(bg) >= MIN_CONTRAST);

/** The lightest (light theme) or darkest (dark theme) shade of `hue` readable there. */
function shadeFor(hue: number, theme: 'light' | 'dark'): string {
  const surfaces = THEME_SURFACES[theme];
  for (let step = 0; step <= 100; step++) {
    const l = theme === 'light' ? 50 - step / 2 : 55 + step / 2;
    const colour = colord({ h: hue, s: SATURATION, l }).toHex();
    if (readableOn(colour, surfaces)) return colour;
  }
  return theme === 'light' ? '#000000' : '#ffffff';
}

const byHue = new Map<number, AnnotatorColour>();

/** The colours of a hue (0–359), worked out once. */
export function colourOfHue(hue: number): AnnotatorColour {
  let colour = byHue.get(hue);
  if (!colour) {
    colour = { hue, light: shadeFor(hue, 'light'), dark: shadeFor(hue, 'dark') };
    byHue.set(hue, colour);
  }
  return colour;
}

/**
 * The palette's hues, in the order they are given out. Picked greedily from every fifth hue for
 * the largest smallest CIEDE2000 difference between their shades in both themes (at least 12
 * between any two of the ten), the first four also under simulated deuteranopia and protanopia
 * (annotator-colours.test.ts checks both).
 */
export const PALETTE_HUES: readonly number[] = [215, 65, 175, 335, 25, 265, 135, 195, 5, 300];

/** The hue of a name beyond the palette: a hash of its code points. */
export function hashedHue(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

/** Whose hue is which: each annotator's, from the library's annotators. */
export type AnnotatorHues = ReadonlyMap<string, number>;

/**
 * The hues of a library's annotators: the palette's in the order of their sorted names (so
 * every machine that knows the same names gives the same colours, whatever order it learned
 * them in), a hash of the name beyond it.
 */
export function annotatorHues(names: readonly string[]): AnnotatorHues {
  let hues = huesOfList.get(names);
  if (!hues) {
    const sorted = [...new Set(names)].sort();
    hues = new Map(sorted.map((name, i) => [name, PALETTE_HUES[i] ?? hashedHue(name)]));
    huesOfList.set(names, hues);
  }
  return hues;
}

/** Worked out once per list (the store keeps one list until an annotator joins). */
const huesOfList = new WeakMap<readonly string[], AnnotatorHues>();

/** An annotator's hue among `hues` (a hash of the name for one not among them). */
export function hueOf(name: string, hues: AnnotatorHues): number {
  return hues.get(name) ?? hashedHue(name);
}

/** An annotator's colour among `hues`. */
export function annotatorColour(name: string, hues: AnnotatorHues): AnnotatorColour {
  return colourOfHue(hueOf(name, hues));
}
