// Adjudication: a reviewer builds the `adjudicated` layer from everyone's marks. Claims are
// grouped by span across annotators (mentions by span and entity); a group everyone marked
// alike is agreed, any other is a disagreement to decide: take one annotator's version, edit
// it, or leave it out. Decisions are edits of the article's adjudicated layer, so they save,
// undo and export like any other annotation.
import { claimEntityIds, type Claim, type ClaimStatus, type Mention } from '../model/annotations';
import type { Article } from '../model/article';
import { ADJUDICATED } from '../model/annotators';
import { newId } from '../model/ids';
import { annotatorOf, compareNames } from './layers';

/** One annotator's claim on a span, as the reviewer compares it. */
export interface ClaimVersion {
  annotator: string;
  claim: Claim;
  /** Tagged on the claim or mentioned inside it by the same annotator, resolved, sorted. */
  entities: string[];
}

export interface ClaimGroup {
  kind: 'claim';
  key: string;
  start: number;
  end: number;
  quote: string;
  /** Each annotator's version, in annotator order; annotators who did not mark it are absent. */
  versions: ClaimVersion[];
  /** The adjudicated claim on this span, once decided. */
  adjudicated: ClaimVersion | null;
}

export interface MentionGroup {
  kind: 'mention';
  key: string;
  start: number;
  end: number;
  quote: string;
  /** The entity, resolved. */
  entity: string;
  /** Who marked it, and with which mention. */
  versions: Array<{ annotator: string; mention: Mention }>;
  adjudicated: Mention | null;
}

export type AdjudicationGroup = ClaimGroup | MentionGroup;

export interface AdjudicationPlan {
  /** Every annotator with a claim or mention in the article, the adjudicated layer aside. */
  annotators: string[];
  /** Marked alike by every annotator (two or more): status, entities and note. */
  agreed: AdjudicationGroup[];
  disagreements: AdjudicationGroup[];
}

export interface AdjudicationOptions {
  /** The annotator of annotations written before layers. */
  fallbackAnnotator: string;
  /** An entity id as it reads now (merges followed); null for a deleted one. */
  resolve?: (entityId: string) => string | null;
}

export function planAdjudication(
  article: Pick<Article, 'claims' | 'mentions'>,
  { fallbackAnnotator, resolve = (id) => id }: AdjudicationOptions,
): AdjudicationPlan {
  const layerOf = (a: { annotator?: string }) => annotatorOf(a, fallbackAnnotator);
  const mentionsBy = new Map<string, Mention[]>();
  for (const m of article.mentions) {
    const list = mentionsBy.get(layerOf(m));
    if (list) list.push(m);
    else mentionsBy.set(layerOf(m), [m]);
  }
  const versionOf = (claim: Claim): ClaimVersion => {
    const annotator = layerOf(claim);
    const ids = claimEntityIds(claim, mentionsBy.get(annotator) ?? [])
      .map(resolve)
      .filter((id): id is string => id !== null);
    return { annotator, claim, entities: [...new Set(ids)].sort() };
  };

  const claimGroups = new Map<string, ClaimGroup>();
  for (const claim of article.claims) {
    const key = `claim:${claim.start}:${claim.end}`;
    let group = claimGroups.get(key);
    if (!group) {
      group = { kind: 'claim', key, ...spanOf(claim), versions: [], adjudicated: null };
      claimGroups.set(key, group);
    }
    const version = versionOf(claim);
    if (version.annotator === ADJUDICATED) group.adjudicated ??= version;
    else if (!group.versions.some((v) => v.annotator === version.annotator)) {
      group.versions.push(version);
    }
  }
  const mentionGroups = new Map<string, MentionGroup>();
  for (const mention of article.mentions) {
    const entity = resolve(mention.entity);
    if (entity === null) continue;
    const key = `mention:${mention.start}:${mention.end}:${entity}`;
    let group = mentionGroups.get(key);
    if (!group) {
      group = { kind: 'mention', key, ...spanOf(mention), entity, versions: [], adjudicated: null };
      mentionGroups.set(key, group);
    }
    const annotator = layerOf(mention);
    if (annotator === ADJUDICATED) group.adjudicated ??= mention;
    else if (!group.versions.some((v) => v.annotator === annotator)) {
      group.versions.push({ annotator, mention });
    }
  }

  const annotators = new Set<string>();
  for (const group of [...claimGroups.values(), ...mentionGroups.values()]) {
    for (const v of group.versions) annotators.add(v.annotator);
  }
  const names = [...annotators].sort(compareNames);
  const plan: AdjudicationPlan = { annotators: names, agreed: [], disagreements: [] };
  const groups = [...claimGroups.values(), ...mentionGroups.values()]
    // A span only the adjudicated layer has (a reviewer's own) needs no decision.
    .filter((g) => g.versions.length > 0)
    .sort(
      (a, b) =>
        a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === 'claim' ? -1 : 1),
    );
  for (const group of groups) {
    group.versions.sort((a, b) => compareNames(a.annotator, b.annotator));
    (isAgreed(group, names.length) ? plan.agreed : plan.disagreements).push(group);
  }
  return plan;
}

