// The recovery journal: changes not yet confirmed saved are also kept in the page's storage,
// so a crash, a killed host or a closed window between a change and its save loses nothing.
// It holds only what changed (see journal-entries), so writing it after an edit costs little
// even on a long article. On the next start each entry is applied again to the article as
// stored and queued for saving; one made on another text is kept aside and reported.
import type { FactmarkApi } from '../../shared/contract/calls';
import {
  applyAnnotationPatch,
  diffAnnotations,
  isEmptyPatch,
} from '../../shared/model/annotation-patch';
import type { Article } from '../../shared/model/article';
import { mergeConcurrentEdits } from './concurrent-merge';
import type { FactmarkStore } from './create-store';
import {
  journalEntryFor,
  parseJournal,
  parseOldJournal,
  type Journal,
  type JournalEntry,
} from './journal-entries';
import { errorMessage, type PreferenceStorage } from './types';
import { whenIdle } from '../scheduling';

export const JOURNAL_KEY = 'factmark.journal.v2';
/** Where Factmark 0.1 kept whole articles; read once when upgrading, then removed. */
export const OLD_JOURNAL_KEY = 'factmark.journal.v1';
/** The entries being recovered, until each is queued again or kept aside. */
export const RECOVERING_KEY = 'factmark.journal.recovering';
/** Entries that could not be applied, with why: kept for the user, never applied blindly. */
export const ASIDE_KEY = 'factmark.journal.aside';
/** Writes are batched: one per burst of edits, not one per keystroke. */
const JOURNAL_DELAY_MS = 150;

type JournalStorage = PreferenceStorage & Pick<Storage, 'removeItem'>;

/** Writes the unsaved changes now (or removes the journal when there are none). */
export function writeJournal(store: FactmarkStore, storage: JournalStorage): void {
  const state = store.getState();
  const articles = Object.values(state.unsavedArticles).map((article) =>
    journalEntryFor(article, state.savedVersion(article.id), state.knownRevision(article.id)),
  );
  const registry = state.unsavedRegistry;
  try {
    if (articles.length === 0 && registry === null) storage.removeItem(JOURNAL_KEY);
    else storage.setItem(JOURNAL_KEY, JSON.stringify({ articles, registry } satisfies Journal));
  } catch {
    // Storage full or refused: the autosave and its retries still hold the changes.
  }
}

/** Keeps the journal in step with the unsaved changes; returns a function that stops it. */
export function installJournal(
  store: FactmarkStore,
  storage: JournalStorage,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    writeJournal(store, storage);
  };
  // Even a patch means comparing thousands of annotations: do it when the page is idle, not in
  // the frame after an edit (at most 300 ms later).
  const writeWhenIdle = () => whenIdle(write, 300);
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.unsavedArticles === previous.unsavedArticles &&
      state.unsavedRegistry === previous.unsavedRegistry &&
      // A save that ends moves the version the patches are made against.
      state.saveStatus === previous.saveStatus
    )
      return;
    if (timer === null) timer = setTimeout(writeWhenIdle, JOURNAL_DELAY_MS);
  });
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    write();
  };
  target.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    target.removeEventListener('pagehide', flush);
    if (timer !== null) clearTimeout(timer);
  };
}

