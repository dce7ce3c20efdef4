// Pure edits of the entity registry (rename, aliases, links, types, merge, delete) and the one
// way every view and export resolves an entity id through merges and deletions. Each edit
// returns a new registry, or throws RegistryEditError with a message for the user.
import type { Claim, Mention, Orphan, StructuredClaim } from './annotations';
import {
  BUILT_IN_ENTITY_TYPES,
  DEFAULT_ENTITY_TYPES,
  EntityTypeIdSchema,
  EntityTypeSchema,
  type Entity,
  type EntityRegistry,
  type EntityType,
} from './entities';

export class RegistryEditError extends Error {}

/** What resolving an id needs of the registry. */
export type EntityRedirects = Pick<EntityRegistry, 'redirects' | 'deleted'>;

/** Links the entity editor offers; other keys (from imports) are kept as they are. */
export const ENTITY_LINK_KINDS = ['wikidata', 'huggingface', 'homepage'] as const;
export type EntityLinkKind = (typeof ENTITY_LINK_KINDS)[number];

const LINK_RULES: Record<EntityLinkKind, { pattern: RegExp; expected: string }> = {
  wikidata: { pattern: /^Q[1-9][0-9]*$/, expected: 'a Wikidata id is Q and digits, e.g. Q42' },
  huggingface: {
    pattern: /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/,
    expected: 'a Hugging Face id is organisation/name, e.g. meta-llama/Llama-4-Scout-17B-16E',
  },
  homepage: {
    pattern: /^https?:\/\/[^\s/?#]+\.[^\s]*$/i,
    expected: 'a homepage is a web address starting with http:// or https://',
  },
};

/** Why `value` is not a valid link of `kind`, or null when it is. */
export function linkProblem(kind: EntityLinkKind, value: string): string | null {
  const rule = LINK_RULES[kind];
  return rule.pattern.test(value) ? null : `“${value}”: ${rule.expected}`;
}

/** Merges can chain (A→B, then B→C); a chain longer than this can only be a damaged file. */
const MAX_REDIRECT_HOPS = 64;

/**
 * The id a reference to `id` stands for now: followed through merges to the surviving entity,
 * or null when that entity was deleted. Ids the registry does not know are returned as they are.
 */
export function resolveEntityId(registry: EntityRedirects, id: string): string | null {
  const current = followRedirects(registry.redirects, id);
  return registry.deleted.includes(current) ? null : current;
}

/** The end of the merge chain that starts at `id` (`id` itself when it was never merged). */
function followRedirects(redirects: EntityRegistry['redirects'], id: string): string {
  let current = id;
  for (let hop = 0; hop < MAX_REDIRECT_HOPS; hop++) {
    // Own keys only: an id such as `constructor` must not find Object.prototype's.
    const next = Object.hasOwn(redirects, current) ? redirects[current] : undefined;
    if (next === undefined || next === current) break;
    current = next;
  }
  return current;
}

/** resolveEntityId for many ids at once: the deleted set is built once, each id resolved once. */
export function entityResolver(registry: EntityRedirects): (id: string) => string | null {
  const deleted = new Set(registry.deleted);
  const cache = new Map<string, string | null>();
  return (id) => {
    let resolved = cache.get(id);
    if (resolved === undefined && !cache.has(id)) {
      const current = followRedirects(registry.redirects, id);
      resolved = deleted.has(current) ? null : current;
      cache.set(id, resolved);
    }
    return resolved ?? null;
  };
}

/** True when no reference needs resolving (the common case: nothing merged or deleted). */
export function resolvesTrivially(registry: EntityRedirects): boolean {
  return registry.deleted.length === 0 && Object.keys(registry.redirects).length === 0;
}

/** Ids resolved, deleted ones dropped, each once, in their order. */
function resolveIds(ids: readonly string[], resolve: (id: string) => string | null): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    const r = resolve(id);
    if (r !== null) out.add(r);
  }
  return [...out];
}

