// The open article and its annotations: marking claims, tagging entities (on a claim or as a
// mention), status, notes and removal. Every edit goes through `commit`, which records it for
// undo, refreshes the library row and queues the autosave.
import { canonicalText } from '../../shared/model/blocks';
import type { Article } from '../../shared/model/article';
import type { Claim, ClaimStatus, Evidence, StructuredClaim } from '../../shared/model/annotations';
import { createClaim, createMention } from '../../shared/model/annotate';
import { CodePointIndex } from '../../shared/text/code-points';
import { PositionMap } from '../../shared/text/position-map';
import type { ReadingIndex } from '../../shared/text/span';
import * as edits from './annotation-edits';
import { withinMyLayer } from './layers';
import { entityResolver } from '../../shared/model/registry-ops';
import type { TagTarget } from './tag-target';
import type { SliceCreator, Span } from './types';

// Offsets and positions of the open article, built once when it opens.
export type { ReadingIndex };

export interface ArticleSlice {
  article: Article | null;
  reading: ReadingIndex | null;
  /** Why the open article cannot be annotated (its blocks do not add up to its text). */
  readingProblem: string | null;
  activeClaimId: string | null;
  showArticle(article: Article): void;
  closeArticle(): void;
  /** The reading view found the article unsafe to annotate (see readingProblem). */
  reportReadingProblem(message: string): void;
  setActiveClaim(claimId: string | null): void;
  /** Marks the span as a claim (or picks the claim already there) and makes it active. */
  markClaim(span: Span): Claim | null;
  tagEntity(target: TagTarget, entityId: string): void;
  untagClaim(claimId: string, entityId: string): void;
  setClaimStatus(claimId: string, status: ClaimStatus): void;
  setClaimNote(claimId: string, note: string): void;
  /** Replaces a claim's evidence links (one undo step per change). */
  setClaimEvidence(claimId: string, evidence: readonly Evidence[]): void;
  /**
   * Replaces a claim's structured fields; typing in one `field` (a name of the caller's
   * choosing) coalesces into one undo step.
   */
  setClaimStructured(
    claimId: string,
    structured: StructuredClaim | undefined,
    field?: string,
  ): void;
  removeClaim(claimId: string): void;
  removeMentions(mentionIds: readonly string[]): void;
  /**
   * Shows an edited open article (with any other state that changes with it, in the same
   * update) as one undo step, refreshes its library row and queues its save. For edits made
   * outside this slice (suggestions, reload review); `next` must derive from the open article.
   */
  commitArticleEdit(
    next: Article,
    also?: Partial<Pick<ArticleSlice, 'activeClaimId'>>,
    coalesceKey?: string,
  ): void;
}

