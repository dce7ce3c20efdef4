// An article on disk in layers: its text file `articles/<id>.json` (written when it is opened
// or reloaded, shared by everyone) and one file per annotator, `layers/<annotator>/<id>.json`.
// Reading merges them (and the conflict copies sync tools left of any of them) into the one
// article the app shows, every annotation carrying its `annotator`; writing splits an article
// back into the files of the layers this Factmark may write.
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../../shared/model/article';
import type { Claim, Mention, Orphan } from '../../../shared/model/annotations';
import type { AnnotatorName } from '../../../shared/model/annotators';
import type { EvidencePassage, Relation } from '../../../shared/model/relations';
import { orphanOf } from '../../../shared/model/reload';
import { ioError } from '../fs/io-error';
import { parseArticleFile } from './library-files';
import { mergeLayerCopies, parseLayerFile, unionById, type Layer } from './layer-files';
import { groupCopies, type CopyGroups } from './sync-copies';
import { asReanchored, lazyCodePoints, spansStillFit } from './layer-fit';
import type { CodePointIndex } from '../../../shared/text/code-points';

export const LAYERS_FOLDER = 'layers';

export interface StoredLayer {
  /** The layer, its conflict copies merged in. */
  layer: Layer;
  /** The file, then the conflict copies merged into it (they go once the file is rewritten). */
  files: string[];
}

export interface ArticleOnDisk {
  /** The text file, its conflict copies with the same text merged in. */
  base: Article;
  /** Conflict copies of the text file merged into `base`. */
  baseCopies: string[];
  layers: Map<AnnotatorName, StoredLayer>;
  /** Everything merged: what the app shows and saves from. */
  article: Article;
}

export type Read<T> =
  { state: 'ok'; value: T } | { state: 'missing' } | { state: 'damaged'; message: string };

const damaged = (path: string, reason: string): Read<never> => ({
  state: 'damaged',
  message: `${path}: ${reason}; it was left as it is`,
});

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw ioError(path, 'could not be read', error);
  }
}

/**
 * Folder listings (and their conflict copies sorted out) shared by several reads of one call:
 * reading a few articles of a library of 10,000, or all of them, lists and sorts each folder
 * once, not once per article.
 */
export class FolderListings {
  private readonly listed = new Map<string, Promise<string[]>>();
  private readonly listedFolders = new Map<string, Promise<string[]>>();
  private readonly grouped = new Map<string, Promise<CopyGroups>>();

  names(folder: string): Promise<string[]> {
    let names = this.listed.get(folder);
    if (!names) this.listed.set(folder, (names = listFolder(folder)));
    return names;
  }

  /** The folders in `folder`; a file there (Finder's `.DS_Store`, a note) is none of them. */
  folders(folder: string): Promise<string[]> {
    let folders = this.listedFolders.get(folder);
    if (!folders) this.listedFolders.set(folder, (folders = listFolder(folder, true)));
    return folders;
  }

  groups(folder: string): Promise<CopyGroups> {
    let groups = this.grouped.get(folder);
    if (!groups) this.grouped.set(folder, (groups = this.names(folder).then(groupCopies)));
    return groups;
  }
}

async function listFolder(folder: string, onlyFolders = false): Promise<string[]> {
  try {
    if (!onlyFolders) return await readdir(folder);
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw ioError(folder, 'could not be read', error);
  }
}

/**
 * The files in `folder` that hold `id`'s data: `<id>.json` and its conflict copies. A
 * OneDrive-style name counts only when `isCopy` confirms its content is `id`'s.
 */
async function filesOf(
  folder: string,
  id: string,
  isCopy: (content: string) => boolean,
  listings: FolderListings,
): Promise<string[]> {
  const file = `${id}.json`;
  const { copies, maybeCopies } = await listings.groups(folder);
  const found = copies.has(file) ? [file, ...copies.get(file)!] : [];
  for (const [name, original] of maybeCopies) {
    if (original !== file) continue;
    const content = await readText(join(folder, name));
    if (content !== null && isCopy(content)) found.push(name);
  }
  return found.map((name) => join(folder, name));
}

/**
 * The annotator folders under `layers/` (each named by its annotator). A file there is passed
 * over: looked into as a folder, it would fail every read and save of an article.
 */
export async function layerFolders(
  libraryDir: string,
  listings = new FolderListings(),
): Promise<string[]> {
  return [...(await listings.folders(join(libraryDir, LAYERS_FOLDER)))].sort();
}

