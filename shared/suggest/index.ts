// The suggestion engine's public face: what the UI and the `factmark suggest` command use.
export type {
  ClaimReason,
  ClaimSuggestion,
  GazetteerEntry,
  MatchEntry,
  MentionSource,
  MentionSuggestion,
  StructuredClaimFields,
  SuggestOptions,
  Suggestions,
} from './types';
export { GAZETTEER } from './gazetteer';
export { suggestAnnotations } from './suggest';
export { readStructuredClaim, type StructuredClaimContext } from './structured-claim';
export { EntityMatcher, findEntityMentions } from './entity-matcher';
export { knownEntries, nameKey } from './known-entries';