export const createArticleSlice: SliceCreator<ArticleSlice> = (deps) => (set, get) => {
  /** The open article, if annotations can be placed on it; tells the user why not otherwise. */
  function editable(): { article: Article; reading: ReadingIndex } | null {
    const { article, reading, readingProblem } = get();
    if (!article || !reading) return null;
    if (readingProblem) {
      get().notify('error', readingProblem);
      return null;
    }
    return { article, reading };
  }

  /** Applies an edit (with any other state that changes with it, in the same update). */
  function commit(
    next: Article,
    also: Partial<Pick<ArticleSlice, 'activeClaimId'>> = {},
    coalesceKey?: string,
  ): void {
    const before = get().article;
    if (!before || next === before) {
      if (also.activeClaimId !== undefined) set(also);
      return;
    }
    const me = get().annotator;
    if (me) {
      // Others' annotations are theirs: my edits go to my layer (see docs/team.md).
      const kept = withinMyLayer(before, next, me);
      if (kept.refused) {
        get().notify(
          'info',
          `That is ${kept.refused}'s annotation and stays as they made it; mark the same text ` +
            `to record your own.`,
        );
      }
      next = kept.article;
      if (sameAnnotations(next, before)) return;
    }
    // One store update for the edit, its history step, library row and save queue.
    deps.batch(() => {
      set({ article: next, ...also });
      get().recordEdit(before, coalesceKey);
      get().updateSummary(next);
      get().queueArticleSave(next);
    });
  }

  const sameAnnotations = (a: Article, b: Article) =>
    a.claims === b.claims &&
    a.mentions === b.mentions &&
    a.orphans === b.orphans &&
    a.evidence === b.evidence;

  function validSpan(reading: ReadingIndex, { start, end }: Span): boolean {
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start
      ? end <= reading.text.length
      : false;
  }

  return {
    article: null,
    reading: null,
    readingProblem: null,
    activeClaimId: null,
    showArticle: (article) => {
      const readingProblem =
        canonicalText(article.blocks) === article.text
          ? null
          : `“${article.title}”: its stored text does not match its blocks, so annotations cannot be placed safely. Reopen the source to repair it.`;
      set({
        article,
        reading: {
          text: new CodePointIndex(article.text),
          positions: new PositionMap(article.blocks),
        },
        readingProblem,
        activeClaimId: null,
        // A newly opened article shows in the centre, in place of the corpus view.
        centreView: 'article',
        activeEvidenceId: null,
      });
      get().clearHistory();
      if (readingProblem) get().notify('error', readingProblem);
    },
    closeArticle: () => {
      set({ article: null, reading: null, readingProblem: null, activeClaimId: null });
      get().clearHistory();
    },
    reportReadingProblem: (message) => {
      if (get().readingProblem === message) return;
      set({ readingProblem: message });
      get().notify('error', message);
    },
    setActiveClaim: (claimId) => set({ activeClaimId: claimId }),
    markClaim: (span) => {
      const open = editable();
      if (!open || !validSpan(open.reading, span)) return null;
      const existing = edits.findClaimAt(open.article, span.start, span.end, get().annotator);
      if (existing) {
        set({ activeClaimId: existing.id });
        return existing;
      }
      const now = deps.now();
      const claim = createClaim(open.reading.text, span.start, span.end, now);
      commit(edits.addClaim(open.article, claim, now), { activeClaimId: claim.id });
      return claim;
    },
    tagEntity: (target, entityId) => {
      const open = editable();
      if (!open) return;
      const now = deps.now();
      if (target.kind === 'claim') {
        commit(edits.tagClaim(open.article, target.claimId, entityId, now), {
          activeClaimId: target.claimId,
        });
        return;
      }
      if (!validSpan(open.reading, target)) return;
      const me = get().annotator;
      const duplicate = open.article.mentions.some(
        (m) =>
          m.start === target.start &&
          m.end === target.end &&
          m.entity === entityId &&
          (!me || !m.annotator || m.annotator === me),
      );
      if (duplicate) return;
      const mention = createMention(open.reading.text, target.start, target.end, entityId, now);
      commit(edits.addMention(open.article, mention, now));
    },
    untagClaim: (claimId, entityId) => {
      const open = editable();
      if (!open) return;
      // The chip shows the entity a tag resolves to: untag every id standing for it (a merged one).
      const resolve = entityResolver(get().registry);
      const claim = open.article.claims.find((c) => c.id === claimId);
      const ids = claim?.entities.filter((e) => e === entityId || resolve(e) === entityId) ?? [];
      const now = deps.now();
      commit(ids.reduce((a, id) => edits.untagClaim(a, claimId, id, now), open.article));
    },
    setClaimStatus: (claimId, status) => {
      const open = editable();
      if (open) commit(edits.setClaimStatus(open.article, claimId, status, deps.now()));
    },
    setClaimNote: (claimId, note) => {
      const open = editable();
      if (open) {
        commit(edits.setClaimNote(open.article, claimId, note, deps.now()), {}, `note:${claimId}`);
      }
    },
    setClaimEvidence: (claimId, evidence) => {
      const open = editable();
      if (open) commit(edits.setClaimEvidence(open.article, claimId, evidence, deps.now()));
    },
    setClaimStructured: (claimId, structured, field = '') => {
      const open = editable();
      if (open) {
        commit(
          edits.setClaimStructured(open.article, claimId, structured, deps.now()),
          {},
          `structured:${claimId}:${field}`,
        );
      }
    },
    commitArticleEdit: commit,
    removeClaim: (claimId) => {
      const open = editable();
      if (!open) return;
      const wasActive = get().activeClaimId === claimId;
      const top = get().undoStack.at(-1);
      commit(
        edits.removeClaim(open.article, claimId, deps.now()),
        wasActive ? { activeClaimId: null } : {},
      );
      // Its links go with it, in the same undo step (when the removal made one).
      if (get().undoStack.at(-1) !== top) get().unlinkEnds([claimId]);
    },
    removeMentions: (mentionIds) => {
      const open = editable();
      if (!open) return;
      const top = get().undoStack.at(-1);
      commit(edits.removeMentions(open.article, mentionIds, deps.now()));
      // A role pointing at a mention goes with it, in the same undo step.
      if (get().undoStack.at(-1) !== top) get().unlinkEnds(mentionIds);
    },
  };
};
