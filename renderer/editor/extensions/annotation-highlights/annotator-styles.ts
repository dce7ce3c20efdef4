// With several annotators' layers shown, each annotator's claims and mentions are painted in
// that annotator's colour (editor/annotator-colours.ts, the colour of their name chip): a claim
// a tint of it, a mention an underline. One highlight name per colour (and claim layer), not
// per annotation, each with a rule added in script like the mention colours.
import { colord } from 'colord';
import { colourOfHue } from '../../annotator-colours';

/**
 * How strongly a claim tints the text in each theme: light enough that the text stays
 * readable (4.5:1) where two annotators' claims cover the same words (annotator-styles.test).
 */
export const CLAIM_TINT = { light: 0.22, dark: 0.2 } as const;

/** The highlight name of an annotator's claims in claim layer `layer`. */
export const annotatorClaimName = (hue: number, layer: number) => `fm-claim-by-${hue}-${layer}`;

/** The highlight name of an annotator's mentions (painted over claims, as mentions are). */
export const annotatorMentionName = (hue: number) => `fm-mention-by-${hue}`;

const HUE_OF_NAME = /^fm-(?:claim|mention)-by-(\d+)/;

/** The rules of one annotator highlight name (for MentionStyles): the colour of its hue. */
export function annotatorRules(name: string): string[] {
  const hue = Number(HUE_OF_NAME.exec(name)?.[1] ?? NaN);
  if (!Number.isInteger(hue) || hue < 0 || hue >= 360) return [];
  const { light, dark } = colourOfHue(hue);
  const target = `.fm-reading-text::highlight(${name})`;
  const darkTarget = `:root[data-theme='dark'] ${target}`;
  if (name.startsWith('fm-mention')) {
    return [
      `${target} { text-decoration: underline 2.5px ${light}; text-underline-offset: 0.2em; text-decoration-skip-ink: none; }`,
      `${darkTarget} { text-decoration-color: ${dark}; }`,
    ];
  }
  const tint = (colour: string, alpha: number) => colord(colour).alpha(alpha).toRgbString();
  // The tint is too light to mark a claim by itself (WCAG 1.4.11): a line over the text in the
  // annotator's colour does, as styles/highlights.css does for a claim of one's own.
  return [
    `${target} { background-color: ${tint(light, CLAIM_TINT.light)}; text-decoration: overline 2px ${light}; text-decoration-skip-ink: none; }`,
    `${darkTarget} { background-color: ${tint(dark, CLAIM_TINT.dark)}; text-decoration-color: ${dark}; }`,
  ];
}
