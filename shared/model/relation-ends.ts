// What a relation's end is, in words a reader can follow: the article it is in, what kind of
// annotation, its quote and whether it is still placed — or the web address. Shared by the
// exports that write links as text (CSV, ClaimReview) and by `factmark relations`.
import type { Article } from './article';
import {
  annotationKind,
  isUrlEnd,
  type AnnotationLookup,
  type AnnotationRef,
  type EndState,
  type Relation,
  type RelationEnd,
} from './relations';

/** The parts of an article a relation's end is looked up in. */
export type EndArticle = Pick<
  Article,
  'id' | 'title' | 'source' | 'claims' | 'mentions' | 'orphans' | 'evidence'
>;

export type EndView = { kind: 'url'; url: string; state: 'placed' } | AnnotationEndView;

export interface AnnotationEndView {
  kind: 'claim' | 'evidence' | 'mention';
  articleId: string;
  annotationId: string;
  /** Undefined when the article is not among those given (another part of the library). */
  articleTitle?: string;
  /** The article's source address, when it has one. */
  articleUrl?: string;
  /** The annotation's text (an orphan's last known text); undefined when it is missing. */
  quote?: string;
  state: EndState;
}

/** Finds annotations by id in the given articles: placed, orphaned after a reload, or gone. */
export class EndIndex implements AnnotationLookup {
  private readonly articles: ReadonlyMap<string, EndArticle>;
  /** `article/annotation` → its quote and state, built for an article when first asked. */
  private readonly annotations = new Map<string, Map<string, { quote: string; state: EndState }>>();

  constructor(articles: Iterable<EndArticle>) {
    this.articles = new Map([...articles].map((a) => [a.id, a]));
  }

  article(id: string): EndArticle | undefined {
    return this.articles.get(id);
  }

  stateOf(ref: { document: string; annotation: string }): EndState {
    return this.find(ref)?.state ?? 'missing';
  }

  describe(end: RelationEnd): EndView {
    if (isUrlEnd(end)) return { kind: 'url', url: end.url, state: 'placed' };
    return this.describeAnnotation(end);
  }

  describeAnnotation(end: AnnotationRef): AnnotationEndView {
    const article = this.articles.get(end.document);
    const found = this.find(end);
    return {
      kind: annotationKind(end.annotation) ?? 'claim',
      articleId: end.document,
      annotationId: end.annotation,
      ...(article ? { articleTitle: article.title } : {}),
      ...(article?.source.url ? { articleUrl: article.source.url } : {}),
      ...(found ? { quote: found.quote } : {}),
      state: found?.state ?? 'missing',
    };
  }

  private find(ref: {
    document: string;
    annotation: string;
  }): { quote: string; state: EndState } | undefined {
    let byId = this.annotations.get(ref.document);
    if (!byId) {
      const article = this.articles.get(ref.document);
      if (!article) return undefined;
      byId = new Map();
      for (const o of article.orphans) byId.set(o.id, { quote: o.quote, state: 'orphan' });
      for (const a of [...article.claims, ...article.mentions, ...(article.evidence ?? [])]) {
        byId.set(a.id, { quote: a.quote, state: 'placed' });
      }
      this.annotations.set(ref.document, byId);
    }
    return byId.get(ref.annotation);
  }
}

/** One line for an end: `"quote" (Article title)`, the URL, or the ids when nothing is known. */
export function endText(view: EndView): string {
  if (view.kind === 'url') return view.url;
  const where = view.articleTitle === undefined ? view.articleId : view.articleTitle;
  const what = view.quote === undefined ? view.annotationId : `"${view.quote}"`;
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
