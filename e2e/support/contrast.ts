// WCAG colour contrast, for the tests that check what axe cannot: colours of CSS highlights and
// focus rings, read from the stylesheets (contrast.test.ts) or from the page (e2e).

/** sRGB channels 0–255 and alpha 0–1. */
export type Rgba = readonly [number, number, number, number];

const NAMED: Record<string, Rgba> = {
  white: [255, 255, 255, 1],
  black: [0, 0, 0, 1],
  transparent: [0, 0, 0, 0],
};

/**
 * A CSS colour as stylesheets and `getComputedStyle` write it: `#rrggbb`, `rgb()`/`rgba()`,
 * `color(srgb …)`, a few names, `var(--x)` (from `vars`) and `color-mix(in srgb, …)`.
 */
export function parseColour(text: string, vars: ReadonlyMap<string, string> = new Map()): Rgba {
  const value = text.trim();
  const variable = /^var\((--[\w-]+)\)$/.exec(value);
  if (variable) return parseColour(vars.get(variable[1]!) ?? 'missing', vars);
  if (NAMED[value]) return NAMED[value];
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgb = /^rgba?\(([^)]*)\)$/.exec(value);
  if (rgb) {
    const [r, g, b, a = 1] = rgb[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [r!, g!, b!, a];
  }
  const srgb = /^color\(srgb ([^)]*)\)$/.exec(value);
  if (srgb) {
    const [r, g, b, a = 1] = srgb[1]!
      .split(/[\s/]+/)
      .filter(Boolean)
      .map(Number);
    return [r! * 255, g! * 255, b! * 255, a];
  }
  const mix = /^color-mix\(in srgb,\s*(.+?)\s+(\d+(?:\.\d+)?)%,\s*(.+)\)$/.exec(value);
  if (mix) {
    const p = Number(mix[2]) / 100;
    const a = parseColour(mix[1]!, vars);
    const b = parseColour(mix[3]!, vars);
    // color-mix interpolates premultiplied by alpha.
    const alpha = a[3] * p + b[3] * (1 - p);
    const channel = (i: number) =>
      alpha === 0 ? 0 : (a[i]! * a[3] * p + b[i]! * b[3] * (1 - p)) / alpha;
    return [channel(0), channel(1), channel(2), alpha];
  }
  throw new Error(`not a colour this reads: ${text}`);
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as unknown as Rgba;
}

export function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque colours (1 to 21). */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
