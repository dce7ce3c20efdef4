// The entity half of a merge: imported entities matched to the library's by id, or by name
// (ignoring case) and type; their aliases and links added; their ids mapped onto the library's
// in the imported annotations; types the library lacks planned as new.
import type { Orphan } from '../model/annotations';
import type { Article } from '../model/article';
import type { Entity, EntityType, EntityTypeId } from '../model/entities';
import { typeLabel } from '../export/labels';
import type { MergeIncoming, MergePlan } from './merge-plan';
import { DEFAULT_IMPORTED_TYPE } from './types';

/** Colours for entity types an import brings (the built-in ones have their own). */
const NEW_TYPE_COLORS = ['#15803d', '#be123c', '#4338ca', '#a16207', '#0f766e', '#9333ea'];

const nameKey = (e: Pick<Entity, 'name' | 'type'>) =>
  `${e.type}\u0000${e.name.trim().toLowerCase()}`;

/** Plans the entity changes; returns the library id each imported entity id becomes. */
export function mergeEntities(
  libraryEntities: readonly Entity[],
  incoming: MergeIncoming,
  plan: MergePlan,
): Map<string, string> {
  const byId = new Map(libraryEntities.map((e) => [e.id, e]));
  const byName = new Map(libraryEntities.map((e) => [nameKey(e), e]));
  const changed = new Map<string, Entity>(); // library id → its planned update
  const added = new Set<string>();
  const idMap = new Map<string, string>();

  for (const entity of incoming.entities) {
    const known = byId.get(entity.id) ?? byName.get(nameKey(entity));
    if (!known) {
      const copy = copyEntity(entity);
      plan.addEntities.push(copy);
      added.add(copy.id);
      byId.set(copy.id, copy);
      byName.set(nameKey(copy), copy);
      idMap.set(entity.id, copy.id);
      continue;
    }
    idMap.set(entity.id, known.id);
    if (known.id === entity.id && nameKey(known) !== nameKey(entity)) {
      plan.conflicts.push({
        kind: 'entity',
        id: known.id,
        message: `${known.id} is "${known.name}" (${known.type}) here and "${entity.name}" (${entity.type}) in the file; "${known.name}" was kept`,
      });
    }
    const isNew = added.has(known.id);
    const target = isNew ? known : (changed.get(known.id) ?? copyEntity(known));
    if (completeEntity(target, entity, plan) && !isNew) changed.set(known.id, target);
  }
  plan.updateEntities.push(...changed.values());

  // Annotations may name an entity the file only knows by id: the library's, or a placeholder.
  for (const article of incoming.articles) {
    for (const id of referencedEntityIds(article)) {
      if (idMap.has(id)) continue;
      if (byId.has(id)) {
        idMap.set(id, id);
        continue;
      }
      const placeholder: Entity = {
        id,
        type: DEFAULT_IMPORTED_TYPE,
        name: id,
        aliases: [],
        links: {},
      };
      plan.addEntities.push(placeholder);
      byId.set(id, placeholder);
      idMap.set(id, id);
      plan.conflicts.push({
        kind: 'entity',
        id,
        message: `${id} is named by "${article.title}" but is in neither the file nor the library; it was added as a placeholder to rename`,
      });
    }
  }
  return idMap;
}

function copyEntity(entity: Entity): Entity {
  return { ...entity, aliases: [...entity.aliases], links: { ...entity.links } };
}

/** Adds the file's aliases and links to an entity; true when it changed. */
function completeEntity(target: Entity, from: Entity, plan: MergePlan): boolean {
  let changed = false;
  for (const alias of [from.name, ...from.aliases]) {
    if (alias.toLowerCase() !== target.name.toLowerCase() && !target.aliases.includes(alias)) {
      target.aliases.push(alias);
      changed = true;
    }
  }
  for (const [key, value] of Object.entries(from.links)) {
    const current = Object.hasOwn(target.links, key) ? target.links[key] : undefined;
    if (current === undefined) {
      target.links[key] = value;
      changed = true;
    } else if (current !== value) {
      plan.conflicts.push({
        kind: 'entity',
        id: target.id,
        message: `"${target.name}" links ${key} to ${current} here and to ${value} in the file; ${current} was kept`,
      });
    }
  }
  return changed;
}

function referencedEntityIds(article: Article): Set<string> {
  const ids = new Set<string>();
  article.claims.forEach((c) => c.entities.forEach((id) => ids.add(id)));
  article.mentions.forEach((m) => ids.add(m.entity));
  article.orphans.forEach((o) => {
    if (o.entity) ids.add(o.entity);
    o.entities?.forEach((id) => ids.add(id));
  });
  return ids;
}

export function remapEntities(article: Article, idMap: ReadonlyMap<string, string>): Article {
  const map = (id: string) => idMap.get(id) ?? id;
  return {
    ...article,
    claims: article.claims.map((c) => ({ ...c, entities: [...new Set(c.entities.map(map))] })),
    mentions: article.mentions.map((m) => ({ ...m, entity: map(m.entity) })),
    orphans: article.orphans.map((o): Orphan => ({
      ...o,
      ...(o.entity ? { entity: map(o.entity) } : {}),
      ...(o.entities ? { entities: o.entities.map(map) } : {}),
    })),
  };
}

export function planTypes(types: readonly EntityType[] | undefined, plan: MergePlan): void {
  if (!types) return;
  const known = new Set<EntityTypeId>(types.map((t) => t.id));
  for (const entity of plan.addEntities) {
    if (known.has(entity.type)) continue;
    known.add(entity.type);
    const color = NEW_TYPE_COLORS[(types.length + plan.addTypes.length) % NEW_TYPE_COLORS.length]!;
    plan.addTypes.push({ id: entity.type, label: typeLabel(entity.type), color });
  }
}
