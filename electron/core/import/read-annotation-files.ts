// Reads annotation files another tool (or Factmark) wrote — a Factmark export, W3C Web
// Annotations, brat standoff — into whole articles ready for the merge planner. Everything is
// parsed before anything is written, so a bad file imports nothing.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ContractError } from '../../../shared/contract/result';
import {
  parseBrat,
  parseFactmarkExport,
  parseW3cAnnotations,
  blocksFromText,
} from '../../../shared/import/index';
import type { ImportedAnnotations } from '../../../shared/import/index';
import type { Article } from '../../../shared/model/article';
import type { Entity } from '../../../shared/model/entities';
import { newId } from '../../../shared/model/ids';
import { contentHash, type LibraryStore } from '../library/library-store';

export interface IncomingAnnotations {
  articles: Article[];
  entities: Entity[];
  warnings: string[];
}

/** True when `path` is a file or folder this module reads (not an article source). */
export async function isAnnotationFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info) return false;
  if (info.isDirectory()) return (await readdir(path)).some((f) => f.endsWith('.ann'));
  const ext = extname(path).toLowerCase();
  return ext === '.ann' || ext === '.jsonld' || ext === '.json';
}

export async function readAnnotationFile(
  path: string,
  library: LibraryStore,
  now: Date,
): Promise<IncomingAnnotations> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new ContractError(
      'bad-source',
      `${path}: cannot be read (${error.code ?? error.message})`,
    );
  });
  if (info.isDirectory()) return readBratFolder(path, now);
  if (extname(path).toLowerCase() === '.ann') return readBratDocument(path, now);
  const json = await readJsonFile(path);
  if (isFactmarkExport(json)) {
    const imported = parseFactmarkExport(json, { fileName: basename(path) });
    return {
      articles: withHashes(imported.articles ?? []),
      entities: imported.entities,
      warnings: imported.warnings,
    };
  }
  return readW3c(path, json, library, now);
}

function isFactmarkExport(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    (json as { format?: unknown }).format === 'factmark.annotations'
  );
}

async function readJsonFile(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ContractError(
      'bad-source',
      `${path}: cannot be read (${error.code ?? error.message})`,
    );
  });
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ContractError('bad-source', `${path}: not JSON (${(error as Error).message})`);
  }
}

/** W3C annotations carry no text: they attach to a library article named by their target. */
async function readW3c(
  path: string,
  json: unknown,
  library: LibraryStore,
  now: Date,
): Promise<IncomingAnnotations> {
  const sources = targetSources(json);
  const { articles } = await library.list();
  const out: IncomingAnnotations = { articles: [], entities: [], warnings: [] };
  for (const source of sources) {
    const byUrn = /^urn:factmark:article:(art_[A-Za-z0-9_-]+)$/.exec(source)?.[1];
    const summary = articles.find(
      (a) => a.id === byUrn || (a.source.url !== undefined && a.source.url === source),
    );
    if (!summary) {
      throw new ContractError(
        'bad-source',
        `${basename(path)}: no article in the library for target ${source}; import the article first`,
      );
    }
    const article = await library.get(summary.id);
    const imported = parseW3cAnnotations(json, article.text, {
      fileName: basename(path),
      now: now.toISOString(),
      source,
    });
    const doc = imported.documents[0];
    if (!doc) continue;
    out.articles.push({
      ...article,
      claims: doc.claims,
      mentions: doc.mentions,
      orphans: doc.orphans,
    });
    out.entities.push(...imported.entities);
    out.warnings.push(...imported.warnings);
  }
  if (sources.length === 0)
    throw new ContractError('bad-source', `${basename(path)}: no Web Annotation targets found`);
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
    const target = (a as { target?: unknown })?.target;
    for (const t of Array.isArray(target) ? target : [target]) {
      const source = typeof t === 'string' ? t : (t as { source?: unknown })?.source;
      if (typeof source === 'string') sources.add(source);
    }
  }
  return [...sources];
}

async function readBratFolder(folder: string, now: Date): Promise<IncomingAnnotations> {
  const files = (await readdir(folder)).filter((f) => f.endsWith('.ann')).sort();
  const out: IncomingAnnotations = { articles: [], entities: [], warnings: [] };
  for (const file of files) {
    const one = await readBratDocument(join(folder, file), now);
    out.articles.push(...one.articles);
    out.entities.push(...one.entities);
    out.warnings.push(...one.warnings);
  }
  return out;
}

async function readBratDocument(annPath: string, now: Date): Promise<IncomingAnnotations> {
  const txtPath = annPath.replace(/\.ann$/i, '.txt');
  const read = (p: string) =>
    readFile(p, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new ContractError(
        'bad-source',
        `${p}: cannot be read (${error.code ?? error.message}); brat needs the .txt beside the .ann`,
      );
    });
  const [txt, ann] = await Promise.all([read(txtPath), read(annPath)]);
  const conf = await readFile(join(dirname(annPath), 'annotation.conf'), 'utf8').catch(
    () => undefined,
  );
  const imported = parseBrat(txt, ann, conf, {
    fileName: basename(annPath),
    now: now.toISOString(),
  });
  return {
    articles: withHashes(articlesFromDocuments(imported, basename(annPath, '.ann'), now)),
    entities: imported.entities,
    warnings: imported.warnings,
  };
}

/** New articles for documents that come as bare text (brat). */
function articlesFromDocuments(imported: ImportedAnnotations, name: string, now: Date): Article[] {
  const at = now.toISOString();
  return imported.documents.map((doc) => {
    const title = doc.title ?? name;
    return {
      id: newId('art'),
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
    };
  });
}

/** The hash is the library's to compute: an imported file's claim to one is not trusted. */
function withHashes(articles: Article[]): Article[] {
  return articles.map((a) => ({ ...a, contentHash: contentHash(a.text) }));
}
