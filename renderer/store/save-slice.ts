// Autosave. Every annotation or registry change is queued here and saved shortly after the
// last change (and at most about a second after the first; see SaveSchedule). A failed save
// keeps the change in memory, tells the user, and retries; nothing is dropped until the host
// confirms it. What the host has of each article, and saving against it, is ArticleSync's.
import type { Article } from '../../shared/model/article';
import type { EntityRegistry } from '../../shared/model/entities';
import { ContractError } from '../../shared/contract/result';
import { revisionOf } from '../../shared/model/article-saves';
import { ArticleSync, type SavedVersion } from './article-sync';
import { mergeConcurrentEdits } from './concurrent-merge';
import { mergeRefreshed } from './refresh-merge';
import { mergeConcurrentRegistries } from '../../shared/model/registry-merge';
import { SaveSchedule } from './save-schedule';
import { errorMessage, type SliceCreator } from './types';
import { whenIdle } from '../scheduling';

export type { SavedVersion };
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

/** However busy the user is, a change waits no longer than this before it is saved. */
const MAX_WAIT_MS = 1000;

export interface SaveSlice {
  /** The latest unsaved version of each changed article (also ones no longer open). */
  unsavedArticles: Readonly<Record<string, Article>>;
  unsavedRegistry: EntityRegistry | null;
  saveStatus: SaveStatus;
  saveError: string | null;
  /** The notice that tells of failing saves, while it is shown. */
  saveErrorNotice: number | null;
  queueArticleSave(article: Article): void;
  queueRegistrySave(registry: EntityRegistry): void;
  /** Drops an article's pending save (it was deleted). */
  forgetUnsavedArticle(id: string): void;
  /** Saves everything pending now; true when nothing is left unsaved. */
  flushSaves(): Promise<boolean>;
  /** The revision the next save of an article will be based on, if known here. */
  knownRevision(id: string): number | undefined;
  /** The host stored a new revision by other means than a save (a reload from source). */
  rememberRevision(id: string, revision: number): void;
  /**
   * The article as the host stores it (just read from it): the next save of its changes is a
   * patch against it. Articles shown in the reading view are remembered by themselves.
   */
  rememberSavedArticle(article: Article): void;
  /** The version the next save of an article will be a patch against, if known here. */
  savedVersion(id: string): SavedVersion | undefined;
  /**
   * Takes in what was saved of the open article elsewhere since it was read (another
   * annotator's layer, the CLI, another tab), keeping this tab's unsaved changes.
   */
  refreshOpenArticle(): Promise<void>;
}

/** Longest wait for an idle moment before a due save runs anyway. */
const IDLE_TIMEOUT_MS = 200;

