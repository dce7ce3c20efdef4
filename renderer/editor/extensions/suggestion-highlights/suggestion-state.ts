// A suggestion as the suggestion-highlights extension and its binding to the store see it, and
// the highlight names it is painted with.
import { HEX_COLOUR } from '../annotation-highlights/mention-styles';

/** A suggestion in document positions. */
export interface SuggestionHighlight {
  kind: 'mention' | 'claim';
  id: string;
  from: number;
  to: number;
  /** Mentions: the suggested entity type's colour (`#rrggbb`). */
  color?: string;
}

export const CLAIM_SUGGESTION = 'fm-suggestion-claim';
export const MENTION_SUGGESTION = 'fm-suggestion-mention';
export const CURRENT_SUGGESTION = 'fm-suggestion-current';

/** The highlight names a suggestion is painted with. */
export function suggestionNames(s: SuggestionHighlight, current: boolean): string[] {
  const base =
    s.kind === 'claim'
      ? CLAIM_SUGGESTION
      : s.color && HEX_COLOUR.test(s.color)
        ? `${MENTION_SUGGESTION}-${s.color.slice(1).toLowerCase()}`
        : MENTION_SUGGESTION;
  return current ? [base, CURRENT_SUGGESTION] : [base];
}

/** The rules of a mention colour: a dashed underline, lighter on the dark theme. */
export function suggestionColourRules(name: string, color: string): string[] {
  const target = `.fm-reading-text::highlight(${name})`;
  return [
    `${target} { text-decoration: underline dashed 2px ${color}; text-underline-offset: 0.32em; text-decoration-skip-ink: none; }`,
    `:root[data-theme='dark'] ${target} { text-decoration-color: color-mix(in srgb, ${color} 60%, white); }`,
  ];
}

/** Under the annotations (claims 0–4, mentions 10), the current one's tint on top of all. */
export function suggestionPriority(name: string): number {
  return name === CURRENT_SUGGESTION ? 20 : -1;
}
