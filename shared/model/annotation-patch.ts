// What changed in an article's annotations between two versions of it, as a patch small enough
// to save and journal after each edit (a whole 100,000-word article is megabytes), and the
// fingerprint that lets the side applying a patch check it got the same annotations.
import { z } from 'zod';
import {
  ClaimSchema,
  MentionSchema,
  OrphanSchema,
  type Claim,
  type Mention,
  type Orphan,
} from './annotations';
import type { Article } from './article';
import { EvidencePassageSchema, type EvidencePassage } from './relations';

/**
 * The parts of an article a patch changes; its text, blocks and metadata never change, and its
 * relations change through their own calls (their ends may be in other articles).
 */
export type Annotations = Pick<Article, 'claims' | 'mentions' | 'orphans' | 'evidence'>;

const listPatch = <T extends z.ZodType>(item: T) =>
  z.object({
    /** Items added or changed, whole: an id already in the list is replaced in place. */
    upsert: z.array(item),
    /** Ids taken out of the list; an id not in it is already gone. */
    remove: z.array(z.string()),
  });

export const AnnotationPatchSchema = z.object({
  claims: listPatch(ClaimSchema),
  mentions: listPatch(MentionSchema),
  orphans: listPatch(OrphanSchema),
  /** Absent in patches from before evidence passages (journalled ones): nothing changes. */
  evidence: listPatch(EvidencePassageSchema).default({ upsert: [], remove: [] }),
});
export type AnnotationPatch = z.infer<typeof AnnotationPatchSchema>;
/** A patch as a caller may give it: `evidence` may be absent (one from before passages). */
export type AnnotationPatchInput = z.input<typeof AnnotationPatchSchema>;

const NO_CHANGE = { upsert: [], remove: [] } as const;

/**
 * What a version's annotations add up to: how many of each, and an order-independent digest of
 * their ids (and each claim's `updatedAt`). Cheap to compute on both sides, it catches a patch
 * applied to other annotations than the ones it was made from, which would otherwise lose one.
 */
export const AnnotationFingerprintSchema = z.object({
  claims: z.number().int().nonnegative(),
  mentions: z.number().int().nonnegative(),
  orphans: z.number().int().nonnegative(),
  evidence: z.number().int().nonnegative().default(0),
  digest: z.string().regex(/^[0-9a-f]{8}$/),
});
export type AnnotationFingerprint = z.infer<typeof AnnotationFingerprintSchema>;
/** A fingerprint as a caller may give it: `evidence` may be absent (none). */
export type AnnotationFingerprintInput = z.input<typeof AnnotationFingerprintSchema>;

interface Identified {
  id: string;
}

/** The list by id, or null when an id appears twice (no patch by id can express that). */
function indexById<T extends Identified>(items: readonly T[]): Map<string, T> | null {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (byId.has(item.id)) return null;
    byId.set(item.id, item);
  }
  return byId;
}

interface ListChange<T> {
  upsert: T[];
  remove: string[];
  /** The base's items that the change replaces or removes. */
  replaced: T[];
}

function diffList<T extends Identified>(
  base: readonly T[],
  next: readonly T[],
): ListChange<T> | null {
  // An edit replaces, adds or removes a few items and leaves the others where they were, so
  // only the stretch between the common start and the common end (by identity) is compared by
  // id. An id there that is also outside it would be a duplicate: the side applying the patch
  // refuses those through the fingerprint.
  const shorter = Math.min(base.length, next.length);
  let head = 0;
  while (head < shorter && base[head] === next[head]) head++;
  let tail = 0;
  while (tail < shorter - head && base[base.length - 1 - tail] === next[next.length - 1 - tail]) {
    tail++;
  }
  const before = indexById(base.slice(head, base.length - tail));
  const changed = next.slice(head, next.length - tail);
  const after = indexById(changed);
  if (!before || !after) return null;
  const upsert = changed.filter((item) => before.get(item.id) !== item);
  const replaced = [...before.values()].filter((item) => after.get(item.id) !== item);
  const remove = replaced.filter((item) => !after.has(item.id)).map((item) => item.id);
  return { upsert, remove, replaced };
}

/** A patch, and what it replaces (to count a fingerprint forward without a pass over all). */
export interface AnnotationChange {
  patch: AnnotationPatch;
  replaced: {
    claims: Claim[];
    mentions: Mention[];
    orphans: Orphan[];
    evidence: EvidencePassage[];
  };
}

/**
 * The change that turns `base`'s annotations into `next`'s, comparing items by identity (edits
 * are immutable, so an unchanged item is the same object). Null when a list holds an id twice
 * where they differ, which only a whole save can store as it is.
 */
export function annotationChange(base: Annotations, next: Annotations): AnnotationChange | null {
  const claims = diffList(base.claims, next.claims);
  const mentions = diffList(base.mentions, next.mentions);
  const orphans = diffList(base.orphans, next.orphans);
  const evidence = diffList(base.evidence ?? [], next.evidence ?? []);
  if (!claims || !mentions || !orphans || !evidence) return null;
  const list = <T>({ upsert, remove }: ListChange<T>) => ({ upsert, remove });
  return {
    patch: {
      claims: list(claims),
      mentions: list(mentions),
      orphans: list(orphans),
      evidence: list(evidence),
    },
    replaced: {
      claims: claims.replaced,
      mentions: mentions.replaced,
      orphans: orphans.replaced,
      evidence: evidence.replaced,
    },
  };
}

/** The patch from `base`'s annotations to `next`'s (see annotationChange). */
export function diffAnnotations(base: Annotations, next: Annotations): AnnotationPatch | null {
  return annotationChange(base, next)?.patch ?? null;
}

