// The recovery journal: changes not yet confirmed saved are also kept in the page's storage,
// so a crash, a killed host or a closed window between a change and its save loses nothing.
// On the next start they are queued for saving again (a stale one merges, see save-slice).
import { z } from 'zod';
import { ArticleSchema } from '../../shared/model/article';
import { EntityRegistrySchema } from '../../shared/model/entities';
import type { FactmarkStore } from './create-store';
import type { PreferenceStorage } from './types';

export const JOURNAL_KEY = 'factmark.journal.v1';
/** Writes are batched: one per burst of edits, not one per keystroke. */
const JOURNAL_DELAY_MS = 150;

const JournalSchema = z.object({
  articles: z.array(ArticleSchema),
  registry: EntityRegistrySchema.nullable(),
});

type JournalStorage = PreferenceStorage & Pick<Storage, 'removeItem'>;

/** Keeps the journal in step with the unsaved changes; returns a function that stops it. */
export function installJournal(
  store: FactmarkStore,
  storage: JournalStorage,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const { unsavedArticles, unsavedRegistry } = store.getState();
    const articles = Object.values(unsavedArticles);
    try {
      if (articles.length === 0 && unsavedRegistry === null) storage.removeItem(JOURNAL_KEY);
      else storage.setItem(JOURNAL_KEY, JSON.stringify({ articles, registry: unsavedRegistry }));
    } catch {
      // Storage full or refused: the autosave and its retries still hold the changes.
    }
  };
  // Serialising a long article takes tens of milliseconds: do it when the page is idle, not in
  // the frame after an edit (at most 300 ms later).
  const idle = (target as { requestIdleCallback?: (cb: () => void, o: object) => number })
    .requestIdleCallback;
  const writeWhenIdle = () => {
    if (idle) idle.call(target, write, { timeout: 300 });
    else write();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.unsavedArticles === previous.unsavedArticles &&
      state.unsavedRegistry === previous.unsavedRegistry
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

/** Queues what the last session left unsaved; returns how many items it recovered. */
export function recoverJournal(store: FactmarkStore, storage: JournalStorage): number {
  let raw: string | null;
  try {
    raw = storage.getItem(JOURNAL_KEY);
  } catch {
    return 0;
  }
  if (!raw) return 0;
  let journal: z.infer<typeof JournalSchema>;
  try {
    journal = JournalSchema.parse(JSON.parse(raw));
  } catch {
    // A journal this version cannot read is left for a newer one; it is never trusted blindly.
    return 0;
  }
  const state = store.getState();
  for (const article of journal.articles) state.queueArticleSave(article);
  if (journal.registry) state.queueRegistrySave(journal.registry);
  const count = journal.articles.length + (journal.registry ? 1 : 0);
  if (count > 0) {
    const what = journal.articles.map((a) => `“${a.title}”`).join(', ') || 'the entity list';
    state.notify('info', `Recovered changes not saved in the last session: ${what}.`);
  }
  return count;
}
