// The suggestion engine's vocabulary: what it is given (registry, gazetteer, what already exists)
// and what it offers (mentions of entities, sentences that look like checkable claims).
import type { StructuredClaim } from '../model/annotations';
import type { EntityRegistry } from '../model/entities';

/** One well-known entity of the starter gazetteer (`gazetteer.json`). */
export interface GazetteerEntry {
  /** `gz_` + a slug of the name; stable across releases. */
  id: string;
  /** An entity type id: `model`, `company` or `person` in the shipped gazetteer. */
  type: 'model' | 'company' | 'person' | string;
  name: string;
  aliases: string[];
  /** External ids where they are certain: `wikidata`, `huggingface`, `homepage`. */
  links?: Record<string, string>;
  description?: string;
}

/** Where a suggested mention comes from, strongest first. */
export type MentionSource = 'registry' | 'gazetteer' | 'ner' | 'model-pattern';

/** A span of the text that names an entity, offered to the user to accept or reject. */
export interface MentionSuggestion {
  /** `sm_${start}_${end}`: stable while the text is, so a rejection can be remembered. */
  id: string;
  /** Code points into the canonical text, end exclusive. */
  start: number;
  end: number;
  quote: string;
  /** The canonical name of the entity (the registry's or gazetteer's name, or the quote). */
  name: string;
  /** An entity type id. */
  type: string;
  /** The registry entity's id, when the name is already known to the library. */
  entity?: string;
  /** The gazetteer entry the name was found through, if any. */
  gazetteerId?: string;
  source: MentionSource;
}

/** A claim read as data: who, what was measured, how much, in what, under which condition. */
export type StructuredClaimFields = StructuredClaim;

/**
 * Why a sentence was suggested as a claim. The strong ones alone make a claim; the weak ones
 * (`date`, `release`, `number`, `attribution`, `technical`, `role`) need another or a mention.
 */
export type ClaimReason =
  | 'percentage'
  | 'parameter-count'
  | 'money'
  | 'benchmark'
  | 'comparison'
  | 'date'
  | 'release'
  | 'number'
  | 'attribution'
  | 'technical'
  | 'role';

export interface ClaimSuggestion {
  /** `sc_${start}_${end}`. */
  id: string;
  start: number;
  end: number;
  quote: string;
  /** `ClaimReason`s, strongest first. */
  reasons: string[];
  structured?: StructuredClaimFields;
}

export interface Suggestions {
  /** Sorted by start. */
  mentions: MentionSuggestion[];
  /** Sorted by start. */
  claims: ClaimSuggestion[];
}

export interface SuggestOptions {
  registry: EntityRegistry;
  /** Omitted when the user turned the gazetteer off. */
  gazetteer?: readonly GazetteerEntry[];
  /** Annotations the article already has: not suggested again. */
  existing?: {
    claims: readonly { start: number; end: number }[];
    mentions: readonly { start: number; end: number; entity: string }[];
  };
  /** Suggestion ids the user rejected: never offered again. */
  rejected?: readonly string[];
}

/** A name the matcher looks for: every name of one entity, with what a match stands for. */
export interface MatchEntry {
  /** Unique per entry (a registry or gazetteer id). */
  key: string;
  type: string;
  names: readonly string[];
  entity?: string;
  gazetteerId?: string;
  /** The name a match is reported under. */
  canonical: string;
}
