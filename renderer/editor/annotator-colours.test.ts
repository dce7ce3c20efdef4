import { colord, extend } from 'colord';
import labPlugin from 'colord/plugins/lab';
import { describe, expect, it } from 'vitest';
import {
  annotatorColour,
  annotatorHues,
  colourOfHue,
  hashedHue,
  PALETTE_HUES,
  THEME_SURFACES,
} from './annotator-colours';
import {
  annotatorClaimName,
  annotatorMentionName,
  annotatorRules,
  CLAIM_TINT,
} from './extensions/annotation-highlights/annotator-styles';

extend([labPlugin]);

const HUES = Array.from({ length: 360 }, (_, h) => h);
/** styles/theme.css: the reading text and the panel it is read on */
const THEMES = {
  light: { text: '#1d2026', page: '#ffffff' },
  dark: { text: '#e7e6e2', page: '#1d2026' },
} as const;

/** `colour` at `alpha` painted over `under`, as the browser composites a highlight. */
function over(colour: string, alpha: number, under: string): string {
  const a = colord(colour).toRgb();
  const b = colord(under).toRgb();
  const mix = (x: number, y: number) => Math.round(alpha * x + (1 - alpha) * y);
  return colord({ r: mix(a.r, b.r), g: mix(a.g, b.g), b: mix(a.b, b.b) }).toHex();
}

/**
 * How a colour looks with deuteranopia or protanopia (Machado, Oliveira and Fernandes 2009,
 * severity 1.0, applied in linear RGB).
 */
const COLOUR_BLINDNESS = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
} as const;

function seenWith(matrix: readonly (readonly number[])[], colour: string): string {
  const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const toSrgb = (c: number) => {
    const v = Math.min(1, Math.max(0, c));
    return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
  };
  const { r, g, b } = colord(colour).toRgb();
  const rgb = [r, g, b].map((c) => toLinear(c / 255));
  const [R, G, B] = matrix.map((row) => row.reduce((sum, k, i) => sum + k * rgb[i]!, 0));
  return colord({ r: toSrgb(R!), g: toSrgb(G!), b: toSrgb(B!) }).toHex();
}

/** The smallest CIEDE2000 difference (0–100) between any two of `colours`. */
function smallestDifference(colours: readonly string[]): number {
  let smallest = Infinity;
  colours.forEach((a, i) =>
    colours.slice(i + 1).forEach((b) => {
      smallest = Math.min(smallest, colord(a).delta(b) * 100);
    }),
  );
  return smallest;
}

const TEAM = ['Ana', 'Ben', 'Chloé', 'Dana', 'Eli', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jun'];

describe('annotator colours', () => {
  it.each([
    // [how many annotators, vision, smallest difference between any two, in both themes]
    [10, 'typical', 12],
    [4, 'typical', 20],
    [4, 'deuteranopia', 10],
    [4, 'protanopia', 10],
    [3, 'deuteranopia', 15],
  ] as const)('tells the first %i annotators apart (%s vision): ΔE ≥ %i', (n, vision, min) => {
    const hues = annotatorHues(TEAM.slice(0, n));
    for (const theme of ['light', 'dark'] as const) {
      const colours = TEAM.slice(0, n).map((name) => {
        const colour = annotatorColour(name, hues)[theme];
        return vision === 'typical' ? colour : seenWith(COLOUR_BLINDNESS[vision], colour);
      });
      expect(smallestDifference(colours), theme).toBeGreaterThanOrEqual(min);
    }
  });

  it('gives Ana and Ben, whose hashed hues are close, far-apart colours', () => {
    expect(Math.abs(hashedHue('Ana') - hashedHue('Ben'))).toBeLessThan(30);
    const hues = annotatorHues(['Ben', 'Ana']);
    expect([hues.get('Ana'), hues.get('Ben')]).toEqual([PALETTE_HUES[0], PALETTE_HUES[1]]);
  });

  it('gives a library the same colours whatever order its annotators were learned in', () => {
    const once = annotatorHues(['Dana', 'Bob', 'adjudicated', 'Zoë']);
    const again = annotatorHues(['Zoë', 'adjudicated', 'Dana', 'Bob', 'Dana']);
    expect([...again].sort()).toEqual([...once].sort());
    expect(new Set(once.values()).size).toBe(4);
  });

  it('goes on with hashed hues beyond the palette, and for a name the library does not know', () => {
    const many = [...TEAM, 'Kai', 'Lea'];
    const hues = annotatorHues(many);
    expect(TEAM.map((name) => hues.get(name))).toEqual(PALETTE_HUES);
    expect(hues.get('Lea')).toBe(hashedHue('Lea'));
    expect(annotatorColour('Mo', hues)).toEqual(colourOfHue(hashedHue('Mo')));
    expect(hashedHue('Zoë')).toBeGreaterThanOrEqual(0);
    expect(hashedHue('Zoë')).toBeLessThan(360);
  });

  it.each(['light', 'dark'] as const)(
    'keeps every hue’s chip readable (4.5:1) on the %s theme’s panels',
    (theme) => {
      for (const hue of HUES) {
        const colour = colourOfHue(hue)[theme];
        for (const surface of THEME_SURFACES[theme]) {
          expect(
            colord(colour).contrast(surface),
            `hue ${hue} on ${surface}`,
          ).toBeGreaterThanOrEqual(4.5);
        }
      }
    },
  );

  it.each(['light', 'dark'] as const)(
    'keeps the text readable where two annotators’ claims overlap on the %s theme',
    (theme) => {
      const { text, page } = THEMES[theme];
      for (const hue of HUES) {
        const other = (hue + 180) % 360;
        const once = over(colourOfHue(hue)[theme], CLAIM_TINT[theme], page);
        const twice = over(colourOfHue(other)[theme], CLAIM_TINT[theme], once);
        expect(colord(text).contrast(twice), `hues ${hue} and ${other}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    },
  );
});

describe('annotator highlight rules', () => {
  it.each([
    ['light', '#f4f2ed'],
    ['dark', '#15171b'],
  ] as const)(
    'marks a claim with a line at 3:1 against its tint on the %s page (styles/theme.css --bg)',
    (theme, page) => {
      for (const hue of HUES) {
        const colour = colourOfHue(hue)[theme];
        const tinted = over(colour, CLAIM_TINT[theme], page);
        expect(colord(colour).contrast(tinted), `hue ${hue}`).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('tints claims and underlines mentions in the colour of the hue, per theme', () => {
    const { light, dark } = colourOfHue(200);
    const claim = annotatorRules(annotatorClaimName(200, 1));
    expect(claim[0]).toContain('::highlight(fm-claim-by-200-1)');
    expect(claim[0]).toContain(colord(light).alpha(CLAIM_TINT.light).toRgbString());
    expect(claim[1]).toMatch(/^:root\[data-theme='dark'\]/);
    expect(claim[1]).toContain(colord(dark).alpha(CLAIM_TINT.dark).toRgbString());
    expect(claim[0]).toContain(`overline 2px ${light}`);
    expect(claim[1]).toContain(`text-decoration-color: ${dark}`);
    const mention = annotatorRules(annotatorMentionName(200));
    expect(mention[0]).toContain(`underline 2.5px ${light}`);
    expect(mention[1]).toContain(`text-decoration-color: ${dark}`);
  });

  it.each(['fm-claim-by-360-0', 'fm-claim-by-x-0', 'fm-mention-0369a1'])(
    'writes no rule for %s',
    (name) => {
      expect(annotatorRules(name)).toEqual([]);
    },
  );
});
