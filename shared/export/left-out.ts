// Links a format that holds one document at a time (brat, Label Studio) has no place for, and
// the notice an export gives about them, so that nothing goes missing without a word.
import type { Article } from '../model/article';
import { isUrlEnd, type Relation } from '../model/relations';

/** Why a link was left out of an export. */
export type LeftOutReason = 'url' | 'other-article' | 'not-placed' | 'other-layer';

const REASON_WORDS: Record<LeftOutReason, [one: string, many: string]> = {
  url: ['to a web page', 'to web pages'],
  'other-article': ['to another article', 'to other articles'],
  'not-placed': ['with an end no longer in the text', 'with an end no longer in the text'],
  'other-layer': ["between two annotators' layers", "between two annotators' layers"],
};

/** Ids of the annotations an export writes as spans of `article` (orphans have no span). */
export function placedIds(article: Pick<Article, 'claims' | 'mentions' | 'evidence'>): Set<string> {
  return new Set(
    [...article.claims, ...article.mentions, ...(article.evidence ?? [])].map((a) => a.id),
  );
}

/**
 * Why `relation` cannot be written inside its article's file, or null when both its ends are
 * spans of that article (`placed`: the ids from `placedIds`).
 */
export function outsideArticle(
  relation: Relation,
  articleId: string,
  placed: { has(id: string): boolean },
): LeftOutReason | null {
  const { from, to } = relation;
  if (isUrlEnd(to)) return 'url';
  if (to.document !== articleId) return 'other-article';
  if (!placed.has(from.annotation) || !placed.has(to.annotation)) return 'not-placed';
  return null;
}

/**
 * One line for the export's notices: how many links `format` left out and why, or null when
 * none was (`reasons` holds one entry per link left out; `total` counts every link).
 */
export function leftOutNotice(
  format: string,
  reasons: readonly LeftOutReason[],
  total: number,
  why: string,
): string | null {
  if (reasons.length === 0) return null;
  const counts = new Map<LeftOutReason, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  // In a fixed order, so the same export always reads the same.
  const parts = (Object.keys(REASON_WORDS) as LeftOutReason[])
    .filter((r) => counts.has(r))
    .map((r) => `${counts.get(r)} ${REASON_WORDS[r][counts.get(r) === 1 ? 0 : 1]}`);
  const links = total === 1 ? 'link' : 'links';
  return `${format}: ${reasons.length} of ${total} ${links} left out (${parts.join(', ')}): ${why}.`;
}
