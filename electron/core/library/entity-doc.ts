// The entity list as a Yjs document, so that lists changed on several machines merge the same
// way everywhere: each entity and type is a map entry by id holding a map of its fields, so two
// machines changing different fields of one entity (its name here, its aliases there) keep
// both, and changing the same field keeps one value, the same on every machine; redirects and
// settings are entries by key; the order of entities and types is a Yjs array of ids. Yjs does
// the merging; this module only maps a registry onto the document and back. (Documents written
// before fields were maps hold an entity as one value: read as it is, turned into a map of
// fields at its first change.)
import * as Y from 'yjs';
import { stableStringify } from './stable-json';
import { EntityRegistrySchema, type EntityRegistry } from '../../../shared/model/entities';

interface Keyed {
  id: string;
}

/** Key order aside: a value read back from the document may list its keys in another order. */
const json = (value: unknown): string => stableStringify(value);

/** An item's fields that hold a value (Yjs stores no `undefined`). */
const fieldsOf = (item: object): [string, unknown][] =>
  Object.entries(item).filter(([, value]) => value !== undefined);

/** A new map of an item's fields. */
function fieldMap(item: object): Y.Map<unknown> {
  return new Y.Map(fieldsOf(item));
}

/** An entry as a plain value: a map of fields, or a whole value from an older document. */
const plain = (value: unknown): unknown => (value instanceof Y.Map ? value.toJSON() : value);

/** Brings `map` and `order` to `items`, touching only the fields that differ. */
function syncKeyed<T extends Keyed>(
  map: Y.Map<unknown>,
  order: Y.Array<string>,
  items: readonly T[],
) {
  const wanted = new Map(items.map((item) => [item.id, item]));
  for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
  for (const item of items) {
    const current = map.get(item.id);
    if (current instanceof Y.Map) syncRecord(current, Object.fromEntries(fieldsOf(item)));
    else if (current === undefined || json(current) !== json(item)) {
      map.set(item.id, fieldMap(item));
    }
  }
  const ids = items.map((item) => item.id);
  if (json(uniqueOrder(order, map)) !== json(ids)) {
    order.delete(0, order.length);
    order.insert(0, ids);
  }
}

/** The ids in `order` that `map` holds, each once, then any it holds that `order` lacks. */
function uniqueOrder(order: Y.Array<string>, map: Y.Map<unknown>): string[] {
  const seen = new Set<string>();
  for (const id of order.toArray()) if (map.has(id)) seen.add(id);
  for (const id of [...map.keys()].sort()) seen.add(id);
  return [...seen];
}

function syncRecord(map: Y.Map<unknown>, record: Readonly<Record<string, unknown>>) {
  for (const key of [...map.keys()]) if (!(key in record)) map.delete(key);
  for (const [key, value] of Object.entries(record)) {
    if (json(map.get(key)) !== json(value)) map.set(key, value);
  }
}

const parts = (doc: Y.Doc) => ({
  entities: doc.getMap<unknown>('entities'),
  entityOrder: doc.getArray<string>('entityOrder'),
  types: doc.getMap<unknown>('types'),
  typeOrder: doc.getArray<string>('typeOrder'),
  redirects: doc.getMap<unknown>('redirects'),
  deleted: doc.getMap<unknown>('deleted'),
  settings: doc.getMap<unknown>('settings'),
});

/** Changes `doc` to hold `registry` (its revision aside), in one transaction. */
export function writeRegistry(doc: Y.Doc, registry: EntityRegistry): void {
  const p = parts(doc);
  doc.transact(() => {
    syncKeyed(p.types, p.typeOrder, registry.types);
    syncKeyed(p.entities, p.entityOrder, registry.entities);
    syncRecord(p.redirects, registry.redirects);
    syncRecord(p.deleted, Object.fromEntries(registry.deleted.map((id) => [id, true])));
    syncRecord(p.settings, registry.settings);
  });
}

/** The registry `doc` holds, or null when it holds none yet (never written). */
export function readRegistry(doc: Y.Doc): EntityRegistry | null {
  const p = parts(doc);
  if (p.types.size === 0 && p.entities.size === 0) return null;
  const parsed = EntityRegistrySchema.safeParse({
    types: uniqueOrder(p.typeOrder, p.types).map((id) => plain(p.types.get(id))),
    entities: uniqueOrder(p.entityOrder, p.entities).map((id) => plain(p.entities.get(id))),
    redirects: p.redirects.toJSON(),
    deleted: [...p.deleted.keys()].sort(),
    settings: p.settings.toJSON(),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `the merged entity list is not valid (${issue?.path.join('.')}: ${issue?.message})`,
    );
  }
  return parsed.data;
}

/** Every update merged into one (Yjs merges them; the order does not matter). */
export function mergeUpdates(updates: readonly Uint8Array[]): Uint8Array {
  return Y.mergeUpdates([...updates]);
}

export function docOf(update: Uint8Array | null): Y.Doc {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc;
}

export const encodeDoc = (doc: Y.Doc): Uint8Array => Y.encodeStateAsUpdate(doc);