/** The structured form with its subject resolved (left out when deleted); the same if unchanged. */
function resolveSubject(
  structured: StructuredClaim,
  resolve: (id: string) => string | null,
): StructuredClaim {
  if (structured.subject === undefined) return structured;
  const subject = resolve(structured.subject);
  if (subject === structured.subject) return structured;
  const { subject: _old, ...rest } = structured;
  return subject === null ? rest : { ...rest, subject };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export interface EntityReferences {
  claims: readonly Claim[];
  mentions: readonly Mention[];
  orphans?: readonly Orphan[];
}

/**
 * An article's annotations with every entity reference resolved: claims tagged with the
 * survivor of a merge (once) and their structured subject followed likewise, mentions of deleted entities left out, orphans kept without the
 * deleted entity. Unchanged annotations (and the whole object, when nothing changes) keep their
 * identity, so memoised views do not redraw.
 */
export function resolveEntityReferences<T extends EntityReferences>(
  registry: EntityRedirects,
  annotations: T,
  resolve: (id: string) => string | null = entityResolver(registry),
): T {
  if (resolvesTrivially(registry)) return annotations;
  let changed = false;
  const claims = annotations.claims.map((c) => {
    const entities = resolveIds(c.entities, resolve);
    const structured = c.structured && resolveSubject(c.structured, resolve);
    if (sameIds(entities, c.entities) && structured === c.structured) return c;
    changed = true;
    return { ...c, entities, ...(structured ? { structured } : {}) };
  });
  const mentions: Mention[] = [];
  for (const m of annotations.mentions) {
    const entity = resolve(m.entity);
    if (entity !== m.entity) changed = true;
    if (entity === m.entity) mentions.push(m);
    else if (entity !== null) mentions.push({ ...m, entity });
  }
  const orphans = annotations.orphans?.map((o) => {
    const entities = o.entities && resolveIds(o.entities, resolve);
    const entity = o.entity === undefined ? undefined : resolve(o.entity);
    if ((!entities || sameIds(entities, o.entities!)) && entity === o.entity) return o;
    changed = true;
    const { entity: _dropped, ...rest } = o;
    return { ...rest, ...(entities ? { entities } : {}), ...(entity ? { entity } : {}) };
  });
  if (!changed) return annotations;
  return { ...annotations, claims, mentions, ...(orphans ? { orphans } : {}) };
}

function entityAt(registry: EntityRegistry, id: string): [number, Entity] {
  const index = registry.entities.findIndex((e) => e.id === id);
  const entity = registry.entities[index];
  if (!entity) throw new RegistryEditError(`Entity ${id} is not in the entity list.`);
  return [index, entity];
}

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');
const folded = (text: string) => tidy(text).normalize('NFKC').toLocaleLowerCase();

/** Aliases without blanks, repeats (ignoring case) or the entity's own name. */
export function dedupeAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([folded(name)]);
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = tidy(raw);
    const key = folded(alias);
    if (!alias || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

export type EntityPatch = Partial<Pick<Entity, 'name' | 'type' | 'aliases' | 'links'>> & {
  /** An empty description removes it. */
  description?: string;
};

/** Edits an entity's name, type, aliases, links or description, checking each. */
export function updateEntity(
  registry: EntityRegistry,
  id: string,
  patch: EntityPatch,
): EntityRegistry {
  const [index, entity] = entityAt(registry, id);
  const name = patch.name === undefined ? entity.name : tidy(patch.name);
  if (!name) throw new RegistryEditError('An entity needs a name.');
  const type = patch.type ?? entity.type;
  if (!registry.types.some((t) => t.id === type)) {
    throw new RegistryEditError(`“${type}” is not an entity type.`);
  }
  const links = patch.links ?? entity.links;
  for (const kind of ENTITY_LINK_KINDS) {
    const value = links[kind];
    const problem = value === undefined ? null : linkProblem(kind, value);
    if (problem) throw new RegistryEditError(problem);
  }
  const description =
    patch.description === undefined ? entity.description : tidy(patch.description) || undefined;
  const next: Entity = {
    id: entity.id,
    type,
    name,
    aliases: dedupeAliases(name, patch.aliases ?? entity.aliases),
    links,
    ...(description ? { description } : {}),
  };
  if (JSON.stringify(next) === JSON.stringify(entity)) return registry;
  const entities = registry.entities.slice();
  entities[index] = next;
  return { ...registry, entities };
}

export function addAlias(registry: EntityRegistry, id: string, alias: string): EntityRegistry {
  const [, entity] = entityAt(registry, id);
  if (!tidy(alias)) throw new RegistryEditError('An alias cannot be blank.');
  return updateEntity(registry, id, { aliases: [...entity.aliases, alias] });
}

export function removeAlias(registry: EntityRegistry, id: string, alias: string): EntityRegistry {
  const [, entity] = entityAt(registry, id);
  return updateEntity(registry, id, { aliases: entity.aliases.filter((a) => a !== alias) });
}

/** Sets one link (trimmed, checked); a blank value removes it. */
export function setEntityLink(
  registry: EntityRegistry,
  id: string,
  kind: EntityLinkKind,
  value: string,
): EntityRegistry {
  const [, entity] = entityAt(registry, id);
  const links = { ...entity.links };
  const trimmed = value.trim();
  if (trimmed) links[kind] = trimmed;
  else delete links[kind];
  return updateEntity(registry, id, { links });
}

/** The first digit (1–9, then 0) no type uses as its shortcut; undefined when all are taken. */
export function nextFreeShortcut(types: readonly EntityType[]): string | undefined {
  const taken = new Set(types.map((t) => t.shortcut?.toLowerCase()));
  return ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].find((k) => !taken.has(k));
}

/** A type id made from its label ("Data set" → `data-set`). */
export function typeIdOf(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 40);
}

