// What the recovery journal holds for each unsaved article: never its text or blocks, only its
// annotations' change since the version the host stores (a patch), or its annotations whole
// when that version is not known here — each with the hash of the text its offsets count into.
import { z } from 'zod';
import type { Article } from '../../shared/model/article';
import { ArticleSchema } from '../../shared/model/article';
import { ClaimSchema, MentionSchema, OrphanSchema } from '../../shared/model/annotations';
import { AnnotationPatchSchema, diffAnnotations } from '../../shared/model/annotation-patch';
import { EntityRegistrySchema } from '../../shared/model/entities';
import type { SavedVersion } from './save-slice';

const EntryFields = {
  articleId: z.string(),
  /** For the messages about it: the article may be gone by the time they are read. */
  title: z.string(),
  /** The text the offsets count into; an entry for another text is never applied. */
  contentHash: z.string(),
};

export const JournalEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('patch'),
    ...EntryFields,
    /** The stored revision the patch was made against. */
    baseRevision: z.number().int().nonnegative(),
    patch: AnnotationPatchSchema,
  }),
  z.object({
    kind: z.literal('annotations'),
    ...EntryFields,
    /** The revision the edits started from, when known. */
    revision: z.number().int().nonnegative().optional(),
    claims: z.array(ClaimSchema),
    mentions: z.array(MentionSchema),
    orphans: z.array(OrphanSchema),
  }),
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

export const JournalSchema = z.object({
  articles: z.array(JournalEntrySchema),
  registry: EntityRegistrySchema.nullable(),
});
export type Journal = z.infer<typeof JournalSchema>;

/** The journal of Factmark 0.1, which kept whole articles (read once, when upgrading). */
export const OldJournalSchema = z.object({
  articles: z.array(ArticleSchema),
  registry: EntityRegistrySchema.nullable(),
});

/** The entry for an unsaved article: a patch against `saved` when it is of the same text. */
export function journalEntryFor(
  article: Article,
  saved: SavedVersion | undefined,
  revision: number | undefined,
): JournalEntry {
  const fields = { articleId: article.id, title: article.title, contentHash: article.contentHash };
  const patch =
    saved && saved.article.contentHash === article.contentHash
      ? diffAnnotations(saved.article, article)
      : null;
  if (saved && patch) return { kind: 'patch', ...fields, baseRevision: saved.revision, patch };
  return {
    kind: 'annotations',
    ...fields,
    ...(revision === undefined ? {} : { revision }),
    claims: article.claims,
    mentions: article.mentions,
    orphans: article.orphans,
  };
}

/** An old journal's whole article, as the entry a journal keeps now. */
export function entryFromOldJournal(article: Article): JournalEntry {
  return journalEntryFor(article, undefined, article.revision);
}

/** The journal in `raw`, or null when it is not one this version reads. */
export function parseJournal(raw: string | null): Journal | null {
  if (!raw) return null;
  try {
    return JournalSchema.parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

export function parseOldJournal(raw: string | null): Journal | null {
  if (!raw) return null;
  try {
    const old = OldJournalSchema.parse(JSON.parse(raw));
    return { articles: old.articles.map(entryFromOldJournal), registry: old.registry };
  } catch {
    return null;
  }
}
