// Span labels shared by the exports: claims are `Claim`, mentions carry their entity's type,
// written the way each tool likes it (`Model` for brat and Label Studio, `MODEL` for doccano).
import type { Entity, EntityTypeId } from '../model/entities';

export const CLAIM_LABEL = 'Claim';
/** Evidence passages, in brat and Label Studio. */
export const EVIDENCE_LABEL = 'Evidence';

/** `model` → `Model`, `data-set` → `Data-set`: reversible, since type ids are lowercase. */
export function typeLabel(type: EntityTypeId): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/**
 * The label of a mention of an entity of `type` in brat and Label Studio: the type's label, but
 * never one that reads as a claim or an evidence passage (`Claim_entity`, `Evidence_entity`).
 */
export function mentionTypeLabel(type: EntityTypeId): string {
  const label = typeLabel(type);
  return label === CLAIM_LABEL || label === EVIDENCE_LABEL ? `${label}_entity` : label;
}

/** The entity type (or label) a mention's label stands for: the inverse of mentionTypeLabel. */
export function mentionLabelType(label: string): string {
  const reserved = /^(Claim|Evidence)_entity$/.exec(label);
  return reserved ? reserved[1]!.toLowerCase() : label;
}

/** The label of a span in the upper-case style of doccano and spaCy: `CLAIM`, `MODEL`. */
export function upperLabel(label: string): string {
  return label.toUpperCase();
}

/**
 * The entity type a label names, made a valid type id (`Model` → `model`, `GO_CC` → `go-cc`,
 * `3D model` → `t-3d-model`), for labels written by other tools.
 */
export function typeFromLabel(label: string): EntityTypeId {
  const id = label
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 38);
  if (!id) return 'entity';
  return /^[a-z]/.test(id) ? id : `t-${id}`;
}

/** Entities by id, for the lookups every format does per span. */
export function entityIndex(entities: readonly Entity[]): Map<string, Entity> {
  return new Map(entities.map((e) => [e.id, e]));
}
