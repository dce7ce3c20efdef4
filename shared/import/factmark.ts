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
import { EVIDENCE_ID, type Relation } from '../model/relations';
import { quoteSelector } from '../anchoring/quote-selector';
import { CodePointIndex } from '../text/code-points';
import { ImportError, isRecord, problemAt, readJson, zodProblems } from './errors';
import { formatJsonPath } from './json-path';
import type { ImportedAnnotations, ImportOptions } from './types';

type ExportDocument = FactmarkExport['documents'][number];

const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;
const CLAIM_ID = /^clm_[A-Za-z0-9_-]+$/;
const MENTION_ID = /^men_[A-Za-z0-9_-]+$/;

export function parseFactmarkExport(
  json: unknown,
  { fileName = 'Factmark export' }: ImportOptions = {},
): ImportedAnnotations {
  const value = readJson(json, fileName);
  checkHeader(value, fileName);
  const parsed = FactmarkExportSchema.safeParse(fillMissing(value));
  if (!parsed.success) throw new ImportError(fileName, zodProblems(parsed.error));
  const data = parsed.data;

  const problems = [...duplicateIds(data), ...missingEntities(data)];
  const articles: Article[] = [];
  const relationsFrom = groupBy(data.relations ?? [], (r) => r.from.document);
  data.documents.forEach((d, i) => {
    const article = toArticle(d, data.exportedAt, relationsFrom.get(d.id) ?? []);
    // The export schema has checked every annotation, orphan and block (and toArticle gives
    // them our ids): only the article's metadata asks more (a sha256 content hash). Checking
    // the whole article again took half the import's time.
    // The content hash is the library's to compute (a file's claim to one is not trusted, and
    // a hand-written file may have none).
    const meta = ArticleMetaSchema.omit({ contentHash: true }).safeParse(article);
    if (d.contentHash !== '' && !CONTENT_HASH.test(d.contentHash)) {
      problems.push(problemAt(['documents', i, 'contentHash'], 'not a sha256 content hash'));
    } else if (meta.success) articles.push(article);
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

/** Removes `null` fields, so that an optional field written as null reads as absent. */
function withoutNulls(value: unknown): unknown {
  if (!isRecord(value) || !Object.values(value).includes(null)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}

/**
 * Liberal in what is missing: a hand-written file may leave out what can be derived or has an
 * obvious default (prefix and suffix from the text, the content hash, empty orphans, review
 * status, dates) and write optional fields as null. What is there is checked as strictly as
 * ever afterwards: a quote that is not the text at its offsets is still refused.
 */
function fillMissing(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const at = typeof value.exportedAt === 'string' ? value.exportedAt : new Date().toISOString();
  const documents = Array.isArray(value.documents) ? value.documents : value.documents;
  return {
    ...value,
    exportedAt: at,
    generator: typeof value.generator === 'string' ? value.generator : 'unknown',
    entities: value.entities ?? [],
    documents: Array.isArray(documents) ? documents.map((d) => fillDocument(d, at)) : documents,
  };
}

function fillDocument(raw: unknown, at: string): unknown {
  const d = withoutNulls(raw);
  if (!isRecord(d)) return d;
  // Indexed only when some span needs its selectors worked out.
  let index: CodePointIndex | undefined;
  const text = () => (typeof d.text === 'string' ? (index ??= new CodePointIndex(d.text)) : null);
  const spans = (
    list: unknown,
    kind: 'clm' | 'men' | 'evi',
    extra: (s: Record<string, unknown>) => Record<string, unknown>,
  ) => (Array.isArray(list) ? list.map((one) => fillSpan(one, text, kind, extra)) : list);
  const source = withoutNulls(d.source ?? { kind: 'file' });
  return {
    ...d,
    id: d.id ?? newId('art'),
    byline: d.byline ?? null,
    publishedAt: d.publishedAt ?? null,
    source: isRecord(source) ? { ...source, retrievedAt: source.retrievedAt ?? at } : source,
    contentHash: d.contentHash ?? '',
    claims: spans(d.claims ?? [], 'clm', (c) => ({
      entities: c.entities ?? [],
      status: c.status ?? 'unreviewed',
      note: c.note ?? '',
      createdAt: c.createdAt ?? at,
      updatedAt: c.updatedAt ?? c.createdAt ?? at,
    })),
    mentions: spans(d.mentions ?? [], 'men', () => ({})),
    ...(d.evidence === undefined
      ? {}
      : {
          evidence: spans(d.evidence, 'evi', (e) => ({
            note: e.note ?? '',
            createdAt: e.createdAt ?? at,
          })),
        }),
    orphans: d.orphans ?? [],
  };
}

/** A span with its quote selector derived from the text where the file left it out. */
function fillSpan(
  raw: unknown,
  text: () => CodePointIndex | null,
  kind: 'clm' | 'men' | 'evi',
  extra: (s: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  const s = withoutNulls(raw);
  if (!isRecord(s)) return s;
  const defaults = extra(s);
  // A span that has everything (every Factmark export's do) is taken as it is, uncopied.
  const complete =
    typeof s.quote === 'string' && typeof s.prefix === 'string' && typeof s.suffix === 'string';
  if (complete && s.id !== undefined && Object.keys(defaults).every((k) => s[k] !== undefined)) {
    return s;
  }
  const filled: Record<string, unknown> = { ...defaults, ...s };
  filled.id ??= newId(kind);
  const { start, end } = s;
  const index = complete ? null : text();
  const placed =
    index !== null &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (end as number) <= index.length &&
    (start as number) < (end as number);
  if (placed) {
    const selector = quoteSelector(index, start as number, end as number);
    filled.quote ??= selector.quote;
    filled.prefix ??= selector.prefix;
    filled.suffix ??= selector.suffix;
  }
  // Not derivable from offsets that are wrong: the check then names the offsets, not these.
  filled.prefix ??= '';
  filled.suffix ??= '';
  return filled;
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
function toArticle(d: ExportDocument, exportedAt: string, relations: Relation[]): Article {
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
      ...(c.annotator !== undefined ? { annotator: c.annotator } : {}),
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
      ...(m.annotator !== undefined ? { annotator: m.annotator } : {}),
      entity: m.entity,
      createdAt: m.createdAt ?? exportedAt,
    })),
    ...(d.evidence?.length
      ? {
          evidence: d.evidence.map((e) => ({
            ...e,
            id: EVIDENCE_ID.test(e.id) ? e.id : newId('evi'),
          })),
        }
      : {}),
    ...(relations.length ? { relations } : {}),
    orphans: d.orphans,
    ...(d.notice === undefined ? {} : { notice: d.notice }),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** An id used twice would make one annotation overwrite another: refuse the file. */
function duplicateIds(data: FactmarkExport): string[] {
  const problems: string[] = [];
  // Where each id was first seen, as a path built only when a repeat is reported.
  const seen = new Map<string, Array<string | number>>();
  const check = (id: string, ...path: Array<string | number>) => {
    const first = seen.get(id);
    if (first)
      problems.push(problemAt(path, `id "${id}" is already used by ${formatJsonPath(first)}`));
    else seen.set(id, path);
  };
  data.entities.forEach((e, i) => check(e.id, 'entities', i, 'id'));
  data.documents.forEach((d, di) => {
    check(d.id, 'documents', di, 'id');
    d.claims.forEach((c, i) => check(c.id, 'documents', di, 'claims', i, 'id'));
    d.mentions.forEach((m, i) => check(m.id, 'documents', di, 'mentions', i, 'id'));
    d.evidence?.forEach((e, i) => check(e.id, 'documents', di, 'evidence', i, 'id'));
    d.orphans.forEach((o, i) => check(o.id, 'documents', di, 'orphans', i, 'id'));
  });
  data.relations?.forEach((r, i) => check(r.id, 'relations', i, 'id'));
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
