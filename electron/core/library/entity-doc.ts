// The entity list as a Yjs document, so that lists changed on several machines merge the same
// way everywhere: each entity, type and redirect is a map entry by id (one whole value; where
// two machines changed the same entity, Yjs keeps one of them, the same one on every machine),
// and the order of entities and types is a Yjs array of ids. Yjs does the merging; this module
// only maps a registry onto the document and back.
import * as Y from 'yjs';
import { stableStringify } from './stable-json';
import { EntityRegistrySchema, type EntityRegistry } from '../../../shared/model/entities';

interface Keyed {
  id: string;
}

/** Key order aside: a value read back from the document may list its keys in another order. */
const json = (value: unknown): string => stableStringify(value);

/** Brings `map` and `order` to `items`, touching only what differs. */
function syncKeyed<T extends Keyed>(
  map: Y.Map<unknown>,
  order: Y.Array<string>,
  items: readonly T[],
) {
  const wanted = new Map(items.map((item) => [item.id, item]));
  for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
  for (const item of items) {
    const current = map.get(item.id);
    if (current === undefined || json(current) !== json(item)) map.set(item.id, item);
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
    types: uniqueOrder(p.typeOrder, p.types).map((id) => p.types.get(id)),
    entities: uniqueOrder(p.entityOrder, p.entities).map((id) => p.entities.get(id)),
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
