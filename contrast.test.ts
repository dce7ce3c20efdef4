// Contrast of what axe cannot see: CSS custom highlights (claims, mentions, suggestions, find
// matches, drifted claims) and focus rings, computed from the stylesheets' own colours in the
// light and the dark theme. Lines that carry meaning (underlines, focus rings) need 3:1 against
// what they are drawn on (WCAG 1.4.11, non-text contrast); text under a highlight's fill keeps
// 4.5:1 (WCAG 1.4.3).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENTITY_TYPES } from './shared/model/entities';
import { contrast, over, parseColour, type Rgba } from './e2e/support/contrast';
import { mentionRules } from './renderer/editor/extensions/annotation-highlights/mention-styles';
import { suggestionColourRules } from './renderer/editor/extensions/suggestion-highlights/suggestion-state';

type Theme = 'light' | 'dark';

interface Rule {
  selectors: string[];
  declarations: Map<string, string>;
}

function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  const uncommented = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, head, body] of uncommented.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const part of body!.split(';')) {
      const colon = part.indexOf(':');
      if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
    }
    rules.push({ selectors: head!.split(',').map((s) => s.trim()), declarations });
  }
  return rules;
}

/** Every stylesheet of the renderer. */
const STYLES = join(__dirname, 'renderer', 'styles');
const SHEETS = readdirSync(STYLES)
  .filter((f) => f.endsWith('.css'))
  .flatMap((f) => parseRules(readFileSync(join(STYLES, f), 'utf8')));

const DARK = ":root[data-theme='dark']";
const appliesIn = (selector: string, theme: Theme) =>
  theme === 'dark' || !selector.startsWith(DARK);

/** The custom properties on :root in a theme (dark rules after the rest, as the cascade has it). */
function themeVariables(theme: Theme): Map<string, string> {
  const vars = new Map<string, string>();
  const rootRules = (dark: boolean) =>
    SHEETS.filter((r) =>
      r.selectors.some((s) =>
        dark ? s === DARK : s === ':root' || s === ":root[data-theme='light']",
      ),
    );
  for (const rule of [...rootRules(false), ...(theme === 'dark' ? rootRules(true) : [])]) {
    for (const [name, value] of rule.declarations) if (name.startsWith('--')) vars.set(name, value);
  }
  return vars;
}

/** A rule's declarations for the element or pseudo-element `target`, in a theme. */
function declarationsFor(rules: Rule[], target: string, theme: Theme): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of rules) {
    for (const selector of rule.selectors) {
      const plain = selector.replace(`${DARK} `, '');
      if (plain === target && appliesIn(selector, theme)) {
        for (const [k, v] of rule.declarations) found.set(k, v);
      }
    }
  }
  return found;
}

/** The colour of a `text-decoration` (its own `-color` wins over the shorthand's). */
function lineColour(declarations: Map<string, string>): string | null {
  const own = declarations.get('text-decoration-color');
  if (own) return own;
  const shorthand = declarations.get('text-decoration');
  if (!shorthand) return null;
  const colour = /(var\([^)]+\)|#[0-9a-f]{6}|rgba?\([^)]*\)|color-mix\(.*\))\s*$/i.exec(shorthand);
  return colour?.[1] ?? null;
}

const highlight = (name: string) => `.fm-reading-text::highlight(${name})`;
/** Every highlight the stylesheets style, plus those added in script for each entity type. */
const SCRIPT_RULES = DEFAULT_ENTITY_TYPES.flatMap((type) => [
  ...mentionRules(`fm-mention-${type.id}`, type.color),
  ...suggestionColourRules(`fm-suggestion-mention-${type.id}`, type.color),
]).flatMap(parseRules);
const ALL_RULES = [...SHEETS, ...SCRIPT_RULES];
const HIGHLIGHTS = [
  ...new Set(
    ALL_RULES.flatMap((r) => r.selectors)
      .map((s) => /::highlight\(([\w-]+)\)$/.exec(s)?.[1])
      .filter((name): name is string => !!name),
  ),
];