export function isEmptyPatch(patch: AnnotationPatchInput): boolean {
  return [patch.claims, patch.mentions, patch.orphans, patch.evidence ?? NO_CHANGE].every(
    (list) => list.upsert.length === 0 && list.remove.length === 0,
  );
}

function applyList<T extends Identified>(
  items: readonly T[],
  change: { upsert: readonly T[]; remove: readonly string[] },
): T[] {
  if (change.upsert.length === 0 && change.remove.length === 0) return items.slice();
  const gone = new Set(change.remove);
  const replacing = new Map(change.upsert.map((item) => [item.id, item]));
  const result: T[] = [];
  for (const item of items) {
    if (gone.has(item.id)) continue;
    const replacement = replacing.get(item.id);
    result.push(replacement ?? item);
    replacing.delete(item.id);
  }
  // What is left is new, in the order the patch lists it (the order it was added in).
  for (const item of replacing.values()) if (!gone.has(item.id)) result.push(item);
  return result;
}

/** `article` with the patch applied: changed items in place, new ones at the end, removed gone. */
export function applyAnnotationPatch<A extends Annotations>(
  article: A,
  patch: AnnotationPatchInput,
): A {
  return {
    ...article,
    claims: applyList(article.claims, patch.claims),
    mentions: applyList(article.mentions, patch.mentions),
    orphans: applyList(article.orphans, patch.orphans),
    ...evidenceAfter(article.evidence, patch.evidence ?? NO_CHANGE),
  };
}

/** The evidence list after a patch; an article without any keeps none (files stay as they were). */
function evidenceAfter(
  evidence: readonly EvidencePassage[] | undefined,
  change: { upsert: readonly EvidencePassage[]; remove: readonly string[] },
): { evidence?: EvidencePassage[] } {
  if (!evidence && change.upsert.length === 0) return {};
  return { evidence: applyList(evidence ?? [], change) };
}

/**
 * FNV-1a, 32 bits, continued from `hash`: fast, spread well enough for a digest of a few
 * thousand ids, and it hashes several strings in a row without joining them (no allocation).
 */
function fnv1a(text: string, hash = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Different starting points for each kind, so a claim and a mention never hash alike. */
const CLAIM_SEED = fnv1a('claim');
const MENTION_SEED = fnv1a('mention');
const ORPHAN_SEED = fnv1a('orphan');
const EVIDENCE_SEED = fnv1a('evidence');

const claimHash = (c: Claim) => fnv1a(c.updatedAt, fnv1a(c.id, CLAIM_SEED));
const mentionHash = (m: Mention) => fnv1a(m.id, MENTION_SEED);
const orphanHash = (o: Orphan) => fnv1a(o.id, fnv1a(o.kind, ORPHAN_SEED));
const evidenceHash = (e: EvidencePassage) => fnv1a(e.note, fnv1a(e.id, EVIDENCE_SEED));

function sumOf<T>(items: readonly T[], hash: (item: T) => number, from = 0): number {
  let sum = from;
  for (const item of items) sum = (sum + hash(item)) >>> 0;
  return sum;
}

function toFingerprint(counts: Omit<AnnotationFingerprint, 'digest'>, sum: number) {
  return { ...counts, digest: sum.toString(16).padStart(8, '0') };
}

export function annotationFingerprint(annotations: Annotations): AnnotationFingerprint {
  // A sum of per-item hashes: the same set in any order gives the same digest.
  const evidence = annotations.evidence ?? [];
  const sum = sumOf(
    evidence,
    evidenceHash,
    sumOf(
      annotations.orphans,
      orphanHash,
      sumOf(annotations.mentions, mentionHash, sumOf(annotations.claims, claimHash)),
    ),
  );
  const { claims, mentions, orphans } = annotations;
  return toFingerprint(
    {
      claims: claims.length,
      mentions: mentions.length,
      orphans: orphans.length,
      evidence: evidence.length,
    },
    sum,
  );
}

/** The fingerprint after `change`, from the one before it: O(size of the change). */
export function fingerprintAfter(
  before: AnnotationFingerprintInput,
  change: AnnotationChange,
): AnnotationFingerprint {
  const { patch, replaced } = change;
  let sum = Number.parseInt(before.digest, 16);
  sum = sumOf(patch.claims.upsert, claimHash, sum);
  sum = sumOf(patch.mentions.upsert, mentionHash, sum);
  sum = sumOf(patch.orphans.upsert, orphanHash, sum);
  sum = sumOf(patch.evidence.upsert, evidenceHash, sum);
  // Subtracting a hash is adding its complement modulo 2^32.
  const minus =
    <T>(hash: (item: T) => number) =>
    (item: T) =>
      (2 ** 32 - hash(item)) >>> 0;
  sum = sumOf(replaced.claims, minus(claimHash), sum);
  sum = sumOf(replaced.mentions, minus(mentionHash), sum);
  sum = sumOf(replaced.orphans, minus(orphanHash), sum);
  sum = sumOf(replaced.evidence, minus(evidenceHash), sum);
  const count = (n: number, added: readonly unknown[], gone: readonly unknown[]) =>
    n + added.length - gone.length;
  return toFingerprint(
    {
      claims: count(before.claims, patch.claims.upsert, replaced.claims),
      mentions: count(before.mentions, patch.mentions.upsert, replaced.mentions),
      orphans: count(before.orphans, patch.orphans.upsert, replaced.orphans),
      evidence: count(before.evidence ?? 0, patch.evidence.upsert, replaced.evidence),
    },
    sum,
  );
}

export function sameFingerprint(
  a: AnnotationFingerprintInput,
  b: AnnotationFingerprintInput,
): boolean {
  return (
    a.claims === b.claims &&
    a.mentions === b.mentions &&
    a.orphans === b.orphans &&
    (a.evidence ?? 0) === (b.evidence ?? 0) &&
    a.digest === b.digest
  );
}
