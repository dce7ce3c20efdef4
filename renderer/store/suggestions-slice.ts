// Suggested mentions and claims for the open article: computed by the suggestion engine, kept
// only here (never in the Article, so never saved or exported) until the user accepts one,
// which then goes through the ordinary annotation actions (autosave, undo). Rejected ones are
// remembered per article in preference storage, so they do not come back after a reload.
import type { Article } from '../../shared/model/article';
import type { CodePointIndex } from '../../shared/text/code-points';
import { createClaim, createMention } from '../../shared/model/annotate';
import { resolveEntityId } from '../../shared/model/registry-ops';
import { addClaim, addMention, compactStructured } from './annotation-edits';
import { normalizeName } from './entity-search';
import type { GazetteerEntry, MentionSuggestion } from '../../shared/suggest';
import {
  entityKeyOf,
  nextAfter,
  stepFrom,
  visibleSuggestions,
  type AnySuggestion,
  type SuggestionList,
} from './suggestion-list';
import { errorMessage, type PreferenceStorage, type SliceCreator } from './types';
import type { ComputedSuggestions, ComputeSuggestions, SuggestionRequest } from '../suggest/types';

export type { ComputedSuggestions, ComputeSuggestions, SuggestionRequest };

export interface SuggestionsSlice {
  /** What to offer in the open article; null when none is open or nothing was computed yet. */
  suggestions: SuggestionList | null;
  suggestionsStatus: 'idle' | 'working' | 'ready' | 'failed';
  /** The suggestion Tab moved to, which A / X act on. */
  currentSuggestionId: string | null;
  /** Ids the user rejected in the open article. */
  rejectedSuggestions: readonly string[];
  /** Asks the engine again (the article opened, the registry changed). */
  refreshSuggestions(): Promise<void>;
  /** Re-filters what is shown after the article's annotations changed (cheap, no engine). */
  updateVisibleSuggestions(): void;
  setCurrentSuggestion(id: string | null): void;
  /** Moves to the next (1) or previous (-1) suggestion, wrapping; returns it. */
  moveToSuggestion(step: 1 | -1): AnySuggestion | null;
  /** Accepts a suggestion (the current one by default); true when an annotation was made. */
  acceptSuggestion(id?: string): boolean;
  rejectSuggestion(id?: string): void;
  /** Accepts every shown mention of the suggestion's entity, as one undo step; the count. */
  acceptAllOfEntity(id?: string): number;
}

const REJECTED_PREFIX = 'factmark.rejected-suggestions.';
/** Enough for any article; a runaway list must not fill the storage quota. */
const MAX_REJECTED = 5_000;

export function rejectedKey(articleId: string): string {
  return `${REJECTED_PREFIX}${articleId}`;
}

function readRejected(storage: PreferenceStorage | null, articleId: string): string[] {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(rejectedKey(articleId)) ?? '[]');
    return Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    // Unreadable or unavailable storage: offer everything again rather than fail.
    return [];
  }
}

function writeRejected(storage: PreferenceStorage | null, articleId: string, ids: string[]) {
  try {
    storage?.setItem(rejectedKey(articleId), JSON.stringify(ids.slice(-MAX_REJECTED)));
  } catch {
    // Not remembering a rejection is a nuisance, not a loss: it can be rejected again.
  }
}