function readItem(storage: JournalStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Everything left to recover: a recovery cut short, the journal, and an old journal, one entry
 * per article (the journal's is the newest). Moved to RECOVERING_KEY before anything else, so
 * the journal may be rewritten meanwhile without losing them.
 */
function takeJournal(storage: JournalStorage): Journal | null {
  const parts = [
    parseJournal(readItem(storage, RECOVERING_KEY)),
    parseOldJournal(readItem(storage, OLD_JOURNAL_KEY)),
    parseJournal(readItem(storage, JOURNAL_KEY)),
  ].filter((j): j is Journal => j !== null);
  if (parts.length === 0) return null;
  const byArticle = new Map<string, JournalEntry>();
  for (const part of parts) for (const e of part.articles) byArticle.set(e.articleId, e);
  const registry = parts.reduce<Journal['registry']>((r, p) => p.registry ?? r, null);
  const journal: Journal = { articles: [...byArticle.values()], registry };
  try {
    storage.setItem(RECOVERING_KEY, JSON.stringify(journal));
    storage.removeItem(OLD_JOURNAL_KEY);
  } catch {
    // Storage refused: the journal keys are still there for the next start.
  }
  return journal;
}

function keepAside(storage: JournalStorage, entry: JournalEntry, reason: string): void {
  let kept: unknown[] = [];
  try {
    const raw = storage.getItem(ASIDE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) kept = parsed;
    storage.setItem(ASIDE_KEY, JSON.stringify([...kept, { entry, reason }]));
  } catch {
    // Nowhere to keep it: the message below still names what was not applied.
  }
}

/** The stored article with the entry's annotations; both sides' when it was saved since. */
function reapply(stored: Article, entry: JournalEntry): Article {
  const mine =
    entry.kind === 'patch'
      ? applyAnnotationPatch(stored, entry.patch)
      : { ...stored, claims: entry.claims, mentions: entry.mentions, orphans: entry.orphans };
  const base = entry.kind === 'patch' ? entry.baseRevision : entry.revision;
  return base === (stored.revision ?? 0) ? mine : mergeConcurrentEdits(stored, mine);
}

/**
 * Queues again what the last session left unsaved, each article's changes applied to it as
 * stored now; answers how many articles (and the registry) it recovered. An entry that cannot
 * be applied (the article's text was replaced, or it is gone) is kept aside and reported.
 */
export async function recoverJournal(
  store: FactmarkStore,
  storage: JournalStorage,
  api: Pick<FactmarkApi, 'getArticle'>,
): Promise<number> {
  const journal = takeJournal(storage);
  if (!journal) return 0;
  const recovered: string[] = [];
  for (const entry of journal.articles) {
    let stored: Article;
    try {
      stored = await api.getArticle({ id: entry.articleId });
    } catch (err) {
      notAppliedNotice(store, storage, entry, errorMessage(err));
      continue;
    }
    if (stored.contentHash !== entry.contentHash) {
      notAppliedNotice(
        store,
        storage,
        entry,
        'its text was replaced (reloaded from its source) since they were made',
      );
      continue;
    }
    const state = store.getState();
    state.rememberSavedArticle(stored);
    const pending = state.unsavedArticles[stored.id];
    const ours = reapply(stored, entry);
    const next = pending ? mergeConcurrentEdits(ours, pending) : ours;
    const change = diffAnnotations(stored, next);
    // Saved after all (the session ended before its journal was cleared): nothing to redo.
    if (change && isEmptyPatch(change)) continue;
    state.queueArticleSave(next);
    if (state.article?.id === next.id && state.article !== next) state.showArticle(next);
    recovered.push(`“${entry.title}”`);
  }
  if (journal.registry) store.getState().queueRegistrySave(journal.registry);
  // Everything is queued or kept aside: the journal now holds it, written at once.
  writeJournal(store, storage);
  try {
    storage.removeItem(RECOVERING_KEY);
  } catch {
    // Left for the next start, which finds these changes saved or still unsaved.
  }
  const count = recovered.length + (journal.registry ? 1 : 0);
  if (count > 0) {
    const what = recovered.join(', ') || 'the entity list';
    store.getState().notify('info', `Recovered changes not saved in the last session: ${what}.`);
  }
  return count;
}

function notAppliedNotice(
  store: FactmarkStore,
  storage: JournalStorage,
  entry: JournalEntry,
  reason: string,
): void {
  keepAside(storage, entry, reason);
  store
    .getState()
    .notify(
      'error',
      `Changes to “${entry.title}” from the last session were not applied: ${reason}. ` +
        `They are kept aside in this browser's storage (${ASIDE_KEY}), not lost.`,
    );
}
