// Reloading an article from its source: the new text replaces the old, every claim and mention is
// placed again by the re-anchoring engine, and what cannot be placed becomes an orphan. Pure: the
// library store writes the result, and keeps the text it replaced.
import { quoteSelector } from '../anchoring/quote-selector';
import { reanchor, type Placement } from '../anchoring/reanchor';
import { CodePointIndex } from '../text/code-points';
import type { Claim, Mention, Orphan } from './annotations';
import type { Article, ExtractedArticle, TextVersion } from './article';
import type { EvidencePassage } from './relations';
import { canonicalText } from './blocks';

/** How the annotations fared: counts by state over claims and mentions together. */
export interface ReloadCounts {
  anchored: number;
  drifted: number;
  orphaned: number;
  /** The source's text is the stored one: nothing changed and nothing needs writing. */
  unchanged: boolean;
}

export interface ReloadOutcome {
  article: Article;
  counts: ReloadCounts;
  /** The text the article had before, to keep; null when unchanged. */
  replaced: TextVersion | null;
}

export interface ReloadOptions {
  /** The content hash of a text (`sha256:…`); hashing is the host's job. */
  hash: (text: string) => string;
  /** The time of the reload, ISO. */
  now: string;
}

/** What a reload places: a claim, a mention or an evidence passage. */
type PlacedSpan = Claim | Mention | EvidencePassage;

/** A placed span's new fields: offsets, fresh quote selector, and its anchor state. */
type Placed = Pick<Claim, 'start' | 'end' | 'quote' | 'prefix' | 'suffix' | 'anchor'>;

/**
 * The article as read again from `extracted`. Its metadata and text come from the source; each
 * annotation keeps its fields and gets a new place, or moves to `orphans` with its last quote.
 * A claim left `drifted` by an earlier reload stays drifted (with its first previous quote)
 * until the user accepts its place: a later reload cannot review it for them.
 */
export function reloadArticle(
  article: Article,
  extracted: ExtractedArticle,
  options: ReloadOptions,
): ReloadOutcome {
  const text = canonicalText(extracted.blocks);
  if (text === article.text) {
    return {
      article,
      counts: { anchored: 0, drifted: 0, orphaned: 0, unchanged: true },
      replaced: null,
    };
  }
  const evidence = article.evidence ?? [];
  const spans = [...article.claims, ...article.mentions, ...evidence].map(
    ({ id, start, end, quote, prefix, suffix }) => ({ id, start, end, quote, prefix, suffix }),
  );
  const placements = new Map(reanchor(article.text, text, spans).map((p) => [p.id, p]));
  const index = new CodePointIndex(text);
  const counts: ReloadCounts = { anchored: 0, drifted: 0, orphaned: 0, unchanged: false };
  const orphans: Orphan[] = [];
  /** The spans that found a place, counted; the others go to `orphans`. */
  const placeAll = <T extends PlacedSpan>(kind: Orphan['kind'], spans: readonly T[]) => {
    const placed: T[] = [];
    for (const span of spans) {
      const placement = placements.get(span.id);
      const place = placement && placeSpan(index, span, placement);
      if (place) {
        counts[place.anchor]++;
        placed.push(withPlace(span, place));
      } else {
        counts.orphaned++;
        orphans.push(orphanOf(kind, span, article.contentHash, options.now));
      }
    }
    return placed;
  };
  const claims = placeAll('claim', article.claims);
  const mentions = placeAll('mention', article.mentions);
  // Evidence passages are placed like any span; a relation to one that becomes an orphan keeps
  // pointing at it (by id) and is shown as such.
  const placedEvidence = placeAll('evidence', evidence);

  const { notice, ...meta } = extracted;
  const { notice: _oldNotice, ...kept } = article;
  const reloaded: Article = {
    ...kept,
    ...meta,
    blocks: extracted.blocks,
    text,
    contentHash: options.hash(text),
    claims,
    mentions,
    ...(article.evidence ? { evidence: placedEvidence } : {}),
    orphans: [...article.orphans, ...orphans],
    updatedAt: options.now,
    previousVersions: [
      ...(article.previousVersions ?? []),
      {
        contentHash: article.contentHash,
        retrievedAt: article.source.retrievedAt,
        replacedAt: options.now,
      },
    ],
    ...(notice ? { notice } : {}),
  };
  return { article: reloaded, counts, replaced: textVersionOf(article, options.now) };
}

/** The text an article has now, whole, as kept when a reload replaces it. */
export function textVersionOf(article: Article, replacedAt: string): TextVersion {
  return {
    articleId: article.id,
    contentHash: article.contentHash,
    retrievedAt: article.source.retrievedAt,
    replacedAt,
    title: article.title,
    source: article.source,
    blocks: article.blocks,
    text: article.text,
  };
}

/** The new fields of a placed span, or null when it could not be placed. */
function placeSpan(
  index: CodePointIndex,
  span: PlacedSpan,
  placement: Placement,
): (Placed & { anchor: 'anchored' | 'drifted'; previousQuote?: string }) | null {
  const { start, end } = placement;
  if (placement.state === 'orphaned' || start === undefined || end === undefined) return null;
  const selector = quoteSelector(index, start, end);
  const drifted = placement.state === 'drifted' || span.anchor === 'drifted';
  if (!drifted) return { start, end, ...selector, anchor: 'anchored' };
  // The quote the user last saw confirmed: from before the first unreviewed change.
  const previousQuote =
    span.anchor === 'drifted'
      ? (span.previousQuote ?? span.quote)
      : (placement.previousQuote ?? span.quote);
  return { start, end, ...selector, anchor: 'drifted', previousQuote };
}

function withPlace<T extends PlacedSpan>(span: T, place: Placed & { previousQuote?: string }): T {
  const { previousQuote: _stale, ...rest } = span;
  return { ...rest, ...place } as T;
}

/** A claim or mention that lost its place, as an orphan that keeps every field of it. */
export function orphanOf(
  kind: Orphan['kind'],
  span: PlacedSpan,
  textVersion: string,
  now: string,
): Orphan {
  const base: Orphan = {
    kind,
    id: span.id,
    quote: span.quote,
    prefix: span.prefix,
    suffix: span.suffix,
    lastStart: span.start,
    lastEnd: span.end,
    createdAt: span.createdAt,
    textVersion,
    orphanedAt: now,
    original: { ...span },
  };
  if ('entity' in span) return { ...base, entity: span.entity };
  if (!('status' in span)) return { ...base, note: span.note };
  return {
    ...base,
    entities: span.entities,
    status: span.status,
    note: span.note,
    updatedAt: span.updatedAt,
    ...(span.evidence ? { evidence: span.evidence } : {}),
    ...(span.structured ? { structured: span.structured } : {}),
  };
}
