// A suggestion as the painter (suggestion-painter.ts) and its binding to the store see it.

/** A suggestion in document positions. */
export interface SuggestionHighlight {
  kind: 'mention' | 'claim';
  id: string;
  from: number;
  to: number;
  /** Mentions: the suggested entity type's colour (`#rrggbb`). */
  color?: string;
}
