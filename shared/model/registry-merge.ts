// When another tab or window saved the entity registry first, both sets of changes are kept: a
// three-way merge by id against the registry both started from. What this side changed since
// then (an entity, a type, a redirect, a tombstone, a setting) is applied over the other side's
// version; everything else is theirs. Without a known base, it is a union in which this side
// wins per entity.
import type { EntityRegistry } from './entities';

/** Three-way merge of lists by id: theirs, with ours applied where ours differs from base. */
function mergeById<T extends { id: string }>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
): T[] {
  const baseById = new Map(base.map((x) => [x.id, JSON.stringify(x)]));
  const oursById = new Map(ours.map((x) => [x.id, x]));
  const result = new Map(theirs.map((x) => [x.id, x]));
  for (const x of ours) {
    if (baseById.get(x.id) !== JSON.stringify(x)) result.set(x.id, x); // added or edited here
  }
  for (const id of baseById.keys()) {
    if (!oursById.has(id)) result.delete(id); // removed here
  }
  return [...result.values()];
}

function mergeSet(base: readonly string[], ours: readonly string[], theirs: readonly string[]) {
  const baseSet = new Set(base);
  const oursSet = new Set(ours);
  const result = new Set(theirs);
  for (const x of ours) if (!baseSet.has(x)) result.add(x);
  for (const x of base) if (!oursSet.has(x)) result.delete(x);
  return [...result];
}

function mergeRecord(
  base: Readonly<Record<string, string>>,
  ours: Readonly<Record<string, string>>,
  theirs: Readonly<Record<string, string>>,
): Record<string, string> {
  const result = { ...theirs };
  // Own keys only, so no key can reach a built-in property of the objects.
  for (const [key, value] of Object.entries(ours)) {
    if (!Object.hasOwn(base, key) || base[key] !== value) result[key] = value;
  }
  for (const key of Object.keys(base)) if (!Object.hasOwn(ours, key)) delete result[key];
  return result;
}

/**
 * `theirs` (as now saved) with the changes `ours` made since `base` (the registry as this side
 * last read or saved it). The result carries their revision, to base the next save on; entities
 * merged away or deleted on either side leave the list.
 */
export function mergeConcurrentRegistries(
  theirs: EntityRegistry,
  ours: EntityRegistry,
  base: EntityRegistry | null,
): EntityRegistry {
  const from: Pick<EntityRegistry, 'types' | 'entities' | 'redirects' | 'deleted' | 'settings'> =
    base ?? { types: [], entities: [], redirects: {}, deleted: [], settings: theirs.settings };
  const redirects = mergeRecord(from.redirects, ours.redirects, theirs.redirects);
  const deleted = mergeSet(from.deleted, ours.deleted, theirs.deleted);
  const gone = new Set([...Object.keys(redirects), ...deleted]);
  const settings =
    JSON.stringify(ours.settings) !== JSON.stringify(from.settings)
      ? ours.settings
      : theirs.settings;
  return {
    ...theirs,
    types: mergeById(from.types, ours.types, theirs.types),
    entities: mergeById(from.entities, ours.entities, theirs.entities).filter(
      (e) => !gone.has(e.id),
    ),
    redirects,
    deleted,
    settings,
  };
}
