// Pure edits after a reload: accepting a drifted annotation's new place, deleting an orphan,
// and placing an orphan again on text the user selected. Each returns a new article, or the
// same one when nothing changed (as annotation-edits does).
import { quoteSelector } from '../../shared/anchoring/quote-selector';
import type { Article } from '../../shared/model/article';
import {
  ClaimSchema,
  MentionSchema,
  type Claim,
  type Mention,
  type Orphan,
} from '../../shared/model/annotations';
import type { CodePointIndex } from '../../shared/text/code-points';
import type { Span } from './types';

/** The user checked a drifted claim or mention: its new place is right (`anchored`). */
export function acceptPlace(article: Article, spanId: string, now: string): Article {
  const accept = <T extends Claim | Mention>(span: T): T => {
    const { previousQuote: _reviewed, ...rest } = span;
    return { ...rest, anchor: 'anchored' } as T;
  };
  const claimAt = article.claims.findIndex((c) => c.id === spanId && c.anchor === 'drifted');
  if (claimAt >= 0) {
    const claims = article.claims.slice();
    claims[claimAt] = { ...accept(claims[claimAt]!), updatedAt: now };
    return { ...article, claims, updatedAt: now };
  }
  const mentionAt = article.mentions.findIndex((m) => m.id === spanId && m.anchor === 'drifted');
  if (mentionAt < 0) return article;
  const mentions = article.mentions.slice();
  mentions[mentionAt] = accept(mentions[mentionAt]!);
  return { ...article, mentions, updatedAt: now };
}

export function deleteOrphan(article: Article, orphanId: string, now: string): Article {
  const orphans = article.orphans.filter((o) => o.id !== orphanId);
  return orphans.length === article.orphans.length
    ? article
    : { ...article, orphans, updatedAt: now };
}

/**
 * The orphan as a claim or mention again at `span` of the current text, with every field it had
 * (status, note, entities…), placed by the user so `anchored`.
 */
export function placeOrphan(
  article: Article,
  text: CodePointIndex,
  orphanId: string,
  span: Span,
  now: string,
): Article {
  const orphan = article.orphans.find((o) => o.id === orphanId);
  if (!orphan) return article;
  const place = { start: span.start, end: span.end, ...quoteSelector(text, span.start, span.end) };
  const orphans = article.orphans.filter((o) => o !== orphan);
  if (orphan.kind === 'claim') {
    const claim = claimFrom(orphan, place, now);
    return claim
      ? { ...article, claims: [...article.claims, claim], orphans, updatedAt: now }
      : article;
  }
  const mention = mentionFrom(orphan, place);
  return mention
    ? { ...article, mentions: [...article.mentions, mention], orphans, updatedAt: now }
    : article;
}

type Place = Pick<Claim, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'>;

/** The orphan's stored claim (every field) at its new place; its listed fields if that fails. */
function claimFrom(orphan: Orphan, place: Place, now: string): Claim | null {
  const fields = {
    id: orphan.id,
    entities: orphan.entities ?? [],
    status: orphan.status ?? 'unreviewed',
    note: orphan.note ?? '',
    ...(orphan.evidence ? { evidence: orphan.evidence } : {}),
    ...(orphan.structured ? { structured: orphan.structured } : {}),
    createdAt: orphan.createdAt,
  };
  const placed = { ...place, anchor: 'anchored' as const, updatedAt: now };
  const { previousQuote: _old, ...original } = orphan.original ?? {};
  const whole = ClaimSchema.safeParse({ ...original, ...fields, ...placed });
  if (whole.success) return whole.data;
  const listed = ClaimSchema.safeParse({ ...fields, ...placed });
  return listed.success ? listed.data : null;
}

function mentionFrom(orphan: Orphan, place: Place): Mention | null {
  const mention = MentionSchema.safeParse({
    id: orphan.id,
    ...place,
    anchor: 'anchored',
    entity: orphan.entity,
    createdAt: orphan.createdAt,
  });
  return mention.success ? mention.data : null;
}
