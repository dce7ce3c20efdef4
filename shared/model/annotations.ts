// Claims and mentions: spans of an article's canonical text, in code points, end exclusive.
import { z } from 'zod';

export const CLAIM_STATUSES = [
  'unreviewed',
  'supported',
  'refuted',
  'misleading',
  'unverifiable',
] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/** Where a span sits: its offsets and a quote selector to find it again if the text changes. */
const SpanFields = {
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
};

const isOrdered = (s: { start: number; end: number }) => s.end > s.start;
const orderMessage = { message: 'end must be greater than start', path: ['end'] };

export const ClaimSchema = z
  .object({
    id: z.string().regex(/^clm_[A-Za-z0-9_-]+$/),
    ...SpanFields,
    /** Entities tagged on the claim itself (mentions inside it count too; see claimEntityIds). */
    entities: z.array(z.string()),
    status: ClaimStatusSchema,
    note: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .refine(isOrdered, orderMessage);
export type Claim = z.infer<typeof ClaimSchema>;

export const MentionSchema = z
  .object({
    id: z.string().regex(/^men_[A-Za-z0-9_-]+$/),
    ...SpanFields,
    entity: z.string(),
    createdAt: z.string(),
  })
  .refine(isOrdered, orderMessage);
export type Mention = z.infer<typeof MentionSchema>;

/** An annotation that could not be placed after its article changed: kept, never dropped. */
export const OrphanSchema = z.object({
  kind: z.enum(['claim', 'mention']),
  id: z.string(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  lastStart: z.number().int().min(0),
  lastEnd: z.number().int().min(0),
  entities: z.array(z.string()).optional(),
  entity: z.string().optional(),
  status: ClaimStatusSchema.optional(),
  note: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
});
export type Orphan = z.infer<typeof OrphanSchema>;

/**
 * A claim's entities: those tagged on it, then those mentioned inside its span, each once.
 * `mentions` need not be sorted.
 */
export function claimEntityIds(claim: Claim, mentions: readonly Mention[]): string[] {
  const ids = new Set(claim.entities);
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start >= claim.start && m.end <= claim.end) ids.add(m.entity);
  }
  return [...ids];
}

/** Reading order: by start, then the longer span first, so a nesting claim precedes its parts. */
export function byReadingOrder<T extends { start: number; end: number }>(a: T, b: T): number {
  return a.start - b.start || b.end - a.end;
}
