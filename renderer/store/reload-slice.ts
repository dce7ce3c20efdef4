// Reloading the open article from its source, and reviewing what the reload did: accepting a
// drifted annotation's new place, deleting or re-placing an orphan. The host re-anchors; this
// shows the result and tells the user the counts.
import type { CallInput } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import type { Article } from '../../shared/model/article';
import type { ReloadCounts } from '../../shared/model/reload';
import { spanProblem } from '../../shared/model/span-check';
import * as anchorEdits from './anchor-edits';
import { allowedHostsInput } from './local-network-slice';
import { errorMessage, type SliceCreator, type Span } from './types';

/** Where to read the article again from: a file chosen again, or a URL. */
export type ReloadFrom = NonNullable<CallInput<'reloadArticle'>['from']>;

export interface ReloadSlice {
  /** The id of the article being reloaded, while it is. */
  reloading: string | null;
  /** Reloads the open article (from its URL, or `from`); the counts, or null if it failed. */
  reloadArticle(from?: ReloadFrom): Promise<ReloadCounts | null>;
  /** Accepts a drifted claim's or mention's new place. */
  acceptPlace(spanId: string): void;
  deleteOrphan(orphanId: string): void;
  /** Makes an orphan a claim or mention again at the selected span. */
  placeOrphan(orphanId: string, span: Span): void;
}

export function describeReload(title: string, counts: ReloadCounts): string {
  if (counts.unchanged) return `Reloaded “${title}”: unchanged — the source has the same text.`;
  const parts = [`${counts.anchored} anchored`];
  parts.push(counts.drifted ? `${counts.drifted} drifted (placed; review them)` : '0 drifted');
  parts.push(
    counts.orphaned
      ? `${counts.orphaned} orphaned (kept under Orphaned annotations)`
      : '0 orphaned',
  );
  return `Reloaded “${title}”: ${parts.join(', ')}.`;
}

export const createReloadSlice: SliceCreator<ReloadSlice> = (deps) => (set, get) => {
  /** Applies a review edit to the open article, undoably, and queues its save. */
  function commit(edit: (article: Article) => Article): void {
    const before = get().article;
    if (!before || get().reloading === before.id) return;
    get().commitArticleEdit(edit(before));
  }

  return {
    reloading: null,
    reloadArticle: async (from) => {
      const article = get().article;
      if (!article || get().reloading) return null;
      set({ reloading: article.id });
      try {
        // Edits still waiting must reach the disk first: the reload starts from what is stored.
        if (!(await get().flushSaves())) {
          get().notify(
            'error',
            `Could not reload “${article.title}”: its latest changes are not saved yet.`,
          );
          return null;
        }
        const baseRevision = get().knownRevision(article.id) ?? article.revision;
        const { article: reloaded, counts } = await deps.api.reloadArticle({
          id: article.id,
          ...(baseRevision === undefined ? {} : { baseRevision }),
          ...(from ? { from } : {}),
          ...allowedHostsInput(get().allowedLocalHosts),
        });
        if (!counts.unchanged) {
          if (reloaded.revision !== undefined)
            get().rememberRevision(reloaded.id, reloaded.revision);
          if (get().article?.id === reloaded.id) get().showArticle(reloaded);
          get().updateSummary(reloaded);
        }
        get().notify('info', describeReload(reloaded.title, counts));
        return counts;
      } catch (err) {
        if (get().askAboutLocalNetwork(err, { action: 'reload', ...(from ? { from } : {}) })) {
          return null;
        }
        const hint =
          err instanceof ContractError && err.code === 'conflict'
            ? ' Open it again from the library to see the other changes, then reload.'
            : '';
        get().notify('error', `Could not reload “${article.title}”: ${errorMessage(err)}${hint}`);
        return null;
      } finally {
        set({ reloading: null });
      }
    },
    acceptPlace: (spanId) => commit((a) => anchorEdits.acceptPlace(a, spanId, deps.now())),
    deleteOrphan: (orphanId) => commit((a) => anchorEdits.deleteOrphan(a, orphanId, deps.now())),
    placeOrphan: (orphanId, span) => {
      const reading = get().reading;
      if (!reading || get().readingProblem) return;
      if (spanProblem(reading.text, span)) return;
      commit((a) => anchorEdits.placeOrphan(a, reading.text, orphanId, span, deps.now()));
    },
  };
};
