// Autosave. Every annotation or registry change is queued here and saved shortly after the
// last change (and at most about a second after the first). A failed save keeps the change in
// memory, tells the user, and retries; nothing is dropped until the host confirms it. An
// article's save sends only what changed since the version the host last confirmed
// (saveAnnotations), the whole article only when that version is not known here.
import type { Article } from '../../shared/model/article';
import {
  annotationChange,
  annotationFingerprint,
  fingerprintAfter,
  isEmptyPatch,
  type AnnotationChange,
  type AnnotationFingerprint,
} from '../../shared/model/annotation-patch';
import type { EntityRegistry } from '../../shared/model/entities';
import { ContractError } from '../../shared/contract/result';
import { mergeConcurrentEdits } from './concurrent-merge';
import { mergeConcurrentRegistries } from '../../shared/model/registry-merge';
import { errorMessage, type SliceCreator } from './types';
import { whenIdle } from '../scheduling';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

/** However busy the user is, a change waits no longer than this before it is saved. */
const MAX_WAIT_MS = 1000;

export interface SaveSlice {
  /** The latest unsaved version of each changed article (also ones no longer open). */
  unsavedArticles: Readonly<Record<string, Article>>;
  unsavedRegistry: EntityRegistry | null;
  saveStatus: SaveStatus;
  saveError: string | null;
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
}

/** An article as the host confirmed storing it, and that version's revision. */
export interface SavedVersion {
  article: Article;
  revision: number;
}

/** Codes with which a patch is refused where a whole save can still succeed. */
const WHOLE_SAVE_MAY_WORK = new Set(['invalid-input', 'unsupported']);

