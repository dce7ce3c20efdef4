// Reads a Factmark export (`factmark.annotations` version 1) back into articles and entities.
// The file is checked whole, once, with FactmarkExportSchema (and the article metadata schema),
// and either everything is returned or an ImportError lists the bad fields by path.
import { ArticleMetaSchema, type Article } from '../model/article';
import type { Entity } from '../model/entities';
import { isArticleId, newId } from '../model/ids';
import {
  FACTMARK_FORMAT,
  FACTMARK_VERSION,
  FactmarkExportSchema,
  type FactmarkExport,
} from '../export/factmark-json';
import { blocksFromText } from './blocks-from-text';
import { ImportError, problemAt, readJson, zodProblems } from './errors';
import type { ImportedAnnotations, ImportOptions } from './types';

type ExportDocument = FactmarkExport['documents'][number];

const CLAIM_ID = /^clm_[A-Za-z0-9_-]+$/;
const MENTION_ID = /^men_[A-Za-z0-9_-]+$/;

export function parseFactmarkExport(
  json: unknown,
  { fileName = 'Factmark export' }: ImportOptions = {},
): ImportedAnnotations {
  const value = readJson(json, fileName);
  checkHeader(value, fileName);
  const parsed = FactmarkExportSchema.safeParse(value);
  if (!parsed.success) throw new ImportError(fileName, zodProblems(parsed.error));
  const data = parsed.data;

  const problems = [...duplicateIds(data), ...missingEntities(data)];
  const articles: Article[] = [];
  data.documents.forEach((d, i) => {
    const article = toArticle(d, data.exportedAt);
    // The export schema has checked every annotation, orphan and block (and toArticle gives
    // them our ids): only the article's metadata asks more (a sha256 content hash). Checking
    // the whole article again took half the import's time.
    const meta = ArticleMetaSchema.safeParse(article);
    if (meta.success) articles.push(article);
    else problems.push(...zodProblems(meta.error, ['documents', i]));
  });
  if (problems.length > 0) throw new ImportError(fileName, problems);

  return {
    entities: data.entities as Entity[],
    articles,
    documents: articles.map((a) => ({
      text: a.text,
      title: a.title,
      url: a.source.url,
      claims: a.claims,
      mentions: a.mentions,
      orphans: a.orphans,
    })),
    warnings: [],
  };
}

/** A file of another format or a later version gets a message that says so, not a field list. */
function checkHeader(value: unknown, fileName: string): void {
  const header = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (header.format !== FACTMARK_FORMAT) {
    throw new ImportError(fileName, [`not a Factmark export (no "format": "${FACTMARK_FORMAT}")`]);
  }
  if (typeof header.version === 'number' && header.version > FACTMARK_VERSION) {
    throw new ImportError(fileName, [
      `version ${header.version} was written by a newer Factmark; this one reads version ${FACTMARK_VERSION}`,
    ]);
  }
}

/** The article a document describes; ids of other tools (`doc_…`) are replaced by ours. */
function toArticle(d: ExportDocument, exportedAt: string): Article {
  return {
    id: isArticleId(d.id) ? d.id : newId('art'),
    title: d.title,
    byline: d.byline,
    publishedAt: d.publishedAt,
    siteName: d.siteName ?? null,
    lang: d.lang ?? null,
    dir: d.dir ?? null,
    excerpt: d.excerpt ?? null,
    source: d.source,
    contentHash: d.contentHash,
    createdAt: d.createdAt ?? exportedAt,
    updatedAt: d.updatedAt ?? exportedAt,
    blocks: d.blocks ?? blocksFromText(d.text, d.title),
    text: d.text,
    claims: d.claims.map((c) => ({
      id: CLAIM_ID.test(c.id) ? c.id : newId('clm'),
      start: c.start,
      end: c.end,
      quote: c.quote,
      prefix: c.prefix,
      suffix: c.suffix,
      ...(c.anchor ? { anchor: c.anchor } : {}),
      ...(c.previousQuote !== undefined ? { previousQuote: c.previousQuote } : {}),
      entities: c.entities,
      status: c.status,
      note: c.note,
      ...(c.evidence?.length ? { evidence: c.evidence } : {}),
      ...(c.structured ? { structured: c.structured } : {}),
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    })),
    mentions: d.mentions.map((m) => ({
      id: MENTION_ID.test(m.id) ? m.id : newId('men'),
      start: m.start,
      end: m.end,
      quote: m.quote,
      prefix: m.prefix,
      suffix: m.suffix,
      ...(m.anchor ? { anchor: m.anchor } : {}),
      ...(m.previousQuote !== undefined ? { previousQuote: m.previousQuote } : {}),
      entity: m.entity,
      createdAt: m.createdAt ?? exportedAt,
    })),
    orphans: d.orphans,
    ...(d.notice === undefined ? {} : { notice: d.notice }),
  };
}

/** An id used twice would make one annotation overwrite another: refuse the file. */
function duplicateIds(data: FactmarkExport): string[] {
  const problems: string[] = [];
  // Where each id was first seen, as a path built only when a repeat is reported.
  const seen = new Map<string, Array<string | number>>();
  const check = (id: string, ...path: Array<string | number>) => {
    const first = seen.get(id);
    if (first) problems.push(problemAt(path, `id "${id}" is already used by ${first.join('.')}`));
    else seen.set(id, path);
  };
  data.entities.forEach((e, i) => check(e.id, 'entities', i, 'id'));
  data.documents.forEach((d, di) => {
    check(d.id, 'documents', di, 'id');
    d.claims.forEach((c, i) => check(c.id, 'documents', di, 'claims', i, 'id'));
    d.mentions.forEach((m, i) => check(m.id, 'documents', di, 'mentions', i, 'id'));
    d.orphans.forEach((o, i) => check(o.id, 'documents', di, 'orphans', i, 'id'));
  });
  return problems;
}

/** Every entity an annotation names must be in the file's `entities`. */
function missingEntities(data: FactmarkExport): string[] {
  const known = new Set(data.entities.map((e) => e.id));
  const problems: string[] = [];
  data.documents.forEach((d, di) => {
    const check = (id: string, ...path: Array<string | number>) => {
      if (!known.has(id)) {
        problems.push(problemAt(['documents', di, ...path], `no entity "${id}" in entities`));
      }
    };
    d.claims.forEach((c, i) =>
      c.entities.forEach((id, k) => check(id, 'claims', i, 'entities', k)),
    );
    d.mentions.forEach((m, i) => check(m.entity, 'mentions', i, 'entity'));
    d.orphans.forEach((o, i) => {
      if (o.entity) check(o.entity, 'orphans', i, 'entity');
      o.entities?.forEach((id, k) => check(id, 'orphans', i, 'entities', k));
    });
  });
  return problems;
}
