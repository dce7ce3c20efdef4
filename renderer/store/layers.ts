// Seeing a team's layers: which annotations are shown (mine, everyone's, one annotator's; in
// Blind mode only mine until I mark the article done), which claims are disagreements, and
// keeping my edits in my own layer. Pure functions over an article; the layers slice holds the
// choices.
import type { Article } from '../../shared/model/article';
import { ADJUDICATED } from '../../shared/model/annotators';
import type { Claim } from '../../shared/model/annotations';

/** Whose annotations are shown: mine, everyone's, or one annotator's. */
export type LayerView = { kind: 'mine' } | { kind: 'all' } | { kind: 'one'; annotator: string };

export interface LayerChoice {
  me: string | null;
  view: LayerView;
  /** Others' layers hidden until I mark the article done. */
  blind: boolean;
  /** I marked the open article done. */
  doneByMe: boolean;
}

type Attributed = { annotator?: string | undefined };

/**
 * Whether an annotation is shown under `choice`; null when every one is (the common case,
 * which then costs nothing). Unattributed ones (a library without names) count as mine.
 */
export function layerFilter(choice: LayerChoice): ((item: Attributed) => boolean) | null {
  const { me, view } = choice;
  const mine = (item: Attributed) => !item.annotator || item.annotator === me;
  if (me && choice.blind && !choice.doneByMe) return mine;
  if (view.kind === 'all' || !me) return null;
  if (view.kind === 'mine') return mine;
  return (item) => (item.annotator ?? me) === view.annotator;
}

const shownCache = new WeakMap<Article, { key: string; shown: Article }>();

/**
 * The article as shown: its annotations filtered by the layer choice. The same object for the
 * same article and choice, so what is drawn can still be compared by identity.
 */
export function shownArticle(article: Article, choice: LayerChoice): Article {
  const keep = layerFilter(choice);
  if (!keep) return article;
  const key = JSON.stringify(choice);
  const cached = shownCache.get(article);
  if (cached?.key === key) return cached.shown;
  const shown = {
    ...article,
    claims: article.claims.filter(keep),
    mentions: article.mentions.filter(keep),
    orphans: article.orphans.filter(keep),
    ...(article.evidence ? { evidence: article.evidence.filter(keep) } : {}),
  };
  shownCache.set(article, { key, shown });
  return shown;
}

/**
 * Claims where annotators differ: a span one annotator marked and another (who annotated the
 * article) did not, or marked with another status or other entities.
 */
export function disagreements(article: Pick<Article, 'claims'>): Set<string> {
  const annotators = new Set(article.claims.map((c) => c.annotator ?? ''));
  const bySpan = new Map<string, Claim[]>();
  for (const claim of article.claims) {
    const key = `${claim.start}:${claim.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), claim]);
  }
  const ids = new Set<string>();
  if (annotators.size < 2) return ids;
  for (const claims of bySpan.values()) {
    const who = new Set(claims.map((c) => c.annotator ?? ''));
    const verdicts = new Set(claims.map((c) => `${c.status}|${[...c.entities].sort().join(',')}`));
    if (who.size < annotators.size || verdicts.size > 1) for (const c of claims) ids.add(c.id);
  }
  return ids;
}

export interface LayerEdit {
  article: Article;
  /** Whose annotation an edit tried to change (it was left as it was), or null. */
  refused: string | null;
}

/**
 * `next` with my edits kept in my layer: new annotations get my name; a change or removal of
 * another annotator's annotation is undone (it is theirs) and reported.
 */
/**
 * Whether `me` may change an annotation of `owner`'s layer: my own, one from before layers, and
 * the adjudicated layer, which any reviewer builds (the host allows the same).
 */
function mayEdit(owner: string | undefined, me: string): boolean {
  return !owner || owner === me || owner === ADJUDICATED;
}

export function withinMyLayer(before: Article, next: Article, me: string): LayerEdit {
  let refused: string | null = null;
  const keepList = <T extends Attributed & { id: string }>(
    was: readonly T[],
    now: readonly T[],
  ): readonly T[] => {
    if (was === now) return now;
    const previous = new Map(was.map((item) => [item.id, item]));
    const seen = new Set<string>();
    let changed = false;
    const result = now.map((item) => {
      seen.add(item.id);
      const old = previous.get(item.id);
      if (!old) {
        if (item.annotator) return item;
        changed = true;
        return { ...item, annotator: me };
      }
      if (old !== item && !mayEdit(old.annotator, me)) {
        refused ??= old.annotator ?? null;
        changed = true;
        return old;
      }
      return item;
    });
    for (const old of was) {
      if (!seen.has(old.id) && !mayEdit(old.annotator, me)) {
        refused ??= old.annotator ?? null;
        changed = true;
        result.push(old);
      }
    }
    return changed ? result : now;
  };
  const claims = keepList(before.claims, next.claims) as Article['claims'];
  const mentions = keepList(before.mentions, next.mentions) as Article['mentions'];
  const orphans = keepList(before.orphans, next.orphans) as Article['orphans'];
  const evidence =
    next.evidence && (keepList(before.evidence ?? [], next.evidence) as Article['evidence']);
  if (
    claims === next.claims &&
    mentions === next.mentions &&
    orphans === next.orphans &&
    evidence === next.evidence
  ) {
    return { article: next, refused };
  }
  return {
    article: { ...next, claims, mentions, orphans, ...(evidence ? { evidence } : {}) },
    refused,
  };
}
