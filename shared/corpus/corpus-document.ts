// What the host gives for the corpus view: each article's claims and mentions, without its text.
import { z } from 'zod';
import { ClaimSchema, MentionSchema } from '../model/annotations';

export const CorpusDocumentSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  /** When the article's annotations last changed. */
  updatedAt: z.string(),
  claims: z.array(ClaimSchema),
  mentions: z.array(MentionSchema),
});
export type CorpusDocument = z.infer<typeof CorpusDocumentSchema>;

export const LibrarySearchHitSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  /** The match, in code points of the article's canonical text (the title is its first block). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The match with some text either side, on one line. */
  snippet: z.string(),
});
export type LibrarySearchHit = z.infer<typeof LibrarySearchHitSchema>;