/** Everyone (two or more) marked it, and for a claim, with one status, entities and note. */
function isAgreed(group: AdjudicationGroup, annotatorCount: number): boolean {
  if (annotatorCount < 2 || group.versions.length !== annotatorCount) return false;
  if (group.kind === 'mention') return true;
  const [first, ...rest] = group.versions;
  const notes = new Set(group.versions.map((v) => v.claim.note.trim()).filter(Boolean));
  return (
    notes.size <= 1 &&
    rest.every(
      (v) =>
        v.claim.status === first!.claim.status &&
        v.entities.join('\u0000') === first!.entities.join('\u0000'),
    )
  );
}

/** The claim fields a reviewer may edit in the adjudicated version. */
export interface ClaimRevision {
  status?: ClaimStatus;
  note?: string;
  entities?: string[];
}

/** Adds every agreed group not decided yet to the adjudicated layer. */
export function adoptAgreed(article: Article, plan: AdjudicationPlan, now: string): Article {
  let next = article;
  for (const group of plan.agreed) {
    if (group.adjudicated) continue;
    // Notes agree when at most one annotator wrote one: that one is kept.
    const source =
      group.kind === 'claim'
        ? (group.versions.find((v) => v.claim.note.trim()) ?? group.versions[0]!)
        : group.versions[0]!;
    next = adoptVersion(next, group, source.annotator, now);
  }
  return next;
}

/**
 * Makes `annotator`'s version of the group the adjudicated one (replacing an earlier decision).
 * A claim keeps its status, note, evidence and structured fields; its entities are those the
 * annotator tagged or mentioned inside it, resolved.
 */
export function adoptVersion(
  article: Article,
  group: AdjudicationGroup,
  annotator: string,
  now: string,
): Article {
  if (group.kind === 'mention') {
    const version = group.versions.find((v) => v.annotator === annotator);
    if (!version || group.adjudicated) return article;
    const mention: Mention = {
      ...version.mention,
      id: newId('men'),
      entity: group.entity,
      createdAt: now,
      annotator: ADJUDICATED,
    };
    return { ...article, mentions: [...article.mentions, mention], updatedAt: now };
  }
  const version = group.versions.find((v) => v.annotator === annotator);
  if (!version) return article;
  const { anchor: _anchor, previousQuote: _previous, ...fields } = version.claim;
  const claim: Claim = {
    ...fields,
    id: group.adjudicated?.claim.id ?? newId('clm'),
    entities: version.entities,
    createdAt: group.adjudicated?.claim.createdAt ?? now,
    updatedAt: now,
    annotator: ADJUDICATED,
  };
  return withAdjudicatedClaim(article, group, claim, now);
}

/** Edits the adjudicated claim of a group already decided. */
export function reviseAdjudicated(
  article: Article,
  group: ClaimGroup,
  revision: ClaimRevision,
  now: string,
): Article {
  const current = group.adjudicated?.claim;
  if (!current) return article;
  const claim: Claim = { ...current, ...definedFields(revision), updatedAt: now };
  return withAdjudicatedClaim(article, group, claim, now);
}

/** Removes the group's adjudicated annotation (the reviewer leaves it out). */
export function leaveOut(article: Article, group: AdjudicationGroup, now: string): Article {
  if (!group.adjudicated) return article;
  if (group.kind === 'mention') {
    const id = group.adjudicated.id;
    return { ...article, mentions: article.mentions.filter((m) => m.id !== id), updatedAt: now };
  }
  const id = group.adjudicated.claim.id;
  return { ...article, claims: article.claims.filter((c) => c.id !== id), updatedAt: now };
}

function withAdjudicatedClaim(
  article: Article,
  group: ClaimGroup,
  claim: Claim,
  now: string,
): Article {
  const existing = group.adjudicated?.claim.id;
  const claims =
    existing === undefined
      ? [...article.claims, claim]
      : article.claims.map((c) => (c.id === existing ? claim : c));
  return { ...article, claims, updatedAt: now };
}

function definedFields(revision: ClaimRevision): Partial<Claim> {
  const fields: Partial<Claim> = {};
  if (revision.status !== undefined) fields.status = revision.status;
  if (revision.note !== undefined) fields.note = revision.note;
  if (revision.entities !== undefined) fields.entities = [...revision.entities];
  return fields;
}

function spanOf(span: { start: number; end: number; quote: string }) {
  return { start: span.start, end: span.end, quote: span.quote };
}
