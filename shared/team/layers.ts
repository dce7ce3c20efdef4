// Whose layer an annotation is in. Files written before layers carry no `annotator`: their
// annotations belong to the library's first annotator, which callers pass in as `fallback`.
import type { Article } from '../model/article';
import { ADJUDICATED } from '../model/annotators';

/**
 * Whose annotations are those written before layers, where the library has not recorded a
 * first annotator (the library store gives them its first annotator when it has one).
 */
export const UNNAMED_ANNOTATOR = 'unnamed';

export interface Attributed {
  annotator?: string;
}

/** The annotator of an annotation, or `fallback` for one written before layers. */
export function annotatorOf(annotation: Attributed, fallback: string): string {
  return annotation.annotator ?? fallback;
}

/** Every annotator with a claim, mention or orphan in the articles, in name order. */
export function annotatorsIn(
  articles: ReadonlyArray<Pick<Article, 'claims' | 'mentions'> & { orphans?: Article['orphans'] }>,
  fallback: string,
): string[] {
  const names = new Set<string>();
  for (const a of articles) {
    for (const x of a.claims) names.add(annotatorOf(x, fallback));
    for (const x of a.mentions) names.add(annotatorOf(x, fallback));
    for (const x of a.orphans ?? []) names.add(annotatorOf(x, fallback));
  }
  return [...names].sort(compareNames);
}

/** Names in a stable order people expect (case aside), the adjudicated layer last. */
export function compareNames(a: string, b: string): number {
  if (a === ADJUDICATED || b === ADJUDICATED)
    return Number(a === ADJUDICATED) - Number(b === ADJUDICATED);
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

type Layered = Pick<Article, 'claims' | 'mentions' | 'orphans'> &
  Partial<Pick<Article, 'evidence' | 'relations'>>;

/**
 * The article with each of its annotation lists (claims, mentions, orphans, and evidence
 * passages and links when it has them) passed through `change`.
 */
function eachList<T extends Layered>(
  article: T,
  change: <X extends Attributed>(items: readonly X[]) => X[],
): T {
  return {
    ...article,
    claims: change(article.claims),
    mentions: change(article.mentions),
    orphans: change(article.orphans),
    ...(article.evidence ? { evidence: change(article.evidence) } : {}),
    ...(article.relations ? { relations: change(article.relations) } : {}),
  };
}

/**
 * The article with only `annotator`'s layer: its claims, mentions, orphans, evidence passages
 * and links. Annotations without an annotator count as `fallback`'s.
 */
export function layerOf<T extends Layered>(article: T, annotator: string, fallback: string): T {
  return eachList(article, (items) => items.filter((x) => annotatorOf(x, fallback) === annotator));
}

/** Gives every annotation without an annotator `fallback`, so exports say whose each is. */
export function withAnnotators<T extends Layered>(article: T, fallback: string): T {
  const lists = [
    article.claims,
    article.mentions,
    article.orphans,
    article.evidence ?? [],
    article.relations ?? [],
  ];
  if (!lists.some((list) => list.some((x: Attributed) => x.annotator === undefined))) {
    return article;
  }
  return eachList(article, (items) =>
    items.map((x) => (x.annotator === undefined ? { ...x, annotator: fallback } : x)),
  );
}

/** Moves every annotation of the article into `annotator`'s layer (an import into a layer). */
export function intoLayer<T extends Layered>(article: T, annotator: string): T {
  return eachList(article, (items) => items.map((x) => ({ ...x, annotator })));
}
