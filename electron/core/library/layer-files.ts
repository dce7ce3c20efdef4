// One annotator's layer of one article: `layers/<annotator>/<article id>.json`, written only by
// that annotator's Factmark, so two machines never write the same file. Sorted keys, pretty
// printed (see stable-json): a library in git shows one changed annotation as a small diff.
// Conflict copies of a layer file (the same annotator on two machines) are merged: every
// annotation of either, by id, the newer where both have one; nothing is dropped.
import { z } from 'zod';
import { ClaimSchema, MentionSchema, OrphanSchema } from '../../../shared/model/annotations';
import { AnnotatorNameSchema } from '../../../shared/model/annotators';
import { ARTICLE_ID } from '../../../shared/model/ids';
import { EvidencePassageSchema, RelationSchema } from '../../../shared/model/relations';
import type { ParsedFile } from './library-files';
import { stableStringify } from './stable-json';

export const LAYER_FILE_FORMAT = 'factmark.layer';
export const LAYER_FILE_VERSION = 1;

const LayerFileSchema = z.object({
  format: z.literal(LAYER_FILE_FORMAT),
  version: z.literal(LAYER_FILE_VERSION),
  articleId: z.string().regex(ARTICLE_ID),
  annotator: AnnotatorNameSchema,
  /** The text the offsets count into. */
  contentHash: z.string(),
  /** Counts this file's saves. */
  revision: z.number().int().nonnegative(),
  updatedAt: z.string(),
  /** When the annotator marked the article done (Blind mode shows others' layers after it). */
  done: z.string().optional(),
  claims: z.array(ClaimSchema),
  mentions: z.array(MentionSchema),
  orphans: z.array(OrphanSchema),
  /** Absent in files from before evidence passages and relations. */
  evidence: z.array(EvidencePassageSchema).default([]),
  /** The annotator's links that start at a claim of this article. */
  relations: z.array(RelationSchema).default([]),
});

/** A layer as read: the file without its format and version. */
export type Layer = Omit<z.output<typeof LayerFileSchema>, 'format' | 'version'>;

/** The annotations of a layer, each carrying the layer's annotator. */
function attributed<T extends { annotator?: string }>(items: readonly T[], annotator: string): T[] {
  return items.map((item) => (item.annotator === annotator ? item : { ...item, annotator }));
}

/** The layer's annotations without `annotator` (the file's own says it once). */
function unattributed<T extends { annotator?: string }>(items: readonly T[]): T[] {
  return items.map(({ annotator: _who, ...rest }) => rest as T);
}

export function serializeLayerFile(layer: Layer): string {
  return stableStringify({
    format: LAYER_FILE_FORMAT,
    version: LAYER_FILE_VERSION,
    ...layer,
    claims: unattributed(layer.claims),
    mentions: unattributed(layer.mentions),
    orphans: unattributed(layer.orphans),
    evidence: unattributed(layer.evidence),
    relations: unattributed(layer.relations),
  });
}

/** Parses a layer file of `articleId` (its own, or a conflict copy of it). */
export function parseLayerFile(content: string, articleId: string): ParsedFile<Layer> {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > LAYER_FILE_VERSION) {
    return {
      ok: false,
      reason: `it was written by a newer Factmark (format version ${version}); update Factmark to open it`,
    };
  }
  const parsed = LayerFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `it is not a Factmark layer file (${issue?.path.join('.')}: ${issue?.message})`,
    };
  }
  if (parsed.data.articleId !== articleId) {
    return { ok: false, reason: `it holds article ${parsed.data.articleId}, not ${articleId}` };
  }
  const { format: _f, version: _v, ...layer } = parsed.data;
  return {
    ok: true,
    value: {
      ...layer,
      claims: attributed(layer.claims, layer.annotator),
      mentions: attributed(layer.mentions, layer.annotator),
      orphans: attributed(layer.orphans, layer.annotator),
      evidence: attributed(layer.evidence, layer.annotator),
      relations: attributed(layer.relations, layer.annotator),
    },
  };
}

/** Anything a layer keeps by id. */
type LayerItem = Layer['claims' | 'mentions' | 'orphans' | 'evidence' | 'relations'][number];

/** When an annotation last changed, for choosing between two copies of it. */
const changedAt = (item: LayerItem): string =>
  ('updatedAt' in item && item.updatedAt) ||
  ('orphanedAt' in item && item.orphanedAt) ||
  item.createdAt;

/** Either copy of one annotation: the later changed, the same one whichever is read first. */
function newer<T extends LayerItem>(a: T, b: T): T {
  const at = changedAt(a).localeCompare(changedAt(b));
  if (at !== 0) return at > 0 ? a : b;
  return stableStringify(a) >= stableStringify(b) ? a : b;
}

/** Every item of every list by id, the newer of two with one id, in first-seen order. */
export function unionById<T extends LayerItem>(lists: readonly (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) {
    for (const item of list) {
      const seen = byId.get(item.id);
      byId.set(item.id, seen ? newer(seen, item) : item);
    }
  }
  return [...byId.values()];
}

/**
 * Copies of one annotator's layer of one article merged into one (the file first, then its
 * conflict copies). Its revision is their sum, so the merged layer counts as changed whenever a
 * copy appears.
 */
export function mergeLayerCopies(copies: readonly Layer[]): Layer {
  const [first, ...rest] = copies;
  if (!first) throw new Error('no layer to merge');
  if (rest.length === 0) return first;
  const done = copies
    .map((c) => c.done)
    .filter((d): d is string => d !== undefined)
    .sort()
    .pop();
  return {
    articleId: first.articleId,
    annotator: first.annotator,
    contentHash: first.contentHash,
    revision: copies.reduce((sum, c) => sum + c.revision, 0),
    updatedAt: copies
      .map((c) => c.updatedAt)
      .sort()
      .pop()!,
    ...(done ? { done } : {}),
    claims: unionById(copies.map((c) => c.claims)),
    mentions: unionById(copies.map((c) => c.mentions)),
    orphans: unionById(copies.map((c) => c.orphans)),
    evidence: unionById(copies.map((c) => c.evidence)),
    relations: unionById(copies.map((c) => c.relations)),
  };
}
