// A colour per annotator, the same for a name on every machine: a hue from the name, and for
// each theme the lightness that keeps the name chip's text readable (WCAG AA, 4.5:1) on every
// panel background of that theme. The text highlights tint with the same colours (see
// editor/extensions/annotation-highlights/annotator-styles.ts).
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

/** The hue of a name: a hash of its code points. */
export function annotatorHue(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

/** An annotator's colour, the same for a name on every machine. */
export function annotatorColour(name: string): AnnotatorColour {
  return colourOfHue(annotatorHue(name));
}