const sameAnnotations = (a: Article, b: Article): boolean =>
  JSON.stringify([a.claims, a.mentions, a.orphans, a.evidence, a.relations]) ===
  JSON.stringify([b.claims, b.mentions, b.orphans, b.evidence, b.relations]);

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const createSaveSlice: SliceCreator<SaveSlice> = (deps) => (set, get, store) => {
  const sync = new ArticleSync(deps.api);
  const schedule = new SaveSchedule({
    delayMs: deps.saveDelayMs,
    retryDelaysMs: deps.retryDelaysMs,
    maxWaitMs: MAX_WAIT_MS,
    // Working out the patch is not to delay the frame of an edit made meanwhile.
    due: () => whenIdle(() => void run(), IDLE_TIMEOUT_MS),
  });

  /** A refresh was asked for while a save was under way: it runs once the save is done. */
  let refreshWanted = false;

  const hasUnsaved = () =>
    get().unsavedRegistry !== null || Object.keys(get().unsavedArticles).length > 0;

  /** Saves one snapshot of everything pending; never throws. */
  async function saveOnce(): Promise<void> {
    set({ saveStatus: 'saving' });
    let failure: string | null = null;
    /** Articles the host may hold others' new marks of: shown once saved. */
    const stale = new Set<string>();
    const registry = get().unsavedRegistry;
    // The registry first, so a saved claim never names an entity that is missing on disk.
    if (registry) failure = await saveRegistry(registry);
    for (const article of Object.values(get().unsavedArticles)) {
      try {
        if (await sync.save(article)) stale.add(article.id);
        set((s) =>
          s.unsavedArticles[article.id] === article
            ? { unsavedArticles: without(s.unsavedArticles, article.id) }
            : {},
        );
      } catch (err) {
        if (err instanceof ContractError && err.code === 'conflict') {
          if (await takeInConcurrentEdits(article)) continue;
        }
        failure ??= `Could not save “${article.title}”: ${errorMessage(err)}`;
      }
    }
    if (failure) handleFailure(failure);
    else handleSuccess();
    const open = get().article;
    if (open && (stale.has(open.id) || refreshWanted)) await refreshOpenArticle();
  }

  // An article shown for reading was just read from the host, or is one of this tab's edits.
  store.subscribe((state, previous) => {
    const shown = state.article;
    if (!shown || shown === previous.article) return;
    // The first save's patch is checked against this version's fingerprint, a pass over
    // every annotation: count it while the reader looks, not in the task of the first save.
    if (sync.noteShown(shown, state.unsavedArticles)) {
      whenIdle(() => sync.prepareFingerprint(shown), IDLE_TIMEOUT_MS);
    }
  });

  /**
   * Saves the registry from the revision this tab last synced; when another tab saved first,
   * merges both sides' changes (registry-merge) and saves the merge. Answers a failure message.
   */
  async function saveRegistry(first: EntityRegistry): Promise<string | null> {
    let registry = first;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const baseRevision = get().registrySynced?.revision ?? registry.revision ?? 0;
        const saved = await deps.api.saveEntities({ registry, baseRevision });
        get().markRegistrySynced({ ...registry, revision: saved.revision });
        if (get().unsavedRegistry === registry) set({ unsavedRegistry: null });
        return null;
      } catch (err) {
        if (!(err instanceof ContractError && err.code === 'conflict')) {
          return `Could not save the entity list: ${errorMessage(err)}`;
        }
        try {
          const theirs = await deps.api.getEntities({});
          const ours = get().unsavedRegistry ?? registry;
          registry = mergeConcurrentRegistries(theirs, ours, get().registrySynced);
          get().markRegistrySynced(theirs);
          set({ registry, unsavedRegistry: registry });
        } catch (reloadError) {
          return `Could not save the entity list: ${errorMessage(reloadError)}`;
        }
        if (attempt === 0) {
          get().notify(
            'info',
            'The entity list was also changed in another tab or window; both sets of changes are kept.',
          );
        }
      }
    }
    return 'Could not save the entity list: it keeps changing in another tab or window.';
  }

  /** Another tab saved first: merge its version with ours, show it, and save the merge. */
  async function takeInConcurrentEdits(ours: Article): Promise<boolean> {
    try {
      const theirs = await deps.api.getArticle({ id: ours.id });
      const me = get().annotator;
      const merged = mergeConcurrentEdits(theirs, get().unsavedArticles[ours.id] ?? ours, me);
      sync.rememberSaved(theirs, revisionOf(theirs));
      set((s) => ({ unsavedArticles: { ...s.unsavedArticles, [ours.id]: merged } }));
      if (get().article?.id === ours.id) get().showArticle(merged);
      // In a team the host counts only what I write: the other side was me, elsewhere.
      const where = me
        ? `saved as ${me} from another window, tab or machine`
        : 'changed in another tab or window';
      get().notify('info', `“${ours.title}” was also ${where}; both sets of changes are kept.`);
      return true;
    } catch {
      return false;
    }
  }

  function handleFailure(message: string): void {
    schedule.failed();
    const full = `${message} Your changes are kept and Factmark will keep trying.`;
    if (get().saveError !== full) {
      const shown = get().saveErrorNotice;
      if (shown !== null) get().dismissNotice(shown);
      set({ saveErrorNotice: get().notify('error', full) });
    }
    set({ saveStatus: 'failed', saveError: full });
  }

  function handleSuccess(): void {
    if (schedule.succeeded()) {
      const shown = get().saveErrorNotice;
      if (shown !== null) get().dismissNotice(shown);
      set({ saveErrorNotice: null });
      get().notify('info', 'All changes saved.');
    }
    const pending = hasUnsaved();
    set({ saveStatus: pending ? 'pending' : 'saved', saveError: null });
    if (pending) schedule.changed();
  }

  async function refreshOpenArticle(retried = false): Promise<void> {
    const open = get().article;
    if (!open) return;
    if (get().saveStatus === 'saving') {
      refreshWanted = true;
      return;
    }
    refreshWanted = false;
    let theirs: Article;
    try {
      theirs = await deps.api.getArticle({ id: open.id });
    } catch {
      return; // deleted or unreadable: opening it again says why
    }
    const current = get().article;
    // Another article opened meanwhile, or its text reloaded elsewhere (reopening shows that).
    if (current?.id !== open.id || theirs.contentHash !== current.contentHash) return;
    // A save of ours under way or landed since it was read: read again after it.
    if (get().saveStatus === 'saving') {
      refreshWanted = true;
      return;
    }
    if (revisionOf(theirs) < (sync.knownRevision(open.id) ?? 0)) {
      if (!retried) await refreshOpenArticle(true);
      return;
    }
    const unsaved = get().unsavedArticles[open.id];
    const base = sync.savedVersion(open.id)?.article;
    const shown = unsaved ? mergeRefreshed(theirs, unsaved, base, get().annotator) : theirs;
    if (sameAnnotations(shown, current)) return;
    sync.rememberSaved(theirs, revisionOf(theirs));
    const next = { ...shown, blocks: current.blocks };
    deps.batch(() => {
      set((s) => ({
        article: next,
        ...(unsaved ? { unsavedArticles: { ...s.unsavedArticles, [open.id]: next } } : {}),
      }));
      // My undo steps now apply to the refreshed article: undo reverts mine, keeps theirs.
      get().rebaseHistory(current, next);
      get().updateSummary(next);
    });
    void get().refreshLayers();
  }

  const saveIfPending = () => (hasUnsaved() ? saveOnce() : Promise.resolve());
  const run = () => schedule.run(saveIfPending);

  return {
    unsavedArticles: {},
    unsavedRegistry: null,
    saveStatus: 'saved',
    saveError: null,
    saveErrorNotice: null,
    queueArticleSave: (article) => {
      set((s) => ({
        unsavedArticles: { ...s.unsavedArticles, [article.id]: article },
        saveStatus: s.saveStatus === 'failed' ? 'failed' : 'pending',
      }));
      schedule.changed();
    },
    queueRegistrySave: (registry) => {
      set((s) => ({
        unsavedRegistry: registry,
        saveStatus: s.saveStatus === 'failed' ? 'failed' : 'pending',
      }));
      schedule.changed();
    },
    forgetUnsavedArticle: (id) => {
      sync.forget(id);
      set((s) =>
        id in s.unsavedArticles ? { unsavedArticles: without(s.unsavedArticles, id) } : {},
      );
    },
    flushSaves: async () => {
      await schedule.flush(saveIfPending);
      return !hasUnsaved();
    },
    knownRevision: (id) => sync.knownRevision(id),
    rememberRevision: (id, revision) => sync.rememberRevision(id, revision),
    rememberSavedArticle: (article) => sync.rememberSaved(article, revisionOf(article)),
    savedVersion: (id) => sync.savedVersion(id),
    refreshOpenArticle: () => refreshOpenArticle(),
  };
};
