// Evidence passages and relations: a claim linked to the passage that supports or refutes it,
// to another claim that states the same or the opposite, or to where its structured fields came
// from. A relation always starts at a claim; its other end may be in any article of the library.
import { z } from 'zod';
import { AnnotatorNameSchema } from './annotators';
import { SpanFields, StructuredClaimSchema } from './annotations';
import { ARTICLE_ID } from './ids';

export const EVIDENCE_ID = /^evi_[A-Za-z0-9_-]+$/;
export const RELATION_ID = /^rel_[A-Za-z0-9_-]+$/;

/** A passage of an article kept as evidence for (or against) a claim: an annotation of its own. */
export const EvidencePassageSchema = z
  .object({
    id: z.string().regex(EVIDENCE_ID),
    ...SpanFields,
    note: z.string(),
    createdAt: z.string(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] });
export type EvidencePassage = z.infer<typeof EvidencePassageSchema>;

/** How a passage bears on a claim. */
export const EVIDENCE_RELATIONS = ['supports', 'refutes', 'context'] as const;
/** How two claims relate. */
export const CLAIM_RELATIONS = ['same-claim', 'contradicts'] as const;
/** The structured fields a role can point into the claim from. */
export const ROLE_FIELDS = StructuredClaimSchema.keyof().options;
export type RoleField = (typeof ROLE_FIELDS)[number];

export type EvidenceRelationType = (typeof EVIDENCE_RELATIONS)[number];
export type ClaimRelationType = (typeof CLAIM_RELATIONS)[number];
export type RoleRelationType = `role:${RoleField}`;
export type RelationType = EvidenceRelationType | ClaimRelationType | RoleRelationType;

const ROLE_TYPES = ROLE_FIELDS.map((f) => `role:${f}` as RoleRelationType);
export const RELATION_TYPES: readonly RelationType[] = [
  ...EVIDENCE_RELATIONS,
  ...CLAIM_RELATIONS,
  ...ROLE_TYPES,
];
export const RelationTypeSchema = z.enum(RELATION_TYPES as [RelationType, ...RelationType[]]);

/** An annotation of an article: a claim, an evidence passage or a mention (or an orphan of one). */
export const AnnotationRefSchema = z.object({
  document: z.string().regex(ARTICLE_ID),
  annotation: z.string().regex(/^(clm|evi|men)_[A-Za-z0-9_-]+$/),
});
export type AnnotationRef = z.infer<typeof AnnotationRefSchema>;

export const UrlRefSchema = z.object({
  url: z
    .string()
    .max(8192)
    .regex(/^https?:\/\/[^\s]+$/i, 'a relation to a web page is an http or https URL'),
});
export type UrlRef = z.infer<typeof UrlRefSchema>;

export const RelationEndSchema = z.union([AnnotationRefSchema, UrlRefSchema]);
export type RelationEnd = z.infer<typeof RelationEndSchema>;

