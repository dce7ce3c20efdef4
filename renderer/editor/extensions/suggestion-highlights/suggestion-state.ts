// The plugin state of `suggestion-highlights`: the last action asked of it, for its view to
// apply to the painter (suggestion-painter.ts), which holds the suggestions themselves.

/** A suggestion in document positions. */
export interface SuggestionHighlight {
  kind: 'mention' | 'claim';
  id: string;
  from: number;
  to: number;
  /** Mentions: the suggested entity type's colour (`#rrggbb`). */
  color?: string;
}

export type SuggestionAction =
  | {
      type: 'update';
      /** ids to take away; `'*'` alone takes them all */
      remove: readonly string[] | '*';
      add: readonly SuggestionHighlight[];
      current: string | null;
    }
  | { type: 'current'; current: string | null };

export interface SuggestionState {
  /** the action of the transaction that made this state (null: none) */
  action: SuggestionAction | null;
}

export const emptySuggestionState: SuggestionState = { action: null };