/** Annotations of a layer whose offsets count into another text: kept, as orphans. */
function orphaned(layer: Layer, now: string): Layer {
  return {
    ...layer,
    claims: [],
    mentions: [],
    evidence: [],
    orphans: [
      ...layer.orphans,
      ...layer.claims.map((c) => ({
        ...orphanOf('claim', c, layer.contentHash, now),
        annotator: layer.annotator,
      })),
      ...layer.mentions.map((m) => ({
        ...orphanOf('mention', m, layer.contentHash, now),
        annotator: layer.annotator,
      })),
      ...layer.evidence.map((e) => ({
        ...orphanOf('evidence', e, layer.contentHash, now),
        annotator: layer.annotator,
      })),
    ],
  };
}

/**
 * A layer as it holds for the article's text: as written for it; written for an earlier text,
 * as is when a reload moved none of its spans (see layer-fit.ts), else its spans as orphans.
 */
function placedIn(layer: Layer, base: Article, baseText: () => CodePointIndex): Layer {
  if (layer.contentHash === base.contentHash) return layer;
  if (!spansStillFit([...layer.claims, ...layer.mentions, ...layer.evidence], baseText())) {
    return orphaned(layer, layer.updatedAt);
  }
  return {
    ...layer,
    contentHash: base.contentHash,
    claims: layer.claims.map(asReanchored),
    mentions: layer.mentions.map(asReanchored),
    evidence: layer.evidence.map(asReanchored),
  };
}

/**
 * Reads article `id` from all its files. `firstAnnotator` is whom the text file's own
 * annotations (from before layers) belong to; null leaves them unattributed. `listings` lets
 * the reads of one call share the folder listings.
 */
export async function readArticleOnDisk(
  libraryDir: string,
  id: string,
  firstAnnotator: AnnotatorName | null,
  listings = new FolderListings(),
): Promise<Read<ArticleOnDisk>> {
  const articlesFolder = join(libraryDir, 'articles');
  const baseFiles = await filesOf(articlesFolder, id, (c) => parseArticleFile(c, id).ok, listings);
  const basePath = join(articlesFolder, `${id}.json`);
  if (baseFiles.length === 0) return { state: 'missing' };
  const bases: Article[] = [];
  for (const path of baseFiles) {
    const content = await readText(path);
    if (content === null) continue;
    const parsed = parseArticleFile(content, id);
    if (!parsed.ok) return damaged(path, parsed.reason);
    bases.push(parsed.value);
  }
  // A copy whose original is gone stands for it; one with another text (reloaded on two
  // machines at once) keeps the original's text, and its layers' spans become orphans below.
  const [first, ...others] = bases;
  if (!first) return { state: 'missing' };
  const sameText = others.filter((b) => b.contentHash === first.contentHash);
  const attribute = <T extends { annotator?: string }>(items: readonly T[]): T[] =>
    firstAnnotator
      ? items.map((i) => (i.annotator ? i : { ...i, annotator: firstAnnotator }))
      : items.slice();
  const base: Article = {
    ...first,
    claims: attribute(unionById([first.claims, ...sameText.map((b) => b.claims)])),
    mentions: attribute(unionById([first.mentions, ...sameText.map((b) => b.mentions)])),
    orphans: attribute(unionById([first.orphans, ...sameText.map((b) => b.orphans)])),
    ...optionalList(
      'evidence',
      attribute(unionById([first.evidence ?? [], ...sameText.map((b) => b.evidence ?? [])])),
    ),
    ...optionalList(
      'relations',
      attribute(unionById([first.relations ?? [], ...sameText.map((b) => b.relations ?? [])])),
    ),
    // Files written before revisions have none; copies add theirs up.
    revision:
      sameText.length === 0
        ? first.revision
        : [first, ...sameText].reduce((sum, b) => sum + (b.revision ?? 0), 0),
  };
  const baseCopies = baseFiles.filter((p) => p !== basePath && bases.length > 0);

  const layers = new Map<AnnotatorName, StoredLayer>();
  const baseText = lazyCodePoints(base.text);
  for (const folderName of await layerFolders(libraryDir, listings)) {
    const folder = join(libraryDir, LAYERS_FOLDER, folderName);
    const files = await filesOf(folder, id, (c) => parseLayerFile(c, id).ok, listings);
    const copies: Layer[] = [];
    for (const path of files) {
      const content = await readText(path);
      if (content === null) continue;
      const parsed = parseLayerFile(content, id);
      if (!parsed.ok) return damaged(path, parsed.reason);
      copies.push(placedIn(parsed.value, base, baseText));
    }
    if (copies.length === 0) continue;
    const merged = mergeLayerCopies(copies);
    layers.set(merged.annotator, { layer: merged, files });
  }
  return { state: 'ok', value: { base, baseCopies, layers, article: mergeLayers(base, layers) } };
}