export const RelationSchema = z
  .object({
    id: z.string().regex(RELATION_ID),
    type: RelationTypeSchema,
    /** Always a claim. */
    from: AnnotationRefSchema,
    to: RelationEndSchema,
    note: z.string().optional(),
    annotator: AnnotatorNameSchema.optional(),
    createdAt: z.string(),
  })
  .superRefine((r, ctx) => {
    const problem = relationShapeProblem(r);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type Relation = z.infer<typeof RelationSchema>;

export const isUrlEnd = (end: RelationEnd): end is UrlRef => 'url' in end;

/** What an id's prefix says its annotation is. */
export function annotationKind(id: string): 'claim' | 'evidence' | 'mention' | null {
  if (id.startsWith('clm_')) return 'claim';
  if (id.startsWith('evi_')) return 'evidence';
  if (id.startsWith('men_')) return 'mention';
  return null;
}

export const isRoleType = (type: RelationType): type is RoleRelationType =>
  type.startsWith('role:');
export const isClaimRelation = (type: RelationType): type is ClaimRelationType =>
  (CLAIM_RELATIONS as readonly string[]).includes(type);
export const isEvidenceRelation = (type: RelationType): type is EvidenceRelationType =>
  (EVIDENCE_RELATIONS as readonly string[]).includes(type);

/**
 * Which ends a relation type allows, checked on ids alone (the library decides whether the
 * annotations exist): evidence relations end at a passage or a URL, claim relations at
 * another claim, roles at a mention or passage of the same article.
 */
export function relationShapeProblem(r: {
  type: RelationType;
  from: AnnotationRef;
  to: RelationEnd;
}): { field: 'from' | 'to'; message: string } | null {
  if (annotationKind(r.from.annotation) !== 'claim') {
    return { field: 'from', message: 'a relation starts at a claim' };
  }
  const to = r.to;
  if (isEvidenceRelation(r.type)) {
    if (isUrlEnd(to) || annotationKind(to.annotation) === 'evidence') return null;
    return { field: 'to', message: `"${r.type}" points at an evidence passage or a URL` };
  }
  if (isUrlEnd(to)) return { field: 'to', message: `"${r.type}" points at an annotation` };
  if (isClaimRelation(r.type)) {
    if (annotationKind(to.annotation) !== 'claim') {
      return { field: 'to', message: `"${r.type}" points at another claim` };
    }
    if (to.document === r.from.document && to.annotation === r.from.annotation) {
      return { field: 'to', message: 'a claim is not linked to itself' };
    }
    return null;
  }
  if (to.document !== r.from.document || annotationKind(to.annotation) === 'claim') {
    return { field: 'to', message: 'a role points at a mention or passage inside its claim' };
  }
  return null;
}

/** True when the relation has `ref` at either end. */
export function touches(relation: Relation, ref: AnnotationRef): boolean {
  const { from, to } = relation;
  if (from.document === ref.document && from.annotation === ref.annotation) return true;
  return !isUrlEnd(to) && to.document === ref.document && to.annotation === ref.annotation;
}

/** The relations left once the annotations in `removed` are gone: links never dangle. */
export function withoutEnds(
  relations: readonly Relation[],
  removed: readonly AnnotationRef[],
): Relation[] {
  if (removed.length === 0) return [...relations];
  const gone = new Set(removed.map(refKey));
  return relations.filter(
    (r) => !gone.has(refKey(r.from)) && (isUrlEnd(r.to) || !gone.has(refKey(r.to))),
  );
}

/** One string per annotation across the library, for sets and maps. */
export const refKey = (ref: AnnotationRef): string => `${ref.document}/${ref.annotation}`;

/**
 * Where a relation's annotation end stands now: `placed` in the text, `orphan` when a reload
 * could not place it (the relation is kept and shown as such), `missing` when it is gone.
 */
export type EndState = 'placed' | 'orphan' | 'missing';

export interface AnnotationLookup {
  /** `placed`, `orphan` or `missing` for an annotation of an article. */
  stateOf(ref: AnnotationRef): EndState;
}

/** An end's state; a URL is always reachable as far as the library knows. */
export function endState(end: RelationEnd, lookup: AnnotationLookup): EndState {
  return isUrlEnd(end) ? 'placed' : lookup.stateOf(end);
}

/** Two relations say the same thing: same type, same ends (a duplicate is not added twice). */
export function sameRelation(
  a: Pick<Relation, 'type' | 'from' | 'to'>,
  b: Pick<Relation, 'type' | 'from' | 'to'>,
): boolean {
  if (a.type !== b.type || refKey(a.from) !== refKey(b.from)) return false;
  if (isUrlEnd(a.to) || isUrlEnd(b.to)) {
    return isUrlEnd(a.to) && isUrlEnd(b.to) && a.to.url === b.to.url;
  }
  return refKey(a.to) === refKey(b.to);
}

/** The relations whose claim is `claim`, then those that point at it (for the claim's list). */
export function relationsOfClaim(
  relations: readonly Relation[],
  claim: AnnotationRef,
): { outgoing: Relation[]; incoming: Relation[] } {
  const key = refKey(claim);
  const outgoing: Relation[] = [];
  const incoming: Relation[] = [];
  for (const r of relations) {
    if (refKey(r.from) === key) outgoing.push(r);
    else if (!isUrlEnd(r.to) && refKey(r.to) === key) incoming.push(r);
  }
  return { outgoing, incoming };
}
