import { colord } from 'colord';
import { describe, expect, it } from 'vitest';
import { annotatorColour, annotatorHue, colourOfHue, THEME_SURFACES } from './annotator-colours';
import {
  annotatorClaimName,
  annotatorMentionName,
  annotatorRules,
  CLAIM_TINT,
} from './extensions/annotation-highlights/annotator-styles';

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

describe('annotator colours', () => {
  it('gives a name the same colour every time, and different names different hues', () => {
    expect(annotatorColour('Dana')).toEqual(annotatorColour('Dana'));
    expect(annotatorHue('Dana')).not.toBe(annotatorHue('Bob'));
    expect(annotatorHue('Zoë')).toBeGreaterThanOrEqual(0);
    expect(annotatorHue('Zoë')).toBeLessThan(360);
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
