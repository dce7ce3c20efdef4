// Pure helpers over suggestions: which ones are still worth showing next to the article's
// annotations, their reading order, how they group by entity, and where the user lands next.
import type { Article } from '../../shared/model/article';
import type { ClaimSuggestion, MentionSuggestion, Suggestions } from '../../shared/suggest';
import { normalizeName } from './entity-search';
import { partitionPoint } from '../../shared/text/partition-point';

/** A suggestion of either kind, tagged so lists and keys can tell them apart. */
export type AnySuggestion =
  ({ kind: 'mention' } & MentionSuggestion) | ({ kind: 'claim' } & ClaimSuggestion);

/** What the user sees: suggestions not yet accepted, rejected or covered by an annotation. */
export interface SuggestionList {
  articleId: string;
  mentions: readonly MentionSuggestion[];
  claims: readonly ClaimSuggestion[];
  /** Both kinds in reading order (a longer span first where two start together). */
  ordered: readonly AnySuggestion[];
}

/**
 * Answers "does any span overlap [start, end)?" in O(log n): spans sorted by start, with the
 * furthest end reached so far at each index.
 */
function overlapIndex(
  spans: readonly { start: number; end: number }[],
): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  let furthest = -1;
  for (const s of sorted) maxEnd.push((furthest = Math.max(furthest, s.end)));
  return (start, end) => {
    // The last span starting before `end`.
    const lo = partitionPoint(starts.length, (i) => starts[i]! < end);
    return lo > 0 && maxEnd[lo - 1]! > start;
  };
}

function inReadingOrder(a: AnySuggestion, b: AnySuggestion): number {
  return (
    a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === 'claim' ? -1 : 1)
  );
}

/**
 * The suggestions to show: rejected ones and those overlapping an annotation of their kind
 * (an accepted mention, a claim marked there) are left out.
 */
export function visibleSuggestions(
  raw: Suggestions,
  article: Pick<Article, 'id' | 'claims' | 'mentions'>,
  rejected: ReadonlySet<string>,
): SuggestionList {
  const mentionAt = overlapIndex(article.mentions);
  const claimAt = overlapIndex(article.claims);
  const mentions = raw.mentions.filter((s) => !rejected.has(s.id) && !mentionAt(s.start, s.end));
  const claims = raw.claims.filter((s) => !rejected.has(s.id) && !claimAt(s.start, s.end));
  const ordered: AnySuggestion[] = [
    ...mentions.map((s) => ({ kind: 'mention' as const, ...s })),
    ...claims.map((s) => ({ kind: 'claim' as const, ...s })),
  ].sort(inReadingOrder);
  return { articleId: article.id, mentions, claims, ordered };
}

/**
 * Which entity a mention suggestion stands for, across its occurrences: the registry entity
 * when known, else its type and canonical name (the gazetteer's, or the name as found) — the
 * engine may find one name through the gazetteer in one place and by pattern in another.
 */
export function entityKeyOf(suggestion: MentionSuggestion): string {
  if (suggestion.entity) return `ent:${suggestion.entity}`;
  return `name:${suggestion.type}:${normalizeName(suggestion.name)}`;
}

export interface EntitySuggestionGroup {
  key: string;
  name: string;
  type: string;
  /** Known in the registry already (accepting links to it rather than creating an entity). */
  known: boolean;
  suggestions: MentionSuggestion[];
}

/** Mention suggestions grouped by entity, the most frequent first, then by name. */
export function groupByEntity(mentions: readonly MentionSuggestion[]): EntitySuggestionGroup[] {
  const groups = new Map<string, EntitySuggestionGroup>();
  for (const s of mentions) {
    const key = entityKeyOf(s);
    let group = groups.get(key);
    if (!group) {
      group = { key, name: s.name, type: s.type, known: !!s.entity, suggestions: [] };
      groups.set(key, group);
    }
    group.suggestions.push(s);
  }
  return [...groups.values()].sort(
    (a, b) => b.suggestions.length - a.suggestions.length || a.name.localeCompare(b.name),
  );
}

/** The suggestion `step` places after (or before) `currentId`, wrapping around; null if none. */
export function stepFrom(
  ordered: readonly AnySuggestion[],
  currentId: string | null,
  step: 1 | -1,
): AnySuggestion | null {
  if (ordered.length === 0) return null;
  const index = currentId === null ? -1 : ordered.findIndex((s) => s.id === currentId);
  if (index < 0) return step === 1 ? ordered[0]! : ordered[ordered.length - 1]!;
  return ordered[(index + step + ordered.length) % ordered.length]!;
}

/**
 * Where to go once `gone` was accepted or rejected: the first suggestion still shown that
 * came after it in reading order, so A/X can be pressed again and again down the article.
 */
export function nextAfter(
  ordered: readonly AnySuggestion[],
  gone: AnySuggestion,
): AnySuggestion | null {
  return ordered.find((s) => inReadingOrder(s, gone) > 0) ?? ordered[0] ?? null;
}
