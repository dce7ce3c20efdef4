// Pure edits of an article's annotations. Each returns a new article (or the same one when
// nothing changed), so the store can tell what changed by identity.
import type { Article } from '../../shared/model/article';
import type { EvidencePassage } from '../../shared/model/relations';
import type {
  Claim,
  ClaimStatus,
  Evidence,
  Mention,
  StructuredClaim,
} from '../../shared/model/annotations';

/** The claim on exactly this span in `annotator`'s layer (any claim there without a name). */
export function findClaimAt(
  article: Article,
  start: number,
  end: number,
  annotator: string | null = null,
): Claim | undefined {
  return article.claims.find(
    (c) =>
      c.start === start &&
      c.end === end &&
      (!annotator || !c.annotator || c.annotator === annotator),
  );
}

export function addClaim(article: Article, claim: Claim, now: string): Article {
  return { ...article, claims: [...article.claims, claim], updatedAt: now };
}

export function addMention(article: Article, mention: Mention, now: string): Article {
  return { ...article, mentions: [...article.mentions, mention], updatedAt: now };
}

function updateClaim(
  article: Article,
  claimId: string,
  now: string,
  change: (claim: Claim) => Partial<Claim> | null,
): Article {
  const index = article.claims.findIndex((c) => c.id === claimId);
  const claim = article.claims[index];
  if (!claim) return article;
  const patch = change(claim);
  if (!patch) return article;
  const claims = article.claims.slice();
  claims[index] = { ...claim, ...patch, updatedAt: now };
  return { ...article, claims, updatedAt: now };
}

export function tagClaim(article: Article, claimId: string, entityId: string, now: string) {
  return updateClaim(article, claimId, now, (c) =>
    c.entities.includes(entityId) ? null : { entities: [...c.entities, entityId] },
  );
}

export function untagClaim(article: Article, claimId: string, entityId: string, now: string) {
  return updateClaim(article, claimId, now, (c) =>
    c.entities.includes(entityId) ? { entities: c.entities.filter((e) => e !== entityId) } : null,
  );
}

export function setClaimStatus(
  article: Article,
  claimId: string,
  status: ClaimStatus,
  now: string,
) {
  return updateClaim(article, claimId, now, (c) => (c.status === status ? null : { status }));
}

export function setClaimNote(article: Article, claimId: string, note: string, now: string) {
  return updateClaim(article, claimId, now, (c) => (c.note === note ? null : { note }));
}

/** Replaces the claim's evidence links; an empty list removes the field. */
export function setClaimEvidence(
  article: Article,
  claimId: string,
  evidence: readonly Evidence[],
  now: string,
) {
  return updateClaim(article, claimId, now, (c) =>
    JSON.stringify(c.evidence ?? []) === JSON.stringify(evidence)
      ? null
      : { evidence: evidence.length > 0 ? [...evidence] : undefined },
  );
}

/** Replaces the claim's structured fields; blank fields are dropped, none left removes it. */
export function setClaimStructured(
  article: Article,
  claimId: string,
  structured: StructuredClaim | undefined,
  now: string,
) {
  const kept = compactStructured(structured);
  return updateClaim(article, claimId, now, (c) =>
    JSON.stringify(c.structured ?? null) === JSON.stringify(kept ?? null)
      ? null
      : { structured: kept },
  );
}

/**
 * The fields that hold something, in a fixed order (so equal forms compare equal). Values are
 * kept as typed (a field being typed may end in a space); blank ones go.
 */
export function compactStructured(
  structured: StructuredClaim | undefined,
): StructuredClaim | undefined {
  if (!structured) return undefined;
  const kept: StructuredClaim = {};
  for (const key of ['subject', 'metric', 'value', 'unit', 'qualifier'] as const) {
    const value = structured[key];
    if (value?.trim()) kept[key] = value;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

export function removeClaim(article: Article, claimId: string, now: string): Article {
  const claims = article.claims.filter((c) => c.id !== claimId);
  return claims.length === article.claims.length ? article : { ...article, claims, updatedAt: now };
}

export function removeMentions(article: Article, mentionIds: readonly string[], now: string) {
  const gone = new Set(mentionIds);
  const mentions = article.mentions.filter((m) => !gone.has(m.id));
  return mentions.length === article.mentions.length
    ? article
    : { ...article, mentions, updatedAt: now };
}

/** Mentions of `entityId` inside the claim's span (what a claim's mention chip stands for). */
export function mentionsInClaim(
  article: Article,
  claim: Claim,
  entityId: string,
  /** How a mention's stored id reads now (a merged entity's mentions count as its survivor's). */
  resolve: (id: string) => string | null = (id) => id,
): Mention[] {
  return article.mentions.filter(
    (m) => m.start >= claim.start && m.end <= claim.end && resolve(m.entity) === entityId,
  );
}

export function addEvidencePassage(article: Article, passage: EvidencePassage, now: string) {
  return { ...article, evidence: [...(article.evidence ?? []), passage], updatedAt: now };
}

export function removeEvidencePassage(article: Article, id: string, now: string): Article {
  const evidence = (article.evidence ?? []).filter((e) => e.id !== id);
  return evidence.length === (article.evidence ?? []).length
    ? article
    : { ...article, evidence, updatedAt: now };
}
