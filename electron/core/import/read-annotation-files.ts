// Reads annotation files another tool (or Factmark) wrote — a Factmark export, W3C Web
// Annotations, brat standoff, doccano/spaCy JSONL, Label Studio tasks — into whole articles ready for the merge planner. Everything is
// parsed before anything is written, so a bad file imports nothing.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { MAX_SOURCE_BYTES } from '../../../shared/contract/calls';
import { ContractError } from '../../../shared/contract/result';
import {
  parseBrat,
  parseDoccanoLines,
  parseFactmarkExport,
  parseLabelStudioTasks,
  parseW3cAnnotations,
  blocksFromText,
} from '../../../shared/import/index';
import {
  ANNOTATION_FORMAT_NAMES,
  READABLE_FORMATS,
  recogniseFormat,
  type AnnotationFormat,
} from '../../../shared/import/recognise';
import type { ImportedAnnotations } from '../../../shared/import/index';
import { bindRelations } from '../../../shared/import/types';
import type { Article } from '../../../shared/model/article';
import type { Entity } from '../../../shared/model/entities';
import { ARTICLE_ID_SOURCE, newId } from '../../../shared/model/ids';
import { contentHash, type LibraryStore } from '../library/library-store';

const URN_ARTICLE = new RegExp(`^urn:factmark:article:(${ARTICLE_ID_SOURCE})$`);

export interface IncomingAnnotations {
  articles: Article[];
  entities: Entity[];
  warnings: string[];
  /** Each file read and the format its content was recognised as. */
  recognised: Array<{ fileName: string; format: AnnotationFormat }>;
}

/** One file of an import: its name (a brat .ann finds its .txt by name) and its text. */
export interface AnnotationSource {
  name: string;
  content: string;
}

const ANNOTATION_EXTENSIONS = new Set(['.ann', '.jsonld', '.json', '.txt', '.conf']);

/**
 * True when `path` is a file or folder of annotations (not an article source): a folder with
 * brat files, or a file whose content is an annotation format, whatever its name.
 */
export async function isAnnotationFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info) return false;
  if (info.isDirectory()) return (await readdir(path)).some((f) => f.endsWith('.ann'));
  const ext = extname(path).toLowerCase();
  if (ext === '.ann' || ext === '.jsonld' || ext === '.json') return true;
  if (!info.isFile() || info.size > MAX_SOURCE_BYTES) return false;
  const content = await readFile(path, 'utf8').catch(() => '');
  return recogniseFormat(content) !== null;
}

/** The files behind command-line paths: a brat folder gives its files, a .ann its .txt too. */
export async function readSourcesFromPaths(paths: readonly string[]): Promise<AnnotationSource[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new ContractError(
        'bad-source',
        `${path}: cannot be read (${error.code ?? error.message})`,
      );
    });
    if (info.isDirectory()) {
      for (const f of (await readdir(path)).sort()) {
        if (ANNOTATION_EXTENSIONS.has(extname(f).toLowerCase())) files.push(join(path, f));
      }
    } else {
      files.push(path);
      if (extname(path).toLowerCase() === '.ann') files.push(path.replace(/\.ann$/i, '.txt'));
    }
  }
  const sources: AnnotationSource[] = [];
  for (const file of new Set(files)) {
    const content = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new ContractError(
        'bad-source',
        `${file}: cannot be read (${error.code ?? error.message})`,
      );
    });
    sources.push({ name: basename(file), content: content.replace(/^\uFEFF/, '') });
  }
  return sources;
}

/**
 * Reads every annotation file of an import, each by what its content is (whatever its name):
 * Factmark exports and W3C annotations (JSON), brat documents (a .ann with the .txt of the same
 * name, and an optional annotation.conf). Files of no annotation format (a brat .txt) are read
 * only as what another file needs.
 */