/** What the article's text is drawn on: the page, and code blocks and table headers in it. */
const READING_BACKGROUNDS = ['--bg', '--surface-2', '--surface-3'];
/** Claims are filled in layers (fm-claim-0…3), so nested claims darken where they meet. */
const CLAIM_LAYERS = ['fm-claim-0', 'fm-claim-1', 'fm-claim-2', 'fm-claim-3'];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const vars = themeVariables(theme);
  const colour = (text: string) => parseColour(text, vars);
  const backgrounds = READING_BACKGROUNDS.map((name) => ({ name, colour: colour(`var(${name})`) }));
  const fillOf = (name: string) =>
    declarationsFor(ALL_RULES, highlight(name), theme).get('background-color');

  it('reads every highlight the app paints', () => {
    expect(HIGHLIGHTS).toEqual(
      expect.arrayContaining([
        ...CLAIM_LAYERS,
        'fm-claim-active',
        'fm-claim-drifted',
        'fm-mention',
        'fm-mention-model',
        'fm-suggestion-mention',
        'fm-suggestion-mention-company',
        'fm-suggestion-claim',
        'fm-suggestion-current',
        'fm-find-match',
        'fm-find-current',
      ]),
    );
  });

  it('draws every highlight line at 3:1 or more against the text’s background', () => {
    const low: string[] = [];
    for (const name of HIGHLIGHTS) {
      const line = lineColour(declarationsFor(ALL_RULES, highlight(name), theme));
      if (!line) continue;
      // A line under a filled highlight (the active claim's, the current find match's) is seen
      // against that fill.
      const ownFill = fillOf(name);
      for (const bg of backgrounds) {
        const under = ownFill ? over(colour(ownFill), bg.colour) : bg.colour;
        const ratio = contrast(over(colour(line), under), under);
        if (ratio < 3) low.push(`${name} on ${bg.name}: ${ratio.toFixed(2)}`);
      }
    }
    expect(low).toEqual([]);
  });

  it('marks a claim with a line, not with its fill alone (a tint is not 3:1 against the page)', () => {
    const page = colour('var(--bg)');
    for (const name of [...CLAIM_LAYERS, 'fm-claim-active']) {
      const declarations = declarationsFor(ALL_RULES, highlight(name), theme);
      // the layer's own line, or (the active claim) the one of the layer under it
      const line =
        lineColour(declarations) ??
        lineColour(declarationsFor(ALL_RULES, highlight('fm-claim-0'), theme));
      expect(line, `${name}: a line`).toBeTruthy();
      const fill = over(colour(declarations.get('background-color')!), page);
      console.log(`${theme}: ${name} fill ${contrast(fill, page).toFixed(2)}:1 against the page`);
    }
  });

  it('keeps text under every fill at 4.5:1 or more, a claim’s and the active one’s together', () => {
    const text = colour('var(--text)');
    const low: string[] = [];
    const fillOver = (layers: readonly string[], bg: Rgba) =>
      layers.reduce((acc, name) => over(colour(fillOf(name)!), acc), bg);
    const check = (label: string, layers: readonly string[], on: typeof backgrounds) => {
      for (const bg of on) {
        const ratio = contrast(text, fillOver(layers, bg.colour));
        if (ratio < 4.5) low.push(`${label} on ${bg.name}: ${ratio.toFixed(2)}`);
      }
    };
    for (const name of HIGHLIGHTS.filter((n) => fillOf(n))) check(name, [name], backgrounds);
    check('the active claim', ['fm-claim-0', 'fm-claim-active'], backgrounds);
    check('a claim, the current suggestion', ['fm-claim-0', 'fm-suggestion-current'], backgrounds);
    check('a claim, the current find match', ['fm-claim-0', 'fm-find-current'], backgrounds);
    // Nested claims darken where they meet; two deep, the active one on top, on the page.
    // (Deeper, or in a code block or table header, the fill alone cannot promise it.)
    check(
      'two nested claims, the active one on top',
      [...CLAIM_LAYERS.slice(0, 2), 'fm-claim-active'],
      backgrounds.slice(0, 1),
    );
    expect(low).toEqual([]);
  });

  it('draws the keyboard caret at 3:1 or more against the text’s background', () => {
    const caret = declarationsFor(SHEETS, '.fm-keyboard-caret', theme).get('background-color');
    expect(caret, 'the caret has a colour').toBeTruthy();
    const low = backgrounds
      .map((bg) => ({ bg, ratio: contrast(over(colour(caret!), bg.colour), bg.colour) }))
      .filter(({ ratio }) => ratio < 3)
      .map(({ bg, ratio }) => `on ${bg.name}: ${ratio.toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it('draws focus rings at 3:1 or more on every surface', () => {
    const surfaces = ['--bg', '--surface', '--surface-2', '--surface-3', '--accent-soft'];
    const rings = [
      ['every control', declarationsFor(SHEETS, ':focus-visible', theme).get('outline')],
      [
        'the article',
        declarationsFor(SHEETS, '.fm-reading-text:focus-visible', theme).get('outline'),
      ],
    ] as const;
    const low: string[] = [];
    for (const [what, outline] of rings) {
      const ring = /solid\s+(.+)$/.exec(outline ?? '')?.[1];
      expect(ring, `${what}: an outline with a colour`).toBeTruthy();
      for (const surface of surfaces) {
        const under = colour(`var(${surface})`);
        const ratio = contrast(over(colour(ring!), under), under);
        if (ratio < 3) low.push(`${what} on ${surface}: ${ratio.toFixed(2)}`);
      }
    }
    expect(low).toEqual([]);
  });
});