export function createSuggestionsSlice(
  compute: ComputeSuggestions,
): SliceCreator<SuggestionsSlice> {
  return (deps) => (set, get) => {
    /** The engine's last answer, before filtering, and the article it was for. */
    let raw: { articleId: string; text: string; result: ComputedSuggestions } | null = null;
    let rejectedFor: string | null = null;
    let generation = 0;

    function rejectedOf(article: Article): string[] {
      if (rejectedFor !== article.id) {
        rejectedFor = article.id;
        set({ rejectedSuggestions: readRejected(deps.storage, article.id) });
      }
      return get().rejectedSuggestions.slice();
    }

    /** Shows what is left of `raw` for the open article, keeping the current one if it is. */
    function derive(current: string | null = get().currentSuggestionId): SuggestionList | null {
      const article = get().article;
      if (!article || !raw || raw.articleId !== article.id || raw.text !== article.text) {
        return null;
      }
      const list = visibleSuggestions(raw.result, article, new Set(rejectedOf(article)));
      const kept = current !== null && list.ordered.some((s) => s.id === current);
      set({ suggestions: list, currentSuggestionId: kept ? current : null });
      return list;
    }

    function find(id: string | undefined): AnySuggestion | null {
      const wanted = id ?? get().currentSuggestionId;
      if (wanted === null) return null;
      return get().suggestions?.ordered.find((s) => s.id === wanted) ?? null;
    }

    /** After acting on `gone`, the next suggestion down the article becomes current. */
    function moveOnFrom(gone: AnySuggestion): void {
      const list = derive(null);
      const next = list ? nextAfter(list.ordered, gone) : null;
      set({ currentSuggestionId: next?.id ?? null });
    }

    /** The gazetteer entry behind a suggested name, to start a new entity with its details. */
    function gazetteerEntryFor(suggestion: MentionSuggestion): GazetteerEntry | undefined {
      const entries = raw?.result.gazetteerEntries ?? [];
      if (suggestion.gazetteerId) return entries.find((e) => e.id === suggestion.gazetteerId);
      const name = normalizeName(suggestion.name);
      return entries.find((e) => e.type === suggestion.type && normalizeName(e.name) === name);
    }

    /**
     * The registry entity a mention suggestion stands for (through merges), created when it is
     * new — with the gazetteer's aliases, links and description — in the same undo step as the
     * mention that follows.
     */
    function entityFor(suggestion: MentionSuggestion): string | null {
      const { registry } = get();
      const known = suggestion.entity ? resolveEntityId(registry, suggestion.entity) : null;
      if (known && registry.entities.some((e) => e.id === known)) return known;
      const entry = gazetteerEntryFor(suggestion);
      const details = entry
        ? {
            aliases: entry.aliases,
            links: entry.links ?? {},
            ...(entry.description ? { description: entry.description } : {}),
          }
        : undefined;
      return get().createEntity(suggestion.name, suggestion.type, details)?.id ?? null;
    }

    /** The open article and its text, if annotations can be placed; tells the user why not. */
    function editable(): { before: Article; text: CodePointIndex } | null {
      const { article, reading, readingProblem } = get();
      if (!article || !reading) return null;
      if (readingProblem) {
        get().notify('error', readingProblem);
        return null;
      }
      return { before: article, text: reading.text };
    }

    return {
      suggestions: null,
      suggestionsStatus: 'idle',
      currentSuggestionId: null,
      rejectedSuggestions: [],

      refreshSuggestions: async () => {
        const token = ++generation;
        const { article, registry } = get();
        if (!article) {
          raw = null;
          set({ suggestions: null, suggestionsStatus: 'idle', currentSuggestionId: null });
          return;
        }
        if (raw && raw.articleId !== article.id) {
          raw = null;
          set({ suggestions: null, currentSuggestionId: null });
        }
        set({ suggestionsStatus: 'working' });
        try {
          const result = await compute({
            text: article.text,
            registry,
            gazetteer: registry.settings.gazetteer,
            rejected: rejectedOf(article),
          });
          // A newer request, or another article, has taken over meanwhile.
          if (token !== generation || get().article?.id !== article.id) return;
          raw = { articleId: article.id, text: article.text, result };
          derive();
          set({ suggestionsStatus: 'ready' });
        } catch (err) {
          if (token !== generation) return;
          set({ suggestionsStatus: 'failed' });
          get().notify('error', `Could not work out suggestions: ${errorMessage(err)}`);
        }
      },

      updateVisibleSuggestions: () => void derive(),

      setCurrentSuggestion: (id) => set({ currentSuggestionId: id }),

      moveToSuggestion: (step) => {
        const ordered = get().suggestions?.ordered ?? [];
        const next = stepFrom(ordered, get().currentSuggestionId, step);
        set({ currentSuggestionId: next?.id ?? null });
        return next;
      },

      acceptSuggestion: (id) => {
        const suggestion = find(id);
        const open = suggestion ? editable() : null;
        if (!suggestion || !open) return false;
        const { before, text } = open;
        if (suggestion.kind === 'claim') {
          // Made here rather than by markClaim, so the fields read from the text come with it
          // in the same undo step.
          const now = deps.now();
          const claim = createClaim(text, suggestion.start, suggestion.end, now);
          const structured = compactStructured(suggestion.structured);
          const made = structured ? { ...claim, structured } : claim;
          get().commitArticleEdit(addClaim(before, made, now), { activeClaimId: made.id });
        } else {
          const entityId = entityFor(suggestion);
          if (!entityId) return false;
          get().tagEntity(
            { kind: 'mention', start: suggestion.start, end: suggestion.end },
            entityId,
          );
        }
        const accepted = get().article !== before;
        if (accepted) moveOnFrom(suggestion);
        return accepted;
      },

      rejectSuggestion: (id) => {
        const suggestion = find(id);
        const article = get().article;
        if (!suggestion || !article) return;
        const rejected = [...rejectedOf(article), suggestion.id];
        writeRejected(deps.storage, article.id, rejected);
        set({ rejectedSuggestions: rejected });
        moveOnFrom(suggestion);
      },

      acceptAllOfEntity: (id) => {
        const suggestion = find(id);
        if (suggestion?.kind !== 'mention') return 0;
        const key = entityKeyOf(suggestion);
        const all = (get().suggestions?.mentions ?? []).filter((s) => entityKeyOf(s) === key);
        const open = editable();
        if (!open) return 0;
        const { before, text } = open;
        const entityId = entityFor(suggestion);
        if (!entityId) return 0;
        // One edit for all of them, so one undo takes them all back.
        const now = deps.now();
        let next = before;
        for (const s of all) {
          next = addMention(next, createMention(text, s.start, s.end, entityId, now), now);
        }
        if (next === before) return 0;
        get().commitArticleEdit(next);
        moveOnFrom(suggestion);
        return all.length;
      },
    };
  };
}