export async function readAnnotationSources(
  sources: readonly AnnotationSource[],
  library: LibraryStore,
  now: Date,
): Promise<IncomingAnnotations> {
  const out: IncomingAnnotations = { articles: [], entities: [], warnings: [], recognised: [] };
  const add = (one: Omit<IncomingAnnotations, 'recognised'>) => {
    out.articles.push(...one.articles);
    out.entities.push(...one.entities);
    out.warnings.push(...one.warnings);
  };
  const byName = new Map(sources.map((s) => [s.name, s]));
  const conf = sources.find((s) => recogniseFormat(s.content) === 'brat-conf')?.content;
  for (const source of sources) {
    // An empty .ann (a document with no annotations) has no content to tell it by.
    const format =
      recogniseFormat(source.content) ??
      (/\.ann$/i.test(source.name) && source.content.trim() === '' ? 'brat' : null);
    if (format === null) {
      refuseUnrecognised(source);
      continue;
    }
    if (format === 'brat-conf') continue; // read with the .ann files it describes
    if (!READABLE_FORMATS.has(format)) {
      throw new ContractError(
        'bad-source',
        `${source.name}: recognised as ${ANNOTATION_FORMAT_NAMES[format]}, which Factmark does not import yet (it imports ${IMPORTABLE})`,
      );
    }
    out.recognised.push({ fileName: source.name, format });
    if (format === 'brat') {
      const txtName = bratTextName(source.name);
      const txt = byName.get(txtName);
      if (!txt)
        throw new ContractError('bad-source', `${source.name}: brat needs ${txtName} beside it`);
      add(readBratDocument(source, txt.content, conf, now));
    } else if (format === 'doccano' || format === 'spacy' || format === 'label-studio') {
      add(readTextDocuments(source, format, now));
    } else if (format === 'factmark') {
      const imported = parseFactmarkExport(parseJson(source), { fileName: source.name });
      add({
        articles: withHashes(imported.articles ?? []),
        entities: imported.entities,
        warnings: imported.warnings,
      });
    } else {
      add(await readW3c(source.name, parseJson(source), library, now));
    }
  }
  if (out.recognised.length === 0) {
    throw new ContractError(
      'bad-source',
      `${sources.map((s) => s.name).join(', ') || 'nothing'}: no annotation file (${IMPORTABLE})`,
    );
  }
  return out;
}

const IMPORTABLE =
  'Factmark JSON, W3C Web Annotation JSON-LD, brat .ann with its .txt, doccano or spaCy JSONL, Label Studio JSON';

/** A file named as annotations whose content is none: say why rather than skip it. */
function refuseUnrecognised(source: AnnotationSource): void {
  const ext = extname(source.name).toLowerCase();
  if (ext !== '.json' && ext !== '.jsonld' && ext !== '.ann') return; // a brat .txt, say
  if (ext !== '.ann') parseJson(source); // a JSON syntax error names its place
  throw new ContractError(
    'bad-source',
    `${source.name}: not an annotation file Factmark recognises (${IMPORTABLE})`,
  );
}

/** A brat document's text: `doc.ann` → `doc.txt`; `doc` (saved without extension) → `doc.txt`. */
function bratTextName(annName: string): string {
  return /\.ann$/i.test(annName) ? annName.replace(/\.ann$/i, '.txt') : `${annName}.txt`;
}

