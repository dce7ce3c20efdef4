// What the `Entities` panel lists: each entity tagged or mentioned in the article with its
// claim count and mentions, grouped by type in the registry's order. A new grouping keeps the
// entries that did not change (same objects), so after an edit only their rows re-render.
import { byReadingOrder, type Claim, type Mention } from '../../shared/model/annotations';
import type { Entity, EntityType } from '../../shared/model/entities';
import type { EntityLookup } from './entity-lookup';

export interface EntityUse {
  entity: Entity;
  claims: number;
  /** In reading order. */
  mentions: Mention[];
}

export interface TypeGroup {
  type: EntityType | { id: string; label: string; color: undefined };
  uses: EntityUse[];
}

const unknownEntity = (id: string): Entity => ({
  id,
  type: 'unknown',
  name: 'Unknown entity',
  aliases: [],
  links: {},
});

export function groupUses(
  article: { claims: readonly Claim[]; mentions: readonly Mention[] },
  lookup: Pick<EntityLookup, 'entity'>,
  types: readonly EntityType[],
): TypeGroup[] {
  const uses = new Map<string, EntityUse>();
  const entryOf = (id: string) => {
    let entry = uses.get(id);
    if (!entry) {
      uses.set(
        id,
        (entry = { entity: lookup.entity(id) ?? unknownEntity(id), claims: 0, mentions: [] }),
      );
    }
    return entry;
  };
  for (const claim of article.claims) for (const id of claim.entities) entryOf(id).claims++;
  for (const mention of [...article.mentions].sort(byReadingOrder))
    entryOf(mention.entity).mentions.push(mention);

  const groups = new Map<string, TypeGroup>();
  for (const entry of uses.values()) {
    const typeId = entry.entity.type;
    let group = groups.get(typeId);
    if (!group) {
      const type = types.find((t) => t.id === typeId) ?? {
        id: typeId,
        label: typeId,
        color: undefined,
      };
      groups.set(typeId, (group = { type, uses: [] }));
    }
    group.uses.push(entry);
  }
  const order = (id: string) => {
    const i = types.findIndex((t) => t.id === id);
    return i < 0 ? types.length : i;
  };
  return [...groups.values()]
    .sort((a, b) => order(a.type.id) - order(b.type.id))
    .map((g) => ({
      ...g,
      uses: g.uses.sort((a, b) => a.entity.name.localeCompare(b.entity.name)),
    }));
}

function sameUse(a: EntityUse, b: EntityUse): boolean {
  return (
    a.entity === b.entity &&
    a.claims === b.claims &&
    a.mentions.length === b.mentions.length &&
    a.mentions.every((m, i) => m === b.mentions[i])
  );
}

/** `next` with every entry equal to one in `previous` replaced by that one. */
export function keepUnchangedUses(previous: readonly TypeGroup[], next: TypeGroup[]): TypeGroup[] {
  const before = new Map<string, EntityUse>();
  for (const group of previous) for (const use of group.uses) before.set(use.entity.id, use);
  if (before.size === 0) return next;
  return next.map((group) => ({
    ...group,
    uses: group.uses.map((use) => {
      const old = before.get(use.entity.id);
      return old && sameUse(old, use) ? old : use;
    }),
  }));
}
