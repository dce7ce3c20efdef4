// What the app shows of an annotation's links: each with the end across from it, the words for
// its type, and a claim's compact count ("2 evidence · 1 link"). Pure, over what listRelations
// answered for the open article.
import type { RelationEndView, RelationView } from '../../shared/model/relation-edits';
import {
  isClaimRelation,
  isRoleType,
  touches,
  type AnnotationRef,
  type Relation,
  type RelationType,
} from '../../shared/model/relations';
import { plural } from '../../shared/text/plural';

export interface AnnotationLink {
  relation: Relation;
  /** The end across from the annotation. */
  far: RelationEndView;
  /** How the link reads from this side: `Refutes`, `Same claim`, `Refuted by`… */
  label: string;
}

const FORWARD: Record<string, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
  'same-claim': 'Same claim',
  contradicts: 'Contradicts',
};

/** A passage is read from the claim's side ("Refutes"), and the claim from the passage's. */
const BACKWARD: Record<string, string> = {
  supports: 'Supported claim',
  refutes: 'Refuted claim',
  context: 'Claim given context',
  'same-claim': 'Same claim',
  contradicts: 'Contradicts',
};

export function relationLabel(type: RelationType, fromTheClaim = true): string {
  if (type.startsWith('role:')) return `Role: ${type.slice(5)}`;
  return (fromTheClaim ? FORWARD : BACKWARD)[type] ?? type;
}

/** The links of annotation `ref` with their far ends, outgoing first. */
export function linksOfAnnotation(
  views: readonly RelationView[],
  ref: AnnotationRef,
): AnnotationLink[] {
  const links: AnnotationLink[] = [];
  for (const view of views) {
    if (!touches(view.relation, ref)) continue;
    const outgoing =
      view.relation.from.document === ref.document &&
      view.relation.from.annotation === ref.annotation;
    links.push({
      relation: view.relation,
      far: outgoing ? view.to : view.from,
      label: relationLabel(view.relation.type, outgoing),
    });
  }
  return links;
}

/**
 * A claim's links counted: evidence (passages and web pages) and links to other claims; roles
 * (where a structured field came from) are neither.
 */
export function linkSummary(
  links: readonly AnnotationLink[],
  urlEvidence: number,
): { text: string; label: string } | null {
  const claims = links.filter((l) => isClaimRelation(l.relation.type)).length;
  const roles = links.filter((l) => isRoleType(l.relation.type)).length;
  const evidence = links.length - claims - roles + urlEvidence;
  if (evidence + claims === 0) return null;
  const parts = [
    ...(evidence > 0 ? [`${evidence} evidence`] : []),
    ...(claims > 0 ? [plural(claims, 'link')] : []),
  ];
  const label = [
    ...(evidence > 0 ? [plural(evidence, 'piece') + ' of evidence'] : []),
    ...(claims > 0 ? [plural(claims, 'link') + ' to other claims'] : []),
  ].join(' and ');
  return { text: parts.join(' · '), label };
}
