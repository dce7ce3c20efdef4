// The native export, `factmark.annotations` version 1 (docs/ARCHITECTURE.md). Fields may be added; none is
// renamed or dropped without a version bump.
import { z } from 'zod';
import {
  ClaimStatusSchema,
  EvidenceSchema,
  StructuredClaimSchema,
  byReadingOrder,
  OrphanSchema,
} from '../model/annotations';
import { AnnotatorNameSchema } from '../model/annotators';
import { EntityIdSchema, EntitySchema, type Entity } from '../model/entities';
import type { Article } from '../model/article';
import { SourceSchema } from '../model/article';
import { BlockSchema, canonicalText } from '../model/blocks';
import { pageFinder } from '../model/pages';
import { spanProblem } from '../model/span-check';
import { CodePointIndex } from '../text/code-points';
import { claimEntityResolver } from './claim-entities';
import { RelationSchema, type Relation } from '../model/relations';

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
  /** Whose layer the annotation is in (absent in files written before layers). */
  annotator: AnnotatorNameSchema.optional(),
};

export const ExportClaimSchema = z.object({
  ...ExportSpan,
  entities: z.array(EntityIdSchema),
  status: ClaimStatusSchema,
  note: z.string(),
  /** Links to sources, each `{ url, label }` (only when the claim has some). */
  evidence: z.array(EvidenceSchema).optional(),
  /** The claim in fields: subject entity id, metric, value, unit, qualifier (when set). */
  structured: StructuredClaimSchema.optional(),
  /** The page the claim starts on, for articles from a paged source such as a PDF. */
  page: z.number().int().min(1).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ExportMentionSchema = z.object({
  ...ExportSpan,
  entity: EntityIdSchema,
  createdAt: z.string().optional(),
});

/** A passage kept as evidence for a claim (`documents[].evidence`). */
export const ExportEvidenceSchema = z.object({
  ...ExportSpan,
  note: z.string(),
  createdAt: z.string(),
});

export const ExportDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  siteName: z.string().nullable().optional(),
  lang: z.string().nullable().optional(),
  dir: z.enum(['ltr', 'rtl']).nullable().optional(),
  excerpt: z.string().nullable().optional(),
  source: SourceSchema,
  contentHash: z.string(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  text: z.string(),
  /** The article's block model (headings, lists, links), so an import restores it exactly. */
  blocks: z.array(BlockSchema).optional(),
  /** How the source was read, when the reader was told (e.g. not recognised as an article). */
  notice: z.string().optional(),
  claims: z.array(ExportClaimSchema),
  mentions: z.array(ExportMentionSchema),
  /** Passages kept as evidence for claims (only when the document has some). */
  evidence: z.array(ExportEvidenceSchema).optional(),
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
    /**
     * Links from claims to evidence passages, URLs, other claims and mentions, by document and
     * annotation id; the other end may be in a document this file does not hold.
     */
    relations: z.array(RelationSchema).optional(),
  })
  .superRefine((doc, ctx) => {
    // Every span must quote its text exactly, in code points: the promise of this format.
    doc.documents.forEach((d, di) => {
      const text = new CodePointIndex(d.text);
      const check = (
        kind: 'claims' | 'mentions' | 'evidence',
        spans: ReadonlyArray<{ start: number; end: number; quote: string }>,
      ) =>
        spans.forEach((s, si) => {
          const problem = spanProblem(text, s);
          if (problem) {
            ctx.addIssue({
              code: 'custom',
              path: ['documents', di, kind, si, problem.field],
              message: problem.message,
            });
          }
        });
      check('claims', d.claims);
      check('mentions', d.mentions);
      check('evidence', d.evidence ?? []);
      if (d.blocks && canonicalText(d.blocks) !== d.text) {
        ctx.addIssue({
          code: 'custom',
          path: ['documents', di, 'blocks'],
          message: 'the blocks do not make up the text (joined by a blank line)',
        });
      }
    });
    relationProblems(doc).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
  });
export type FactmarkExport = z.infer<typeof FactmarkExportSchema>;

/**
 * A relation must start at a claim the file holds, and an end in a document of the file must
 * name an annotation of that document (an end in another document is the library's business).
 */
function relationProblems(doc: {
  documents: ReadonlyArray<{
    id: string;
    claims: ReadonlyArray<{ id: string }>;
    mentions: ReadonlyArray<{ id: string }>;
    evidence?: ReadonlyArray<{ id: string }>;
    orphans: ReadonlyArray<{ id: string }>;
  }>;
  relations?: readonly Relation[];
}): Array<{ path: Array<string | number>; message: string }> {
  if (!doc.relations?.length) return [];
  const annotations = new Map(
    doc.documents.map((d) => [
      d.id,
      new Set([...d.claims, ...d.mentions, ...(d.evidence ?? []), ...d.orphans].map((a) => a.id)),
    ]),
  );
  const problems: Array<{ path: Array<string | number>; message: string }> = [];
  doc.relations.forEach((r, i) => {
    const fromDoc = annotations.get(r.from.document);
    if (!fromDoc?.has(r.from.annotation)) {
      problems.push({
        path: ['relations', i, 'from'],
        message: `no claim "${r.from.annotation}" in document "${r.from.document}" of this file`,
      });
    }
    if ('document' in r.to) {
      const toDoc = annotations.get(r.to.document);
      if (toDoc && !toDoc.has(r.to.annotation)) {
        problems.push({
          path: ['relations', i, 'to'],
          message: `no annotation "${r.to.annotation}" in document "${r.to.document}"`,
        });
      }
    }
  });
  return problems;
}

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
    const claimEntityIds = claimEntityResolver(a.mentions);
    const pageOf = pageFinder(a.blocks);
    const claims = [...a.claims].sort(byReadingOrder).map((c) => {
      const ids = claimEntityIds(c);
      ids.forEach((id) => used.add(id));
      if (c.structured?.subject) used.add(c.structured.subject);
      return {
        ...spanFields(c),
        entities: ids,
        status: c.status,
        note: c.note,
        ...(c.evidence?.length ? { evidence: c.evidence } : {}),
        ...(c.structured ? { structured: c.structured } : {}),
        ...pageField(pageOf(c.start)),
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      };
    });
    const mentions = [...a.mentions].sort(byReadingOrder).map((m) => {
      used.add(m.entity);
      return {
        ...spanFields(m),
        entity: m.entity,
        createdAt: m.createdAt,
      };
    });
    const evidence = [...(a.evidence ?? [])].sort(byReadingOrder).map((e) => ({
      ...spanFields(e),
      note: e.note,
      createdAt: e.createdAt,
    }));
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
      dir: a.dir,
      excerpt: a.excerpt,
      source: a.source,
      contentHash: a.contentHash,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      text: a.text,
      claims,
      mentions,
      ...(evidence.length ? { evidence } : {}),
      orphans: a.orphans,
      blocks: a.blocks,
      notice: a.notice,
    };
  });
  const relations = articles.flatMap((a) => a.relations ?? []);
  return {
    format: FACTMARK_FORMAT,
    version: FACTMARK_VERSION,
    exportedAt,
    generator,
    entities: entities.filter((e) => used.has(e.id)),
    documents,
    ...(relations.length ? { relations } : {}),
  };
}

