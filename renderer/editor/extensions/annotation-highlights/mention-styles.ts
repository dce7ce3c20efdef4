// Mentions are underlined in their entity type's colour, user types included. A CSS highlight
// has one style, so each colour gets its own highlight name and a rule for it, added to a
// stylesheet built in script (CSSOM, which a `style-src 'self'` CSP allows).

/** A colour the styles accept: `#rrggbb` (anything else would be written into a CSS rule). */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Mentions without a known colour (styles/highlights.css). */
export const PLAIN_MENTION_HIGHLIGHT = 'fm-mention';

/** The highlight name of a mention colour: `fm-mention-0369a1` for `#0369a1`. */
export function mentionHighlightName(color: string | undefined, styles?: MentionStyles): string {
  if (!color || !HEX_COLOUR.test(color)) return PLAIN_MENTION_HIGHLIGHT;
  const name = `fm-mention-${color.slice(1).toLowerCase()}`;
  styles?.ensure(name, color.toLowerCase());
  return name;
}

/** The rules for one colour: underlined, and lighter on the dark theme. */
export function mentionRules(name: string, color: string): string[] {
  const target = `.fm-reading-text::highlight(${name})`;
  return [
    `${target} { text-decoration: underline 2.5px ${color}; text-underline-offset: 0.2em; text-decoration-skip-ink: none; }`,
    `:root[data-theme='dark'] ${target} { text-decoration-color: color-mix(in srgb, ${color} 60%, white); }`,
  ];
}

/**
 * A stylesheet adopted by the document, holding the rules of each colour once (suggestions
 * reuse it with their own rules).
 */
export class MentionStyles {
  private readonly sheet: CSSStyleSheet | null = null;
  private readonly named = new Set<string>();

  constructor(
    private readonly doc: Document,
    private readonly rules: (name: string, color: string) => string[] = mentionRules,
  ) {
    try {
      this.sheet = new CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    } catch {
      this.sheet = null; // no constructable stylesheets (jsdom): names still work, unstyled
    }
  }

  ensure(name: string, color: string): void {
    if (this.named.has(name)) return;
    this.named.add(name);
    for (const rule of this.rules(name, color)) {
      try {
        this.sheet?.insertRule(rule, this.sheet.cssRules.length);
      } catch {
        // a browser without ::highlight() refuses the rule; mentions then go unstyled
      }
    }
  }

  destroy(): void {
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    }
  }
}
