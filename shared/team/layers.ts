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

/**
 * The article with only `annotator`'s layer: its claims, mentions and orphans. Annotations
 * without an annotator count as `fallback`'s.
 */
export function layerOf<T extends Pick<Article, 'claims' | 'mentions' | 'orphans'>>(
  article: T,
  annotator: string,
  fallback: string,
): T {
  const mine = (x: Attributed) => annotatorOf(x, fallback) === annotator;
  return {
    ...article,
    claims: article.claims.filter(mine),
    mentions: article.mentions.filter(mine),
    orphans: article.orphans.filter(mine),
  };
}

/** Gives every annotation without an annotator `fallback`, so exports say whose each is. */
export function withAnnotators<T extends Pick<Article, 'claims' | 'mentions' | 'orphans'>>(
  article: T,
  fallback: string,
): T {
  const missing = (x: Attributed) => x.annotator === undefined;
  if (
    !article.claims.some(missing) &&
    !article.mentions.some(missing) &&
    !article.orphans.some(missing)
  ) {
    return article;
  }
  const stamp = <X extends Attributed>(x: X): X =>
    x.annotator === undefined ? { ...x, annotator: fallback } : x;
  return {
    ...article,
    claims: article.claims.map(stamp),
    mentions: article.mentions.map(stamp),
    orphans: article.orphans.map(stamp),
  };
}

/** Moves every annotation of the article into `annotator`'s layer (an import into a layer). */
export function intoLayer<T extends Pick<Article, 'claims' | 'mentions' | 'orphans'>>(
  article: T,
  annotator: string,
): T {
  const stamp = <X extends Attributed>(x: X): X => ({ ...x, annotator });
  return {
    ...article,
    claims: article.claims.map(stamp),
    mentions: article.mentions.map(stamp),
    orphans: article.orphans.map(stamp),
  };
}