/** What every exported span starts with: its id, offsets, quote selector, anchor and annotator. */
function spanFields(
  span: Pick<
    Article['claims'][number],
    | 'id'
    | 'start'
    | 'end'
    | 'quote'
    | 'prefix'
    | 'suffix'
    | 'anchor'
    | 'previousQuote'
    | 'annotator'
  >,
) {
  const { id, start, end, quote, prefix, suffix } = span;
  return { id, start, end, quote, prefix, suffix, ...anchorFields(span), ...annotatorField(span) };
}

/** `{ annotator }` for an attributed annotation, nothing for one written before layers. */
function annotatorField(span: { annotator?: string }): { annotator?: string } {
  return span.annotator === undefined ? {} : { annotator: span.annotator };
}

/** `{ page }` for a claim of a paged article, nothing otherwise (the field is optional). */
function pageField(page: number | undefined): { page?: number } {
  return page === undefined ? {} : { page };
}

/**
 * `anchor` (and `previousQuote` while drifted) for a span placed by a reload; nothing for one
 * never reloaded, so exports of articles that never changed read as before.
 */
function anchorFields(span: Pick<Article['claims'][number], 'anchor' | 'previousQuote'>): {
  anchor?: 'anchored' | 'drifted';
  previousQuote?: string;
} {
  if (!span.anchor) return {};
  return span.anchor === 'drifted' && span.previousQuote !== undefined
    ? { anchor: span.anchor, previousQuote: span.previousQuote }
    : { anchor: span.anchor };
}
