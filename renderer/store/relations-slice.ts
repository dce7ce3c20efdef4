// Evidence and links between annotations: the claim evidence is being collected for (kept across
// article switches), the links touching the open article as the host lists them, and the edits
// that make and remove links. A link is stored by the host at once (its ends may be in two
// articles); an edit that adds or removes one records it with its undo step (history-slice).
import { createEvidencePassage } from '../../shared/model/annotate';
import type { StructuredClaim } from '../../shared/model/annotations';
import { newId } from '../../shared/model/ids';
import type { RelationView } from '../../shared/model/relation-edits';
import {
  touches,
  type AnnotationRef,
  type ClaimRelationType,
  type EvidenceRelationType,
  type Relation,
  type RelationType,
  type RoleField,
} from '../../shared/model/relations';
import * as edits from './annotation-edits';
import type { LinkChange } from './history-slice';
import { errorMessage, type SliceCreator, type Span } from './types';

/** The claim that passages and claims are linked to while collecting evidence. */
export interface LinkingTarget extends AnnotationRef {
  quote: string;
  title: string;
}

export interface RelationsSlice {
  linkingTarget: LinkingTarget | null;
  /** The links touching the open article, as last listed by the host. */
  relationViews: { articleId: string; views: readonly RelationView[] } | null;
  /** The evidence passage picked in the text (its links are shown). */
  activeEvidenceId: string | null;
  /** Collects evidence for a claim of the open article (the active one by default). */
  collectEvidence(claimId?: string): void;
  stopCollecting(): void;
  /** Asks the host for the links touching the open article. */
  loadRelations(): Promise<void>;
  /** Makes `span` of the open article an evidence passage linked to the target claim. */
  useAsEvidence(span: Span, type: EvidenceRelationType): Promise<boolean>;
  /** Links the target claim to a claim of the open article. */
  linkToTarget(claimId: string, type: ClaimRelationType): Promise<boolean>;
  /**
   * Points a claim's structured `field` at where it came from: a mention or passage of the open
   * article, or a span inside the claim (kept as an evidence passage). An empty field takes the
   * quote (the subject, a mention's entity); a role the field had is replaced. One undo step.
   * `shown`: the fields as the form shows them (a reading of the quote not saved yet is saved
   * with the pointed one).
   */
  pointField(
    claimId: string,
    field: RoleField,
    to: FieldSource,
    shown?: StructuredClaim,
  ): Promise<boolean>;
  /** Removes one link (an undo step). */
  removeLink(relation: Relation): void;
  /** Removes an evidence passage of the open article and its links (one undo step). */
  removeEvidencePassage(id: string): void;
  setActiveEvidence(id: string | null): void;
  /** Opens an annotation's article with the annotation active; false when it is gone. */
  openAnnotation(end: AnnotationRef): Promise<boolean>;
  /**
   * Unlinks what touches annotations of the open article just removed, joining the removal's
   * undo step.
   */
  unlinkEnds(annotationIds: readonly string[]): void;
  /** Stores a link change with the host once pending saves are in, then lists links again. */
  applyLinkChange(change: LinkChange): Promise<void>;
}

/** What a structured field is pointed at: an annotation of the open article, or a span. */
export type FieldSource = { annotation: string } | { span: Span };

