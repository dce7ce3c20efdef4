// A relation's end in words a reader can follow, for the exports that write links as text (CSV,
// ClaimReview) and for `factmark relations`; the ends are described by `viewOf`
// (relation-edits), as the app's listRelations describes them.
import type { Article } from './article';
import type { RelationEndView } from './relation-edits';
import type { Relation } from './relations';

/** Looks articles up by id for `viewOf`: null for one not among them (gone, or not exported). */
export function articleFinder<A extends Pick<Article, 'id'>>(
  articles: Iterable<A>,
): (id: string) => A | null {
  const byId = new Map([...articles].map((a) => [a.id, a]));
  return (id) => byId.get(id) ?? null;
}

/** One line for an end: `"quote" (Article title)`, the URL, or the ids when nothing is known. */
export function endText(view: RelationEndView): string {
  if ('url' in view) return view.url;
  const where = view.title || view.document;
  const what = view.quote ? `"${view.quote}"` : view.annotation;
  const state = view.state === 'placed' ? '' : ` [${view.state}]`;
  return `${what} (${where})${state}`;
}

/** Relations by the id of the claim they start at, each list in the order given. */
export function relationsByClaim(relations: readonly Relation[]): Map<string, Relation[]> {
  const byClaim = new Map<string, Relation[]>();
  for (const r of relations) {
    const list = byClaim.get(r.from.annotation);
    if (list) list.push(r);
    else byClaim.set(r.from.annotation, [r]);
  }
  return byClaim;
}