// The entity type schema's own rules, checked one field at a time for a precise message.
const isColour = (value: string) => EntityTypeSchema.shape.color.safeParse(value).success;
const isShortcut = (value: string) => EntityTypeSchema.shape.shortcut.safeParse(value).success;

function checkType(registry: EntityRegistry, type: EntityType): void {
  if (!tidy(type.label)) throw new RegistryEditError('A type needs a name.');
  if (!isColour(type.color)) {
    throw new RegistryEditError(`“${type.color}” is not a colour like #15803d.`);
  }
  if (type.shortcut === undefined) return;
  if (!isShortcut(type.shortcut)) {
    throw new RegistryEditError(`“${type.shortcut}”: a shortcut is one letter or digit.`);
  }
  const key = type.shortcut.toLowerCase();
  const other = registry.types.find((t) => t.id !== type.id && t.shortcut?.toLowerCase() === key);
  if (other) {
    throw new RegistryEditError(`The key ${type.shortcut} already picks the type ${other.label}.`);
  }
}

export interface NewEntityType {
  label: string;
  color: string;
  /** Default: the next free digit. */
  shortcut?: string;
}

/** Adds a user type; answers the registry unchanged when a type with that id exists. */
export function addEntityType(
  registry: EntityRegistry,
  input: NewEntityType,
): { registry: EntityRegistry; type: EntityType } {
  const label = tidy(input.label);
  const id = typeIdOf(label);
  if (!label || !EntityTypeIdSchema.safeParse(id).success) {
    throw new RegistryEditError(`“${input.label}” cannot be a type name: use letters and digits.`);
  }
  const existing = registry.types.find((t) => t.id === id);
  if (existing) return { registry, type: existing };
  const shortcut = input.shortcut ?? nextFreeShortcut(registry.types);
  const type: EntityType = { id, label, color: input.color, ...(shortcut ? { shortcut } : {}) };
  checkType(registry, type);
  return { registry: { ...registry, types: [...registry.types, type] }, type };
}

export type EntityTypePatch = Partial<Pick<EntityType, 'label' | 'color'>> & {
  /** An empty shortcut removes it. */
  shortcut?: string;
};