/** The text file's annotations and every layer's, as one article. */
function mergeLayers(base: Article, layers: ReadonlyMap<AnnotatorName, StoredLayer>): Article {
  const all = [...layers.values()].map((l) => l.layer);
  const updatedAt = [base.updatedAt, ...all.map((l) => l.updatedAt)].sort().pop()!;
  return {
    ...base,
    claims: unionById([base.claims, ...all.map((l) => l.claims)]),
    mentions: unionById([base.mentions, ...all.map((l) => l.mentions)]),
    orphans: unionById([base.orphans, ...all.map((l) => l.orphans)]),
    ...optionalList('evidence', unionById([base.evidence ?? [], ...all.map((l) => l.evidence)])),
    ...optionalList('relations', unionById([base.relations ?? [], ...all.map((l) => l.relations)])),
    updatedAt,
    // Every file's saves added up: any save to any of them changes it.
    revision:
      all.length === 0
        ? base.revision
        : all.reduce((sum, l) => sum + l.revision, base.revision ?? 0),
  };
}

/** A list an article file may leave out (files from before it): an empty one is left out. */
function optionalList<K extends 'evidence' | 'relations'>(
  key: K,
  items: NonNullable<Article[K]>,
): Partial<Pick<Article, K>> {
  return (items.length > 0 ? { [key]: items } : {}) as Partial<Pick<Article, K>>;
}

export interface LayerContent {
  claims: Claim[];
  mentions: Mention[];
  orphans: Orphan[];
  evidence: EvidencePassage[];
  relations: Relation[];
}

/** What a layer holds, taken from an article (its optional lists as empty ones). */
export type LayerSource = Pick<
  Article,
  'claims' | 'mentions' | 'orphans' | 'evidence' | 'relations'
>;

const LAYER_LISTS = ['claims', 'mentions', 'orphans', 'evidence', 'relations'] as const;

/** An article's annotations by annotator; those without one go to `fallback`. */
export function splitByAnnotator(
  article: LayerSource,
  fallback: AnnotatorName,
): Map<AnnotatorName, LayerContent> {
  const layers = new Map<AnnotatorName, LayerContent>();
  for (const key of LAYER_LISTS) {
    const items: ReadonlyArray<{ annotator?: string }> = article[key] ?? [];
    for (const item of items) {
      const name = item.annotator ?? fallback;
      let layer = layers.get(name);
      if (!layer) layers.set(name, (layer = emptyLayer()));
      (layer[key] as unknown[]).push({ ...item, annotator: name });
    }
  }
  return layers;
}

const emptyLayer = (): LayerContent => ({
  claims: [],
  mentions: [],
  orphans: [],
  evidence: [],
  relations: [],
});

/** What the stored files hold for `annotator`'s layer (with the text file's, for the first). */
export function storedContent(
  disk: ArticleOnDisk,
  annotator: AnnotatorName,
  firstAnnotator: AnnotatorName | null,
): LayerContent {
  const layer = disk.layers.get(annotator)?.layer;
  const own = <T extends { annotator?: string }>(items: readonly T[]): T[] =>
    annotator === firstAnnotator ? items.filter((i) => i.annotator === annotator) : [];
  return {
    claims: unionById([own(disk.base.claims), layer?.claims ?? []]),
    mentions: unionById([own(disk.base.mentions), layer?.mentions ?? []]),
    orphans: unionById([own(disk.base.orphans), layer?.orphans ?? []]),
    evidence: unionById([own(disk.base.evidence ?? []), layer?.evidence ?? []]),
    relations: unionById([own(disk.base.relations ?? []), layer?.relations ?? []]),
  };
}

export const EMPTY_LAYER: LayerContent = emptyLayer();

/**
 * An article's stamp: its text file's and each layer file's sizes added up and the latest
 * modification time, so a cache of it (the index, the corpus) sees a layer changed behind its
 * back. Undefined when the article file is gone. `folders` are the annotator folders.
 */
export function articleStamp(
  libraryDir: string,
  id: string,
  folders: readonly string[],
): { mtimeMs: number; size: number } | undefined {
  const base = statSync(join(libraryDir, 'articles', `${id}.json`), { throwIfNoEntry: false });
  if (!base) return undefined;
  let { mtimeMs, size } = base;
  for (const folder of folders) {
    const path = join(libraryDir, LAYERS_FOLDER, folder, `${id}.json`);
    const layer = statSync(path, { throwIfNoEntry: false });
    if (!layer) continue;
    mtimeMs = Math.max(mtimeMs, layer.mtimeMs);
    size += layer.size;
  }
  return { mtimeMs, size };
}
