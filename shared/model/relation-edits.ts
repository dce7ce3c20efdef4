// The relations kept with an article (those starting at one of its claims): linking, unlinking,
// what a save leaves of them, and how each end is described to the person. Pure functions: the
// library store applies them under its lock and the renderer's test double applies the same ones.
import { z } from 'zod';
import { ContractError } from '../contract/result';
import type { Article } from './article';
import {
  annotationKind,
  isUrlEnd,
  RelationSchema,
  sameRelation,
  withoutEnds,
  type AnnotationRef,
  type EndState,
  type Relation,
  type RelationEnd,
} from './relations';

type WithAnnotations = Pick<
  Article,
  'id' | 'title' | 'claims' | 'mentions' | 'orphans' | 'evidence' | 'relations'
>;

/** Annotation `id` of `article` where it is placed in the text (a claim, passage or mention). */
export function placedAnnotation(
  article: Pick<Article, 'claims' | 'mentions' | 'evidence'>,
  id: string,
) {
  const inList = <T extends { id: string }>(list: readonly T[] | undefined) =>
    list?.find((item) => item.id === id);
  return inList(article.claims) ?? inList(article.evidence) ?? inList(article.mentions);
}

/** Where an annotation of `article` stands: placed in the text, an orphan, or gone. */
export function annotationState(article: WithAnnotations, id: string): EndState {
  if (placedAnnotation(article, id)) return 'placed';
  return article.orphans.some((orphan) => orphan.id === id) ? 'orphan' : 'missing';
}

/** The article with its relations set; an empty list is left out, as in files from before them. */
export function withRelations<A extends WithAnnotations>(
  article: A,
  relations: readonly Relation[],
): A {
  const { relations: _old, ...rest } = article;
  return (relations.length > 0 || article.relations ? { ...rest, relations } : rest) as A;
}

/** The ids of every annotation of an article, placed or orphaned. */
function idsOf(article: Omit<WithAnnotations, 'id' | 'title' | 'relations'>): Set<string> {
  const ids = new Set<string>();
  for (const list of [article.claims, article.mentions, article.orphans, article.evidence ?? []]) {
    for (const item of list) ids.add(item.id);
  }
  return ids;
}

/**
 * The relations `stored` keeps after a save that turns its annotations into `next`'s: those
 * stored, then those `next` brings that are new (an import's), less every one whose end in this
 * article the save removed. A save never removes a link otherwise: unlinking is its own call,
 * so a copy of the article opened before a link was made cannot drop it.
 */
export function relationsAfterSave(
  stored: WithAnnotations,
  next: Omit<WithAnnotations, 'id' | 'title'>,
): Relation[] {
  const kept = [...(stored.relations ?? [])];
  const ids = new Set(kept.map((r) => r.id));
  for (const relation of next.relations ?? []) {
    if (ids.has(relation.id) || kept.some((r) => sameRelation(r, relation))) continue;
    kept.push(relation);
    ids.add(relation.id);
  }
  if (kept.length === 0) return kept;
  const after = idsOf(next);
  const removed: AnnotationRef[] = [...idsOf(stored)]
    .filter((id) => !after.has(id))
    .map((annotation) => ({ document: stored.id, annotation }));
  return withoutEnds(kept, removed);
}

/**
 * `article` with `relations` added (each starts at one of its claims). One that says what a
 * stored one says (`sameRelation`) or has a stored one's id is not added twice; answers those
 * added. Throws `invalid-input` for a relation of another article and `not-found` for a claim
 * the article does not have.
 */
export function linkInto<A extends WithAnnotations>(
  article: A,
  relations: readonly Relation[],
): { article: A; added: Relation[] } {
  const kept = [...(article.relations ?? [])];
  const added: Relation[] = [];
  for (const relation of relations) {
    if (relation.from.document !== article.id) {
      throw new ContractError(
        'invalid-input',
        `${relation.id} starts in ${relation.from.document}, not in ${article.title}`,
      );
    }
    if (!article.claims.some((c) => c.id === relation.from.annotation)) {
      throw new ContractError(
        'not-found',
        `${article.title}: it has no claim ${relation.from.annotation} to link from (it may have been removed)`,
      );
    }
    if (kept.some((r) => r.id === relation.id || sameRelation(r, relation))) continue;
    kept.push(relation);
    added.push(relation);
  }
  return { article: withRelations(article, kept), added };
}

/** `article` without the relations named by `ids`; answers those it had. */
export function unlinkFrom<A extends WithAnnotations>(
  article: A,
  ids: readonly string[],
): { article: A; removed: Relation[] } {
  const gone = new Set(ids);
  const stored = article.relations ?? [];
  const removed = stored.filter((r) => gone.has(r.id));
  if (removed.length === 0) return { article, removed };
  return {
    article: withRelations(
      article,
      stored.filter((r) => !gone.has(r.id)),
    ),
    removed,
  };
}

/** An end as the person sees it: a web page, or an annotation with its article and quote. */
export const RelationEndViewSchema = z.union([
  z.object({ url: z.string() }),
  z.object({
    document: z.string(),
    annotation: z.string(),
    /** The article's title; empty when the article is gone. */
    title: z.string(),
    kind: z.enum(['claim', 'evidence', 'mention']),
    /** What the annotation quotes (an orphan's last quote); empty when it is gone. */
    quote: z.string(),
    state: z.enum(['placed', 'orphan', 'missing']),
  }),
]);
export type RelationEndView = z.infer<typeof RelationEndViewSchema>;

export const RelationViewSchema = z.object({
  relation: RelationSchema,
  from: RelationEndViewSchema,
  to: RelationEndViewSchema,
});
export type RelationView = z.infer<typeof RelationViewSchema>;

/** A relation with both ends described; `articleOf` answers the articles it can (null: gone). */
export function viewOf(
  relation: Relation,
  articleOf: (id: string) => WithAnnotations | null,
): RelationView {
  return {
    relation,
    from: endView(relation.from, articleOf),
    to: endView(relation.to, articleOf),
  };
}

function endView(
  end: RelationEnd,
  articleOf: (id: string) => WithAnnotations | null,
): RelationEndView {
  if (isUrlEnd(end)) return { url: end.url };
  const article = articleOf(end.document);
  const kind = annotationKind(end.annotation) ?? 'mention';
  const base = { document: end.document, annotation: end.annotation, kind } as const;
  if (!article) return { ...base, title: '', quote: '', state: 'missing' };
  const state = annotationState(article, end.annotation);
  const found = [
    ...article.claims,
    ...(article.evidence ?? []),
    ...article.mentions,
    ...article.orphans,
  ].find((a) => a.id === end.annotation);
  return { ...base, title: article.title, quote: found?.quote ?? '', state };
}

/** The relations of `article` (outgoing) and those of `others` that end in it (incoming). */
export function relationsTouching(
  article: Pick<Article, 'id' | 'relations'>,
  others: readonly Pick<Article, 'id' | 'relations'>[],
): Relation[] {
  const incoming = others
    .filter((o) => o.id !== article.id)
    .flatMap((o) => o.relations ?? [])
    .filter((r) => !isUrlEnd(r.to) && r.to.document === article.id);
  return [...(article.relations ?? []), ...incoming];
}