/** Edits a type's label, colour or shortcut (built-in types too: only their id is fixed). */
export function updateEntityType(
  registry: EntityRegistry,
  id: string,
  patch: EntityTypePatch,
): EntityRegistry {
  const index = registry.types.findIndex((t) => t.id === id);
  const type = registry.types[index];
  if (!type) throw new RegistryEditError(`“${id}” is not an entity type.`);
  const shortcut = patch.shortcut === undefined ? type.shortcut : patch.shortcut.trim();
  const next: EntityType = {
    id,
    label: patch.label === undefined ? type.label : tidy(patch.label),
    color: patch.color ?? type.color,
    ...(shortcut ? { shortcut } : {}),
  };
  checkType(registry, next);
  if (JSON.stringify(next) === JSON.stringify(type)) return registry;
  const types = registry.types.slice();
  types[index] = next;
  return { ...registry, types };
}

/** Removes a user type no entity has; built-in types stay. */
export function removeEntityType(registry: EntityRegistry, id: string): EntityRegistry {
  const type = registry.types.find((t) => t.id === id);
  if (!type) return registry;
  if ((BUILT_IN_ENTITY_TYPES as readonly string[]).includes(id)) {
    throw new RegistryEditError(`${type.label} is a built-in type and cannot be removed.`);
  }
  const users = registry.entities.filter((e) => e.type === id).length;
  if (users > 0) {
    throw new RegistryEditError(
      `${type.label} is the type of ${users} ${users === 1 ? 'entity' : 'entities'}; change their type first.`,
    );
  }
  return { ...registry, types: registry.types.filter((t) => t.id !== id) };
}

/**
 * Merges `mergedId` into `survivorId`: the survivor takes the other's name and aliases as
 * aliases and any links it lacks; the other leaves the list and its id redirects to the
 * survivor, so its claims and mentions in every article follow without rewriting them.
 */
export function mergeEntities(
  registry: EntityRegistry,
  survivorId: string,
  mergedId: string,
): EntityRegistry {
  if (survivorId === mergedId) throw new RegistryEditError('An entity cannot merge with itself.');
  const [, survivor] = entityAt(registry, survivorId);
  const [, merged] = entityAt(registry, mergedId);
  const description = survivor.description ?? merged.description;
  const combined: Entity = {
    ...survivor,
    aliases: dedupeAliases(survivor.name, [...survivor.aliases, merged.name, ...merged.aliases]),
    links: { ...merged.links, ...survivor.links },
    ...(description ? { description } : {}),
  };
  return {
    ...registry,
    entities: registry.entities
      .filter((e) => e.id !== mergedId)
      .map((e) => (e.id === survivorId ? combined : e)),
    redirects: { ...registry.redirects, [mergedId]: survivorId },
  };
}

/**
 * Deletes an entity: it leaves the list and a tombstone drops every reference to it (and to
 * entities merged into it) wherever ids are resolved; the articles themselves are untouched.
 */
export function deleteEntity(registry: EntityRegistry, id: string): EntityRegistry {
  entityAt(registry, id);
  return {
    ...registry,
    entities: registry.entities.filter((e) => e.id !== id),
    deleted: registry.deleted.includes(id) ? registry.deleted : [...registry.deleted, id],
  };
}

/** Built-in types read from files written before shortcuts get their default keys. */
export function withDefaultShortcuts(registry: EntityRegistry): EntityRegistry {
  if (registry.types.every((t) => t.shortcut !== undefined)) return registry;
  const taken = new Set(registry.types.map((t) => t.shortcut?.toLowerCase()));
  const types = registry.types.map((t) => {
    const shortcut = DEFAULT_ENTITY_TYPES.find((d) => d.id === t.id)?.shortcut;
    if (t.shortcut !== undefined || !shortcut || taken.has(shortcut)) return t;
    taken.add(shortcut);
    return { ...t, shortcut };
  });
  return { ...registry, types };
}
