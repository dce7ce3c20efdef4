// What the host gives for the corpus view: each article's claims, mentions, passages and links,
// without its text.
import { z } from 'zod';
import { ClaimSchema, MentionSchema } from '../model/annotations';
import { EvidencePassageSchema, RelationSchema } from '../model/relations';

export const CorpusDocumentSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  /** When the article's annotations last changed. */
  updatedAt: z.string(),
  claims: z.array(ClaimSchema),
  mentions: z.array(MentionSchema),
  /** Its evidence passages and its claims' links, so the view can show and make links. */
  evidence: z.array(EvidencePassageSchema).optional(),
  relations: z.array(RelationSchema).optional(),
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
