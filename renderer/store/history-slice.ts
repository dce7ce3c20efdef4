// Undo and redo of annotation edits in the open article: each edit records the claims and
// mentions it replaced. Entity registry changes are not undone (a created entity is harmless).
import type { Article } from '../../shared/model/article';
import type { SliceCreator } from './types';

interface AnnotationSnapshot {
  articleId: string;
  /** Edits with the same key in a row make one step (each keystroke of a note). */
  coalesceKey?: string;
  claims: Article['claims'];
  mentions: Article['mentions'];
}

/** Enough to walk back a working session; older edits drop off. */
const MAX_HISTORY = 200;

export interface HistorySlice {
  undoStack: readonly AnnotationSnapshot[];
  redoStack: readonly AnnotationSnapshot[];
  /** Called by every annotation edit with the article as it was before. */
  recordEdit(before: Article, coalesceKey?: string): void;
  clearHistory(): void;
  undo(): void;
  redo(): void;
}

function snapshot(article: Article): AnnotationSnapshot {
  return { articleId: article.id, claims: article.claims, mentions: article.mentions };
}

export const createHistorySlice: SliceCreator<HistorySlice> = (deps) => (set, get) => {
  /** Puts a snapshot's annotations back into the open article and saves the result. */
  function restore(target: AnnotationSnapshot): Article | null {
    const article = get().article;
    if (!article || article.id !== target.articleId) return null;
    const restored = {
      ...article,
      claims: target.claims,
      mentions: target.mentions,
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

  return {
    undoStack: [],
    redoStack: [],
    recordEdit: (before, coalesceKey) =>
      set((s) => {
        const top = s.undoStack.at(-1);
        if (coalesceKey && top?.coalesceKey === coalesceKey && top.articleId === before.id) {
          return { redoStack: [] };
        }
        return {
          undoStack: [...s.undoStack, { ...snapshot(before), coalesceKey }].slice(-MAX_HISTORY),
          redoStack: [],
        };
      }),
    clearHistory: () => set({ undoStack: [], redoStack: [] }),
    undo: () => {
      const target = get().undoStack.at(-1);
      if (!target) return;
      const current = restore(target);
      if (!current) return;
      set((s) => ({
        undoStack: s.undoStack.slice(0, -1),
        redoStack: [...s.redoStack, snapshot(current)],
      }));
    },
    redo: () => {
      const target = get().redoStack.at(-1);
      if (!target) return;
      const current = restore(target);
      if (!current) return;
      set((s) => ({
        redoStack: s.redoStack.slice(0, -1),
        undoStack: [...s.undoStack, snapshot(current)],
      }));
    },
  };
};
