// The native export, `factmark.annotations` version 1 (DESIGN.md). Fields may be added; none is
// renamed or dropped without a version bump.
import { z } from 'zod';
import {
  ClaimStatusSchema,
  claimEntityIds,
  byReadingOrder,
  OrphanSchema,
} from '../model/annotations';
import { EntitySchema, type Entity } from '../model/entities';
import type { Article } from '../model/article';
import { SourceSchema } from '../model/article';

export const FACTMARK_FORMAT = 'factmark.annotations';
export const FACTMARK_VERSION = 1;

const ExportSpan = {
  id: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  anchor: z.enum(['anchored', 'drifted']).optional(),
  previousQuote: z.string().optional(),
};

export const ExportClaimSchema = z.object({
  ...ExportSpan,
  entities: z.array(z.string()),
  status: ClaimStatusSchema,
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ExportMentionSchema = z.object({ ...ExportSpan, entity: z.string() });

export const ExportDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  siteName: z.string().nullable().optional(),
  lang: z.string().nullable().optional(),
  source: SourceSchema,
  contentHash: z.string(),
  text: z.string(),
  claims: z.array(ExportClaimSchema),
  mentions: z.array(ExportMentionSchema),
  orphans: z.array(OrphanSchema),
});

export const FactmarkExportSchema = z
  .object({
    format: z.literal(FACTMARK_FORMAT),
    version: z.literal(FACTMARK_VERSION),
    exportedAt: z.string(),
    generator: z.string(),
    entities: z.array(EntitySchema),
    documents: z.array(ExportDocumentSchema),
  })
  .superRefine((doc, ctx) => {
    // Every span must quote its text exactly, in code points: the promise of this format.
    doc.documents.forEach((d, di) => {
      const points = [...d.text];
      const check = (
        kind: 'claims' | 'mentions',
        spans: ReadonlyArray<{ start: number; end: number; quote: string }>,
      ) =>
        spans.forEach((s, si) => {
          if (
            s.end <= s.start ||
            s.end > points.length ||
            points.slice(s.start, s.end).join('') !== s.quote
          ) {
            ctx.addIssue({
              code: 'custom',
              path: ['documents', di, kind, si, 'quote'],
              message: `quote does not equal text[${s.start}:${s.end}]`,
            });
          }
        });
      check('claims', d.claims);
      check('mentions', d.mentions);
    });
  });
export type FactmarkExport = z.infer<typeof FactmarkExportSchema>;

export interface ExportInput {
  articles: readonly Article[];
  entities: readonly Entity[];
  exportedAt: string;
  generator: string;
}

/** Builds the export of some articles with the entities they refer to. */
export function buildFactmarkExport({
  articles,
  entities,
  exportedAt,
  generator,
}: ExportInput): FactmarkExport {
  const used = new Set<string>();
  const documents = articles.map((a) => {
    const claims = [...a.claims].sort(byReadingOrder).map((c) => {
      const ids = claimEntityIds(c, a.mentions);
      ids.forEach((id) => used.add(id));
      return {
        id: c.id,
        start: c.start,
        end: c.end,
        quote: c.quote,
        prefix: c.prefix,
        suffix: c.suffix,
        entities: ids,
        status: c.status,
        note: c.note,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      };
    });
    const mentions = [...a.mentions].sort(byReadingOrder).map((m) => {
      used.add(m.entity);
      return {
        id: m.id,
        start: m.start,
        end: m.end,
        quote: m.quote,
        prefix: m.prefix,
        suffix: m.suffix,
        entity: m.entity,
      };
    });
    for (const o of a.orphans) {
      if (o.entity) used.add(o.entity);
      o.entities?.forEach((id) => used.add(id));
    }
    return {
      id: a.id,
      title: a.title,
      byline: a.byline,
      publishedAt: a.publishedAt,
      siteName: a.siteName,
      lang: a.lang,
      source: a.source,
      contentHash: a.contentHash,
      text: a.text,
      claims,
      mentions,
      orphans: a.orphans,
    };
  });
  return {
    format: FACTMARK_FORMAT,
    version: FACTMARK_VERSION,
    exportedAt,
    generator,
    entities: entities.filter((e) => used.has(e.id)),
    documents,
  };
}
