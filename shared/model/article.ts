// An article in the library: its metadata, its block model and canonical text, and its
// annotations. One JSON file per article on disk.
import { z } from 'zod';
import { BlockSchema } from './blocks';
import { ARTICLE_ID } from './ids';
import { ClaimSchema, MentionSchema, OrphanSchema } from './annotations';
import { EvidencePassageSchema, isUrlEnd, RelationSchema, type Relation } from './relations';

export const SourceSchema = z.object({
  kind: z.enum(['url', 'file', 'paste']),
  url: z.string().optional(),
  fileName: z.string().optional(),
  /** file type the article was read as */
  mediaType: z.enum(['html', 'markdown', 'text', 'pdf']).optional(),
  retrievedAt: z.string(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ArticleMetaSchema = z.object({
  id: z.string().regex(ARTICLE_ID),
  title: z.string(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  siteName: z.string().nullable(),
  lang: z.string().nullable(),
  dir: z.enum(['ltr', 'rtl']).nullable(),
  excerpt: z.string().nullable(),
  source: SourceSchema,
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** An earlier text of an article: which one, when it was read, and when a reload replaced it. */
export const TextVersionRefSchema = z.object({
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  retrievedAt: z.string(),
  replacedAt: z.string(),
});
export type TextVersionRef = z.infer<typeof TextVersionRefSchema>;

export const ArticleSchema = ArticleMetaSchema.extend({
  blocks: z.array(BlockSchema),
  text: z.string(),
  claims: z.array(ClaimSchema),
  mentions: z.array(MentionSchema),
  orphans: z.array(OrphanSchema),
  /** Passages of this article kept as evidence for claims (absent in files from before them). */
  evidence: z.array(EvidencePassageSchema).optional(),
  /**
   * The relations that start at a claim of this article; their other end may be anywhere in
   * the library (absent in files from before them).
   */
  relations: z.array(RelationSchema).optional(),
  /** What the reader should know about how the source was read (e.g. not an article). */
  notice: z.string().optional(),
  /**
   * Counts the saves of this article (1 when created); a save based on an older revision is
   * refused, so two tabs cannot overwrite each other. Files written before it have none (0).
   */
  revision: z.number().int().nonnegative().optional(),
  /**
   * The earlier texts of the article, oldest first, each replaced by a reload from a changed
   * source. Their text is kept beside the article file (see the library store), not in it, so
   * opening and saving an article stay as fast as before it was ever reloaded.
   */
  previousVersions: z.array(TextVersionRefSchema).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** An earlier text of an article, whole: what annotations made on it counted into. */
export const TextVersionSchema = TextVersionRefSchema.extend({
  articleId: z.string(),
  title: z.string(),
  source: SourceSchema,
  blocks: z.array(BlockSchema),
  text: z.string(),
});
export type TextVersion = z.infer<typeof TextVersionSchema>;

/** What the `Library` list shows for an article without loading it whole. */
export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  siteName: z.string().nullable(),
  source: SourceSchema,
  claimCount: z.number().int(),
  mentionCount: z.number().int(),
  updatedAt: z.string(),
  /**
   * The other articles this one's relations point into: the library index keeps it, so the
   * links into an article are found without reading every article.
   */
  linksTo: z.array(z.string()).optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export function summarize(article: Article): ArticleSummary {
  const linksTo = linkedArticles(article.id, article.relations);
  return {
    id: article.id,
    title: article.title,
    siteName: article.siteName,
    source: article.source,
    claimCount: article.claims.length,
    mentionCount: article.mentions.length,
    updatedAt: article.updatedAt,
    ...(linksTo.length > 0 ? { linksTo } : {}),
  };
}

/** What a loader produces from a source, before the article gets an id and annotations. */
export const ExtractedArticleSchema = ArticleMetaSchema.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  contentHash: true,
}).extend({
  blocks: z.array(BlockSchema).min(1),
  notice: z.string().optional(),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>;

/** The articles a relation list points into besides `own` (what the library index keeps). */
export function linkedArticles(own: string, relations: readonly Relation[] | undefined): string[] {
  const ids = new Set<string>();
  for (const r of relations ?? []) {
    if (!isUrlEnd(r.to) && r.to.document !== own) ids.add(r.to.document);
  }
  return [...ids].sort();
}
