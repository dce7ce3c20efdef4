// Undo and redo, in one history for annotation edits in the open article and entity registry
// edits. A step holds the annotations an edit replaced, the registry before and after it, or
// both (creating an entity to tag with it is one step with the tag).
import type { Article } from '../../shared/model/article';
import type { EntityRegistry } from '../../shared/model/entities';
import type { Relation } from '../../shared/model/relations';
import { mergeConcurrentRegistries } from '../../shared/model/registry-merge';
import type { SliceCreator } from './types';
import { rebaseSteps } from './history-rebase';

export interface AnnotationSnapshot {
  articleId: string;
  claims: Article['claims'];
  mentions: Article['mentions'];
  /** Orphans too, so deleting or re-placing one after a reload can be undone. */
  orphans?: Article['orphans'];
  evidence?: Article['evidence'];
}

/** Links an edit adds and removes (they are stored by the host at once, not with the article). */
export interface LinkChange {
  added: readonly Relation[];
  removed: readonly Relation[];
}

export const invertLinks = (change: LinkChange): LinkChange => ({
  added: change.removed,
  removed: change.added,
});

/** A registry edit: undoing it applies the change from `after` back to `before`. */
interface RegistryChange {
  before: EntityRegistry;
  after: EntityRegistry;
}

export interface HistoryStep {
  annotations?: AnnotationSnapshot;
  registry?: RegistryChange;
  /** The links applying this step adds and removes (undoing `Use as evidence` removes its). */
  links?: LinkChange;
  /** Edits with the same key in a row make one step (each keystroke of a note or a name). */
  coalesceKey?: string;
}

/** Enough to walk back a working session; older edits drop off. */
const MAX_HISTORY = 200;

export interface HistorySlice {
  undoStack: readonly HistoryStep[];
  redoStack: readonly HistoryStep[];
  /** Called by every annotation edit with the article as it was before. */
  recordEdit(before: Article, coalesceKey?: string): void;
  /**
   * Called by every registry edit. With `joinNext`, an annotation edit made before the current
   * task ends joins this step (an entity created in order to tag with it).
   */
  recordRegistryEdit(
    before: EntityRegistry,
    after: EntityRegistry,
    options?: { coalesceKey?: string; joinNext?: boolean },
  ): void;
  /**
   * Joins a link change to the step just recorded for the same edit (`links`: what undoing the
   * edit does to the links), or records it as a step of its own.
   */
  recordLinks(links: LinkChange, joinLast: boolean): void;
  /** Forgets the annotation steps (another article opened); registry steps stay undoable. */
  clearHistory(): void;
  /**
   * The open article was refreshed with others' changes (`before` → `after`): my steps are
   * rebased onto it, so undo reverts my edits and keeps theirs (see history-rebase.ts).
   */
  rebaseHistory(before: Article, after: Article): void;
  undo(): void;
  redo(): void;
}

function snapshot(article: Article): AnnotationSnapshot {
  return {
    articleId: article.id,
    claims: article.claims,
    mentions: article.mentions,
    orphans: article.orphans,
    evidence: article.evidence ?? [],
  };
}

export const createHistorySlice: SliceCreator<HistorySlice> = (deps) => (set, get) => {
  /** The step an annotation edit may still join (see recordRegistryEdit's joinNext). */
  let joinable: HistoryStep | null = null;

  function push(step: HistoryStep): void {
    set((s) => ({ undoStack: [...s.undoStack, step].slice(-MAX_HISTORY), redoStack: [] }));
  }

  /** Replaces `step` (found by identity) in the undo stack; a new edit clears the redo stack. */
  function amend(step: HistoryStep, next: HistoryStep): void {
    set((s) => ({ undoStack: s.undoStack.map((x) => (x === step ? next : x)), redoStack: [] }));
  }

  /** Puts a snapshot's annotations back into the open article and saves the result. */
  function restoreAnnotations(target: AnnotationSnapshot): Article | null {
    const article = get().article;
    if (!article || article.id !== target.articleId) return null;
    const restored = {
      ...article,
      claims: target.claims,
      mentions: target.mentions,
      ...(target.orphans ? { orphans: target.orphans } : {}),
      ...(target.evidence ? { evidence: target.evidence } : {}),
      updatedAt: deps.now(),
    };
    const active = get().activeClaimId;
    set({
      article: restored,
      activeClaimId: active && restored.claims.some((c) => c.id === active) ? active : null,
    });
    get().updateSummary(restored);
    get().queueArticleSave(restored);
    return article;
  }

  /**
   * Applies a step and answers the step that reverses it, or null when it cannot apply (its
   * article is no longer open). The registry change is applied as a difference, so changes
   * that arrived from another tab since are kept.
   */
  function apply(step: HistoryStep): HistoryStep | null {
    const article = get().article;
    if (step.annotations && (!article || article.id !== step.annotations.articleId)) return null;
    const reverse: HistoryStep = {};
    if (step.annotations) {
      const replaced = restoreAnnotations(step.annotations);
      if (replaced) reverse.annotations = snapshot(replaced);
    }
    if (step.registry) {
      const current = get().registry;
      const { before, after } = step.registry;
      const next = mergeConcurrentRegistries(current, before, after);
      get().replaceRegistry(next);
      reverse.registry = { before: current, after: next };
    }
    if (step.links) {
      void get().applyLinkChange(step.links);
      reverse.links = invertLinks(step.links);
    }
    return reverse;
  }

  /** Undo or redo: applies the last step of `from` (in one store update) and files its reverse
   * on `to`. */
  function replay(from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack'): void {
    deps.batch(() => {
      const target = get()[from].at(-1);
      if (!target) return;
      const reverse = apply(target);
      if (!reverse) return;
      set((s) => ({ [from]: s[from].slice(0, -1), [to]: [...s[to], reverse] }));
    });
  }

  return {
    undoStack: [],
    redoStack: [],
    recordEdit: (before, coalesceKey) => {
      if (joinable && get().undoStack.includes(joinable)) {
        amend(joinable, { ...joinable, annotations: snapshot(before) });
        joinable = null;
        return;
      }
      const top = get().undoStack.at(-1);
      if (
        coalesceKey &&
        top?.coalesceKey === coalesceKey &&
        top.annotations?.articleId === before.id
      ) {
        set({ redoStack: [] });
        return;
      }
      push({ annotations: snapshot(before), coalesceKey });
    },
    recordLinks: (links, joinLast) => {
      const top = get().undoStack.at(-1);
      if (joinLast && top) {
        amend(top, { ...top, links });
        return;
      }
      push({ links });
    },
    recordRegistryEdit: (before, after, options = {}) => {
      const { coalesceKey, joinNext } = options;
      const top = get().undoStack.at(-1);
      if (coalesceKey && top?.coalesceKey === coalesceKey && top.registry) {
        amend(top, { ...top, registry: { before: top.registry.before, after } });
        return;
      }
      const step: HistoryStep = { registry: { before, after }, coalesceKey };
      push(step);
      if (joinNext) {
        joinable = step;
        queueMicrotask(() => {
          if (joinable === step) joinable = null;
        });
      }
    },
    clearHistory: () =>
      set((s) => ({
        undoStack: s.undoStack.filter((step) => !step.annotations),
        redoStack: s.redoStack.filter((step) => !step.annotations),
      })),
    rebaseHistory: (before, after) =>
      set((s) => ({
        undoStack: rebaseSteps(s.undoStack, before, after),
        redoStack: rebaseSteps(s.redoStack, before, after),
      })),
    undo: () => replay('undoStack', 'redoStack'),
    redo: () => replay('redoStack', 'undoStack'),
  };
};