/** Longest wait for an idle moment before a due save runs anyway. */
const IDLE_TIMEOUT_MS = 200;

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const createSaveSlice: SliceCreator<SaveSlice> = (deps) => (set, get, store) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();
  let failures = 0;
  let errorNotice: number | null = null;
  let firstPendingAt: number | null = null;
  /** The revision of each article as last saved or read here; a save must start from it. */
  const revisions = new Map<string, number>();
  /** What each article's next patch is made against (see SavedVersion). */
  const savedVersions = new Map<string, SavedVersion>();
  /**
   * Fingerprints of saved versions, each counted forward from the one before (O(change)); a
   * version read from the host is counted in full once.
   */
  const fingerprints = new WeakMap<Article, AnnotationFingerprint>();
  const fingerprintOf = (article: Article): AnnotationFingerprint => {
    let known = fingerprints.get(article);
    if (!known) fingerprints.set(article, (known = annotationFingerprint(article)));
    return known;
  };
  /** Off once the host answered that it has no saveAnnotations (an older host). */
  let patchesWork = true;

  const hasUnsaved = () =>
    get().unsavedRegistry !== null || Object.keys(get().unsavedArticles).length > 0;

  function schedule(delay: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // Working out the patch is not to delay the frame of an edit made meanwhile.
      whenIdle(() => void run(), IDLE_TIMEOUT_MS);
    }, delay);
  }

  function scheduleAfterChange(): void {
    const now = Date.now();
    firstPendingAt ??= now;
    schedule(Math.min(deps.saveDelayMs, Math.max(0, firstPendingAt + MAX_WAIT_MS - now)));
  }

  /** Saves one snapshot of everything pending; never throws. */
  async function saveOnce(): Promise<void> {
    firstPendingAt = null;
    set({ saveStatus: 'saving' });
    let failure: string | null = null;
    const registry = get().unsavedRegistry;
    // The registry first, so a saved claim never names an entity that is missing on disk.
    if (registry) failure = await saveRegistry(registry);
    for (const article of Object.values(get().unsavedArticles)) {
      try {
        await saveArticleChanges(article);
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
  }

  /** The change since the saved version this save starts from; null when that is unknown. */
  function changeSinceSaved(
    article: Article,
  ): { base: SavedVersion; change: AnnotationChange } | null {
    const base = savedVersions.get(article.id);
    const revision = revisions.get(article.id) ?? article.revision ?? 0;
    if (!patchesWork || !base || base.revision !== revision) return null;
    // A patch's offsets count into one text: after a reload only a whole save fits.
    if (base.article.contentHash !== article.contentHash) return null;
    const change = annotationChange(base.article, article);
    return change ? { base, change } : null;
  }

  /** Saves what changed in `article`: a patch when possible, the whole article otherwise. */
  async function saveArticleChanges(article: Article): Promise<void> {
    const since = changeSinceSaved(article);
    if (since && isEmptyPatch(since.change.patch)) {
      // Back to what the host has (an undo of every change since): nothing to send.
      savedVersions.set(article.id, { article, revision: since.base.revision });
      return;
    }
    if (since) {
      try {
        const expected = fingerprintAfter(fingerprintOf(since.base.article), since.change);
        fingerprints.set(article, expected);
        const saved = await deps.api.saveAnnotations({
          id: article.id,
          baseRevision: since.base.revision,
          contentHash: article.contentHash,
          patch: since.change.patch,
          expected,
        });
        rememberSaved(article, saved.revision);
        return;
      } catch (err) {
        if (!(err instanceof ContractError && WHOLE_SAVE_MAY_WORK.has(err.code))) throw err;
        if (err.code === 'unsupported') patchesWork = false;
        // The patch did not fit what the host has: the whole article says it all.
      }
    }
    const revision = revisions.get(article.id) ?? article.revision;
    const saved = await deps.api.saveArticle(
      revision === undefined ? { article } : { article, baseRevision: revision },
    );
    rememberSaved(article, saved.revision);
  }

  function rememberSaved(article: Article, revision: number | undefined): void {
    if (revision === undefined) {
      // A host that does not count revisions: only whole saves are safe with it.
      savedVersions.delete(article.id);
      return;
    }
    revisions.set(article.id, revision);
    savedVersions.set(article.id, { article, revision });
  }

  /**
   * An article shown for reading that is not one of this tab's unsaved versions was just read
   * from the host (opened, reloaded, imported): remember it as saved, unless a newer saved
   * version is known here (an edit keeps the revision its article was read at).
   */
  store.subscribe((state, previous) => {
    const shown = state.article;
    if (!shown || shown === previous.article) return;
    const revision = shown.revision ?? 0;
    const known = savedVersions.get(shown.id);
    const fresh = known ? revision > known.revision : !(shown.id in state.unsavedArticles);
    if (fresh && state.unsavedArticles[shown.id] !== shown) {
      savedVersions.set(shown.id, { article: shown, revision });
      if ((revisions.get(shown.id) ?? -1) < revision) revisions.set(shown.id, revision);
      // The first save's patch is checked against this version's fingerprint, a pass over
      // every annotation: count it while the reader looks, not in the task of the first save.
      whenIdle(() => {
        if (savedVersions.get(shown.id)?.article === shown) fingerprintOf(shown);
      }, IDLE_TIMEOUT_MS);
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
        const base = get().registrySynced?.revision ?? registry.revision;
        const saved = await deps.api.saveEntities(
          base === undefined ? { registry } : { registry, baseRevision: base },
        );
        get().markRegistrySynced({ ...registry, revision: saved.revision ?? base });
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
      const merged = mergeConcurrentEdits(theirs, get().unsavedArticles[ours.id] ?? ours);
      rememberSaved(theirs, theirs.revision ?? 0);
      set((s) => ({ unsavedArticles: { ...s.unsavedArticles, [ours.id]: merged } }));
      if (get().article?.id === ours.id) get().showArticle(merged);
      get().notify(
        'info',
        `“${ours.title}” was also changed in another tab or window; both sets of changes are kept.`,
      );
      return true;
    } catch {
      return false;
    }
  }

  function handleFailure(message: string): void {
    failures++;
    const full = `${message} Your changes are kept and Factmark will keep trying.`;
    if (get().saveError !== full) {
      if (errorNotice !== null) get().dismissNotice(errorNotice);
      errorNotice = get().notify('error', full);
    }
    set({ saveStatus: 'failed', saveError: full });
    const delays = deps.retryDelaysMs;
    schedule(delays[Math.min(failures - 1, delays.length - 1)] ?? deps.saveDelayMs);
  }

  function handleSuccess(): void {
    if (failures > 0) {
      failures = 0;
      if (errorNotice !== null) get().dismissNotice(errorNotice);
      errorNotice = null;
      get().notify('info', 'All changes saved.');
    }
    const pending = hasUnsaved();
    set({ saveStatus: pending ? 'pending' : 'saved', saveError: null });
    if (pending) scheduleAfterChange();
  }

  function run(): Promise<void> {
    chain = chain.then(() => (hasUnsaved() ? saveOnce() : undefined));
    return chain;
  }

  return {
    unsavedArticles: {},
    unsavedRegistry: null,
    saveStatus: 'saved',
    saveError: null,
    queueArticleSave: (article) => {
      set((s) => ({
        unsavedArticles: { ...s.unsavedArticles, [article.id]: article },
        saveStatus: s.saveStatus === 'failed' ? 'failed' : 'pending',
      }));
      scheduleAfterChange();
    },
    queueRegistrySave: (registry) => {
      set((s) => ({
        unsavedRegistry: registry,
        saveStatus: s.saveStatus === 'failed' ? 'failed' : 'pending',
      }));
      scheduleAfterChange();
    },
    forgetUnsavedArticle: (id) => {
      savedVersions.delete(id);
      set((s) =>
        id in s.unsavedArticles ? { unsavedArticles: without(s.unsavedArticles, id) } : {},
      );
    },
    flushSaves: async () => {
      if (timer) clearTimeout(timer);
      timer = null;
      await run();
      return !hasUnsaved();
    },
    knownRevision: (id) => revisions.get(id),
    rememberRevision: (id, revision) => {
      revisions.set(id, revision);
    },
    rememberSavedArticle: (article) => rememberSaved(article, article.revision ?? 0),
    savedVersion: (id) => savedVersions.get(id),
  };
};
