// Runs the suggestion engine on one request, with the built-in gazetteer unless the user
// turned it off. Shared by the worker and the in-page fallback. The gazetteer entries behind
// the suggested names come back with them, so accepting one can copy its aliases and links
// without the page loading the whole gazetteer.
import { GAZETTEER, suggestAnnotations } from '../../shared/suggest';
import type { ComputedSuggestions, SuggestionRequest } from './types';

export function runSuggestionEngine(request: SuggestionRequest): ComputedSuggestions {
  const suggestions = suggestAnnotations(request.text, {
    registry: request.registry,
    ...(request.gazetteer ? { gazetteer: GAZETTEER } : {}),
    rejected: request.rejected,
  });
  const used = new Set(suggestions.mentions.map((m) => m.gazetteerId).filter(Boolean));
  return { ...suggestions, gazetteerEntries: GAZETTEER.filter((e) => used.has(e.id)) };
}
