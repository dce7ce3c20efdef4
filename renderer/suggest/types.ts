// What the store asks of the suggestion engine and what it answers, in plain data (the engine
// may run in a worker).
import type { EntityRegistry } from '../../shared/model/entities';
import type { GazetteerEntry, Suggestions } from '../../shared/suggest';

export interface SuggestionRequest {
  text: string;
  registry: EntityRegistry;
  /** Offer the built-in gazetteer's well-known names (the user can turn this off). */
  gazetteer: boolean;
  rejected: readonly string[];
}

/** The engine's answer, with the gazetteer entries its mention suggestions refer to. */
export interface ComputedSuggestions extends Suggestions {
  gazetteerEntries?: readonly GazetteerEntry[];
}

export type ComputeSuggestions = (request: SuggestionRequest) => Promise<ComputedSuggestions>;