function parseJson(source: AnnotationSource): unknown {
  try {
    return JSON.parse(source.content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ContractError('bad-source', `${source.name}: not JSON (${(error as Error).message})`);
  }
}

/** W3C annotations carry no text: they attach to a library article named by their target. */
async function readW3c(
  fileName: string,
  json: unknown,
  library: LibraryStore,
  now: Date,
): Promise<Omit<IncomingAnnotations, 'recognised'>> {
  const sources = targetSources(json);
  const { articles } = await library.list();
  const out: Omit<IncomingAnnotations, 'recognised'> = {
    articles: [],
    entities: [],
    warnings: [],
  };
  // The library article a target names: by its Factmark URN, or by its address.
  const documentOf = (source: string) => {
    const byUrn = URN_ARTICLE.exec(source)?.[1];
    return articles.find(
      (a) => a.id === byUrn || (a.source.url !== undefined && a.source.url === source),
    )?.id;
  };
  for (const source of sources) {
    const summary = articles.find((a) => a.id === documentOf(source));
    if (!summary) {
      throw new ContractError(
        'bad-source',
        `${fileName}: no article in the library for target ${source}; import the article first`,
      );
    }
    const article = await library.get(summary.id);
    const imported = parseW3cAnnotations(json, article.text, {
      fileName,
      now: now.toISOString(),
      source,
      documentOf,
    });
    const doc = imported.documents[0];
    if (!doc) continue;
    out.articles.push({
      ...article,
      claims: doc.claims,
      mentions: doc.mentions,
      orphans: doc.orphans,
      evidence: doc.evidence ?? [],
      relations: bindRelations(doc.relations ?? [], article.id),
    });
    out.entities.push(...imported.entities);
    out.warnings.push(...imported.warnings);
  }
  if (sources.length === 0)
    throw new ContractError('bad-source', `${fileName}: no Web Annotation targets found`);
  return out;
}

function targetSources(json: unknown): string[] {
  const list: unknown[] = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null
      ? ((json as { first?: { items?: unknown[] }; items?: unknown[] }).first?.items ??
        (json as { items?: unknown[] }).items ?? [json])
      : [];
  const sources = new Set<string>();
  for (const a of list) {
    // A link targets a claim's annotation, not a document.
    if ([(a as { motivation?: unknown })?.motivation].flat().includes('linking')) continue;
    const target = (a as { target?: unknown })?.target;
    for (const t of Array.isArray(target) ? target : [target]) {
      const source = typeof t === 'string' ? t : (t as { source?: unknown })?.source;
      if (typeof source === 'string') sources.add(source);
    }
  }
  return [...sources];
}

function readBratDocument(
  ann: AnnotationSource,
  txt: string,
  conf: string | undefined,
  now: Date,
): Omit<IncomingAnnotations, 'recognised'> {
  const imported = parseBrat(txt, ann.content, conf, {
    fileName: ann.name,
    now: now.toISOString(),
  });
  return {
    articles: withHashes(articlesFromDocuments(imported, basename(ann.name, '.ann'), now)),
    entities: imported.entities,
    warnings: imported.warnings,
  };
}

/** doccano and spaCy JSONL, Label Studio tasks: each document carries its text. */
function readTextDocuments(
  source: AnnotationSource,
  format: 'doccano' | 'spacy' | 'label-studio',
  now: Date,
): Omit<IncomingAnnotations, 'recognised'> {
  const options = { fileName: source.name, now: now.toISOString() };
  const imported =
    format === 'label-studio'
      ? parseLabelStudioTasks(parseJson(source), options)
      : parseDoccanoLines(source.content, options);
  const name = basename(source.name).replace(/\.(jsonl?|json)$/i, '');
  return {
    articles: withHashes(articlesFromDocuments(imported, name, now)),
    entities: imported.entities,
    warnings: imported.warnings,
  };
}

/** New articles for documents that come as bare text (brat, doccano, spaCy, Label Studio). */
function articlesFromDocuments(imported: ImportedAnnotations, name: string, now: Date): Article[] {
  const at = now.toISOString();
  return imported.documents.map((doc) => {
    const title = doc.title ?? name;
    const id = newId('art');
    return {
      id,
      title,
      byline: null,
      publishedAt: null,
      siteName: null,
      lang: null,
      dir: null,
      excerpt: null,
      source: { kind: 'file', fileName: `${name}.txt`, mediaType: 'text', retrievedAt: at },
      contentHash: '',
      createdAt: at,
      updatedAt: at,
      blocks: blocksFromText(doc.text, title),
      text: doc.text,
      claims: doc.claims,
      mentions: doc.mentions,
      orphans: doc.orphans,
      ...(doc.evidence ? { evidence: doc.evidence } : {}),
      ...(doc.relations ? { relations: bindRelations(doc.relations, id) } : {}),
    };
  });
}

/** The hash is the library's to compute: an imported file's claim to one is not trusted. */
function withHashes(articles: Article[]): Article[] {
  return articles.map((a) => ({ ...a, contentHash: contentHash(a.text) }));
}