export const createRelationsSlice: SliceCreator<RelationsSlice> = (deps) => (set, get) => {
  /** What a failed link call tells the person. */
  const failed = (what: string, error: unknown) =>
    get().notify('error', `Could not ${what}: ${errorMessage(error)}`);

  /** The links touching an annotation of the open article, as listed. */
  function linksOf(annotationId: string): Relation[] {
    const { article, relationViews } = get();
    if (!article || relationViews?.articleId !== article.id) return [];
    const ref = { document: article.id, annotation: annotationId };
    return relationViews.views.map((v) => v.relation).filter((r) => touches(r, ref));
  }

  /**
   * Stores a new link from a claim to an annotation of the open article, undoably, in place of
   * the links in `replacing`.
   */
  async function linkFrom(
    from: AnnotationRef,
    to: AnnotationRef,
    type: RelationType,
    joinLast: boolean,
    replacing: readonly Relation[] = [],
  ): Promise<boolean> {
    const relation: Relation = { id: newId('rel'), type, from, to, createdAt: deps.now() };
    // Applying the step (undo) removes the link again and puts back those it replaced.
    get().recordLinks({ added: replacing, removed: [relation] }, joinLast);
    await get().applyLinkChange({ added: [relation], removed: replacing });
    return true;
  }

  /** Stores a new link from the target to an annotation of the open article, undoably. */
  function linkFromTarget(to: AnnotationRef, type: RelationType, joinLast: boolean) {
    const target = get().linkingTarget;
    if (!target) return Promise.resolve(false);
    const from = { document: target.document, annotation: target.annotation };
    return linkFrom(from, to, type, joinLast);
  }

  return {
    linkingTarget: null,
    relationViews: null,
    activeEvidenceId: null,
    collectEvidence: (claimId) => {
      const { article, activeClaimId } = get();
      const id = claimId ?? activeClaimId;
      const claim = article?.claims.find((c) => c.id === id);
      if (!article || !claim) {
        get().notify('info', 'Pick a claim first: evidence is collected for the active claim.');
        return;
      }
      set({
        linkingTarget: {
          document: article.id,
          annotation: claim.id,
          quote: claim.quote,
          title: article.title,
        },
      });
    },
    stopCollecting: () => set({ linkingTarget: null }),
    loadRelations: async () => {
      const article = get().article;
      if (!article) return;
      try {
        const { relations } = await deps.api.listRelations({ article: article.id });
        if (get().article?.id === article.id) {
          set({ relationViews: { articleId: article.id, views: relations } });
        }
      } catch {
        // A new article the host has not stored yet has none; links show once it has.
        if (get().article?.id === article.id) {
          set({ relationViews: { articleId: article.id, views: [] } });
        }
      }
    },
    useAsEvidence: async (span, type) => {
      const { article, reading, linkingTarget, readingProblem } = get();
      if (!article || !reading || readingProblem || !linkingTarget) return false;
      const now = deps.now();
      const passage = createEvidencePassage(reading.text, span.start, span.end, now);
      const top = get().undoStack.at(-1);
      get().commitArticleEdit(edits.addEvidencePassage(article, passage, now));
      // The link joins the passage's undo step (none: the edit was refused).
      if (get().undoStack.at(-1) === top) return false;
      set({ activeEvidenceId: passage.id });
      return linkFromTarget({ document: article.id, annotation: passage.id }, type, true);
    },
    linkToTarget: async (claimId, type) => {
      const { article, linkingTarget } = get();
      if (!article || !linkingTarget) return false;
      if (linkingTarget.document === article.id && linkingTarget.annotation === claimId) {
        get().notify('info', 'A claim is not linked to itself: pick another claim.');
        return false;
      }
      return linkFromTarget({ document: article.id, annotation: claimId }, type, false);
    },
    pointField: async (claimId, field, source, shown) => {
      const { article, reading, readingProblem } = get();
      const claim = article?.claims.find((c) => c.id === claimId);
      if (!article || !reading || readingProblem || !claim) return false;
      const now = deps.now();
      let next = article;
      let end: { id: string; quote: string; entity?: string } | undefined;
      if ('span' in source) {
        const { start, end: stop } = source.span;
        if (start < claim.start || stop > claim.end || stop <= start) {
          get().notify('info', 'Select text inside the claim to point a field at it.');
          return false;
        }
        const passage = createEvidencePassage(reading.text, start, stop, now);
        next = edits.addEvidencePassage(next, passage, now);
        end = { id: passage.id, quote: passage.quote };
      } else {
        const id = source.annotation;
        end = [...article.mentions, ...(article.evidence ?? [])].find((a) => a.id === id);
      }
      if (!end) return false;
      const value = field === 'subject' ? end.entity : end.quote.trim();
      // The fields as shown are saved with it (pointing accepts a reading of the quote).
      const fields = { ...(shown ?? claim.structured) };
      if (value && !fields[field]) fields[field] = value;
      next = edits.setClaimStructured(next, claimId, fields, now);
      const top = get().undoStack.at(-1);
      if (next !== article) get().commitArticleEdit(next);
      const joinLast = get().undoStack.at(-1) !== top;
      const type = `role:${field}` as const;
      const replacing = linksOf(claimId).filter(
        (r) => r.type === type && r.from.annotation === claimId,
      );
      const to = { document: article.id, annotation: end.id };
      return linkFrom({ document: article.id, annotation: claimId }, to, type, joinLast, replacing);
    },
    removeLink: (relation) => {
      get().recordLinks({ added: [relation], removed: [] }, false);
      void get().applyLinkChange({ added: [], removed: [relation] });
    },
    removeEvidencePassage: (id) => {
      const article = get().article;
      if (!article) return;
      const top = get().undoStack.at(-1);
      get().commitArticleEdit(edits.removeEvidencePassage(article, id, deps.now()));
      if (get().undoStack.at(-1) === top) return;
      if (get().activeEvidenceId === id) set({ activeEvidenceId: null });
      get().unlinkEnds([id]);
    },
    setActiveEvidence: (id) => set({ activeEvidenceId: id }),
    openAnnotation: async (end) => {
      const opened = await get().openArticle(end.document);
      const article = get().article;
      if (!opened || article?.id !== end.document) return false;
      if (article.claims.some((c) => c.id === end.annotation)) {
        set({ centreView: 'article', activeClaimId: end.annotation, activeEvidenceId: null });
        return true;
      }
      if (article.evidence?.some((e) => e.id === end.annotation)) {
        set({ centreView: 'article', activeEvidenceId: end.annotation });
        return true;
      }
      get().notify('info', `That annotation is no longer placed in “${article.title}”.`);
      return false;
    },
    unlinkEnds: (annotationIds) => {
      const links = [...new Set(annotationIds.flatMap(linksOf))];
      if (links.length === 0) return;
      get().recordLinks({ added: links, removed: [] }, true);
      void get().applyLinkChange({ added: [], removed: links });
    },
    applyLinkChange: async ({ added, removed }) => {
      try {
        // A link names annotations the host must have: a passage just made is saved first.
        await get().flushSaves();
        if (removed.length > 0) {
          const links = removed.map((r) => ({ id: r.id, article: r.from.document }));
          await deps.api.unlinkAnnotations({ links });
        }
        if (added.length > 0) await deps.api.linkAnnotations({ relations: [...added] });
      } catch (error) {
        failed(added.length > 0 ? 'link them' : 'remove the link', error);
      }
      await get().loadRelations();
    },
  };
};
