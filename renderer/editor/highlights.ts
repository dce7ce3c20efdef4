// Turns the store's claims and mentions (canonical offsets) into highlights (document
// positions), and works out which ones changed between two versions of an article.
import type { Claim, Mention } from '../../shared/model/annotations';
import type { EntityRegistry } from '../../shared/model/entities';
import { entityResolver, resolvesTrivially } from '../../shared/model/registry-ops';
import type { PositionMap } from '../../shared/text/position-map';
import type { Highlight } from './extensions/annotation-highlights';

export function claimHighlight(claim: Claim, positions: PositionMap): Highlight {
  const range = positions.toRange(claim.start, claim.end);
  return claim.anchor === 'drifted'
    ? { kind: 'claim', id: claim.id, ...range, drifted: true }
    : { kind: 'claim', id: claim.id, ...range };
}

/** Entity id → its type and that type's colour, looked up once per change. */
export type EntityColours = Map<string, { type: string; color: string }>;

export function entityColours(registry: EntityRegistry): EntityColours {
  const colourOf = new Map(registry.types.map((t) => [t.id, t.color]));
  const colours: EntityColours = new Map(
    registry.entities.map((e) => [
      e.id,
      { type: e.type, color: colourOf.get(e.type) ?? '#6b7280' },
    ]),
  );
  // A merged entity's mentions take the colour of the entity they now belong to.
  const resolve = entityResolver(registry);
  for (const id of Object.keys(registry.redirects)) {
    const survivor = resolve(id);
    const colour = survivor === null ? undefined : colours.get(survivor);
    if (colour) colours.set(id, colour);
  }
  return colours;
}

/** Whether a mention is shown at all: not when its entity was deleted (see registry-ops). */
export function mentionVisible(registry: EntityRegistry): (mention: Mention) => boolean {
  if (resolvesTrivially(registry)) return () => true;
  const resolve = entityResolver(registry);
  return (mention) => resolve(mention.entity) !== null;
}

export function mentionHighlight(
  mention: Mention,
  positions: PositionMap,
  colours: EntityColours,
): Highlight {
  const entity = colours.get(mention.entity);
  return {
    kind: 'mention',
    id: mention.id,
    ...positions.toRange(mention.start, mention.end),
    ...(entity ? { entityType: entity.type, color: entity.color } : {}),
  };
}

export interface AnnotationDiff<T> {
  added: T[];
  removed: T[];
}

/**
 * What was added and removed between two lists of annotations, by id. Edits make new arrays,
 * so an unchanged list is the same array; an appended one is found without a lookup table.
 */
export function diffById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): AnnotationDiff<T> {
  if (before === after) return { added: [], removed: [] };
  if (after.length > before.length && before.every((item, i) => after[i] === item)) {
    return { added: after.slice(before.length), removed: [] };
  }
  const beforeIds = new Set(before.map((a) => a.id));
  const afterIds = new Set(after.map((a) => a.id));
  return {
    added: after.filter((a) => !beforeIds.has(a.id)),
    removed: before.filter((a) => !afterIds.has(a.id)),
  };
}
