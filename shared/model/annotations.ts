// Claims and mentions: spans of an article's canonical text, in code points, end exclusive.
import { z } from 'zod';
import { AnnotatorNameSchema } from './annotators';
import { EntityIdSchema } from './entities';

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
export const SpanFields = {
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  /**
   * Set only after the article was reloaded from a changed source: `anchored` when found again
   * as it was, `drifted` when placed but its text changed or its place is uncertain (for review).
   */
  anchor: z.enum(['anchored', 'drifted']).optional(),
  /** The quote before a reload changed it; set while `anchor` is `drifted`. */
  previousQuote: z.string().optional(),
  /** Whose layer the annotation belongs to (absent in files written before layers). */
  annotator: AnnotatorNameSchema.optional(),
};

/** A link to a source that supports or refutes a claim; only http(s), so it opens safely. */
export const EvidenceSchema = z.object({
  url: z
    .string()
    .max(8192)
    .regex(/^https?:\/\/[^\s]+$/i, 'an evidence link is an http or https URL'),
  label: z.string().max(500),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * What a claim states, in fields (e.g. Llama 4 Maverick · HumanEval · 86.3 · % · pass rate);
 * the suggestion engine reads sentences into this shape too.
 */
export const StructuredClaimSchema = z.object({
  /** Registry entity id of what the claim is about. */
  subject: EntityIdSchema.optional(),
  /** A benchmark or measured quantity: `MMLU`, `HumanEval`, `parameters`, `price`. */
  metric: z.string().max(500).optional(),
  value: z.string().max(500).optional(),
  /** `%`, `billion`, `B`, `$`, `points` … */
  unit: z.string().max(100).optional(),
  /** How it was measured: `pass@1`, `5-shot`, `accuracy`, `passing rate` … */
  qualifier: z.string().max(500).optional(),
});
export type StructuredClaim = z.infer<typeof StructuredClaimSchema>;

const isOrdered = (s: { start: number; end: number }) => s.end > s.start;
const orderMessage = { message: 'end must be greater than start', path: ['end'] };

export const ClaimSchema = z
  .object({
    id: z.string().regex(/^clm_[A-Za-z0-9_-]+$/),
    ...SpanFields,
    /** Entities tagged on the claim itself (mentions inside it count too; see claimEntityIds). */
    entities: z.array(EntityIdSchema),
    status: ClaimStatusSchema,
    note: z.string(),
    /** Links to sources for or against the claim (absent in files written before them). */
    evidence: z.array(EvidenceSchema).optional(),
    /** The claim in fields, once the user accepted or edited them. */
    structured: StructuredClaimSchema.optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .refine(isOrdered, orderMessage);
export type Claim = z.infer<typeof ClaimSchema>;

export const MentionSchema = z
  .object({
    id: z.string().regex(/^men_[A-Za-z0-9_-]+$/),
    ...SpanFields,
    entity: EntityIdSchema,
    createdAt: z.string(),
  })
  .refine(isOrdered, orderMessage);
export type Mention = z.infer<typeof MentionSchema>;

/** An annotation that could not be placed after its article changed: kept, never dropped. */
export const OrphanSchema = z.object({
  kind: z.enum(['claim', 'mention', 'evidence']),
  id: z.string().regex(/^(clm|men|evi)_[A-Za-z0-9_-]+$/, 'not a claim, mention or evidence id'),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  lastStart: z.number().int().min(0),
  lastEnd: z.number().int().min(0),
  entities: z.array(EntityIdSchema).optional(),
  entity: EntityIdSchema.optional(),
  status: ClaimStatusSchema.optional(),
  note: z.string().optional(),
  evidence: z.array(EvidenceSchema).optional(),
  structured: StructuredClaimSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  annotator: AnnotatorNameSchema.optional(),
  /** The content hash of the text version `lastStart`/`lastEnd` count into. */
  textVersion: z.string().optional(),
  /** When the reload that could not place it happened. */
  orphanedAt: z.string().optional(),
  /** The claim or mention as it was stored, every field, so nothing about it is lost. */
  original: z.record(z.string(), z.unknown()).optional(),
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
