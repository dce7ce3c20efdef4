// The library-wide entity registry: loading it and every edit of it (entities, types, merges,
// deletions, settings). Each edit is recorded for undo and autosaved. Until the registry has
// loaded, nothing may change it, so a failed load can never overwrite the saved registry.
import {
  emptyRegistry,
  type Entity,
  type EntityRegistry,
  type EntityType,
} from '../../shared/model/entities';
import { newId } from '../../shared/model/ids';
import * as ops from '../../shared/model/registry-ops';
import { findEntityByName } from './entity-search';
import { errorMessage, type SliceCreator } from './types';

/** Colours for user-added types, picked in turn; readable as underlines in both themes. */
export const TYPE_COLOURS = [
  '#15803d',
  '#be123c',
  '#0f766e',
  '#a21caf',
  '#4d7c0f',
  '#c2410c',
  '#1d4ed8',
];

export interface EntitiesSlice {
  registry: EntityRegistry;
  /** The registry as last read from or saved to the library: the base of concurrent merges. */
  registrySynced: EntityRegistry | null;
  entitiesStatus: 'loading' | 'ready' | 'failed';
  loadEntities(): Promise<void>;
  /** Creates an entity, or answers the existing one with that name and type; null if refused. */
  createEntity(
    name: string,
    type: string,
    /** What a new entity starts with (a gazetteer entry's aliases and links); none by default. */
    details?: Pick<Entity, 'aliases' | 'links' | 'description'>,
  ): Entity | null;
  /** Adds a user type by its label ("Benchmark" → `benchmark`); answers the existing one too. */
  addEntityType(label: string, options?: { color?: string; shortcut?: string }): EntityType | null;
  updateEntityType(id: string, patch: ops.EntityTypePatch): boolean;
  removeEntityType(id: string): boolean;
  /** Edits an entity; edits with the same `coalesceKey` in a row undo as one step. */
  updateEntity(id: string, patch: ops.EntityPatch, coalesceKey?: string): boolean;
  addAlias(id: string, alias: string): boolean;
  removeAlias(id: string, alias: string): boolean;
  setEntityLink(id: string, kind: ops.EntityLinkKind, value: string): boolean;
  /** `mergedId`'s claims and mentions follow `survivorId` everywhere; its name becomes an alias. */
  mergeEntities(survivorId: string, mergedId: string): boolean;
  /** Removes the entity; its tags and mentions are no longer shown or exported (undoable). */
  deleteEntity(id: string): boolean;
  setGazetteer(enabled: boolean): void;
  /** Shows a registry without recording an edit (undo, or a merge with another tab's saves). */
  replaceRegistry(registry: EntityRegistry): void;
  /** The library now holds `registry` (just loaded, saved or merged). */
  markRegistrySynced(registry: EntityRegistry): void;
}

export const createEntitiesSlice: SliceCreator<EntitiesSlice> = (deps) => (set, get) => {
  function ready(): boolean {
    if (get().entitiesStatus === 'ready') return true;
    get().notify(
      'error',
      'The entity list has not loaded, so entities cannot be changed yet. Reload to try again.',
    );
    return false;
  }

  /**
   * Applies a pure registry edit: records it for undo and queues the save. A refused edit tells
   * the user why and changes nothing; false then.
   */
  function edit(
    change: (registry: EntityRegistry) => EntityRegistry,
    options?: { coalesceKey?: string; joinNext?: boolean },
  ): boolean {
    if (!ready()) return false;
    const before = get().registry;
    let after: EntityRegistry;
    try {
      after = change(before);
    } catch (err) {
      if (!(err instanceof ops.RegistryEditError)) throw err;
      get().notify('error', err.message);
      return false;
    }
    if (after === before) return true;
    set({ registry: after });
    get().recordRegistryEdit(before, after, options);
    get().queueRegistrySave(after);
    return true;
  }

  return {
    registry: emptyRegistry(),
    registrySynced: null,
    entitiesStatus: 'loading',
    loadEntities: async () => {
      set({ entitiesStatus: 'loading' });
      try {
        const registry = await deps.api.getEntities({});
        set({ registry, registrySynced: registry, entitiesStatus: 'ready' });
      } catch (err) {
        set({ entitiesStatus: 'failed' });
        get().notify('error', `Could not load the entity list: ${errorMessage(err)}`);
      }
    },
    createEntity: (rawName, type, details) => {
      const name = rawName.trim().replace(/\s+/g, ' ');
      if (!name || !ready()) return null;
      const { registry } = get();
      if (!registry.types.some((t) => t.id === type)) {
        get().notify('error', `“${type}” is not an entity type.`);
        return null;
      }
      const existing = findEntityByName(registry.entities, name, type);
      if (existing) return existing;
      const entity: Entity = {
        id: newId('ent'),
        type,
        name,
        aliases: ops.dedupeAliases(name, details?.aliases ?? []),
        links: { ...details?.links },
        ...(details?.description ? { description: details.description } : {}),
      };
      edit((r) => ({ ...r, entities: [...r.entities, entity] }), { joinNext: true });
      return entity;
    },
    addEntityType: (label, options = {}) => {
      let added: EntityType | null = null;
      const { registry } = get();
      const color = options.color ?? TYPE_COLOURS[registry.types.length % TYPE_COLOURS.length]!;
      const ok = edit(
        (r) => {
          const result = ops.addEntityType(r, { label, color, shortcut: options.shortcut });
          added = result.type;
          return result.registry;
        },
        { joinNext: true },
      );
      return ok ? added : null;
    },
    updateEntityType: (id, patch) => edit((r) => ops.updateEntityType(r, id, patch)),
    removeEntityType: (id) => edit((r) => ops.removeEntityType(r, id)),
    updateEntity: (id, patch, coalesceKey) =>
      edit((r) => ops.updateEntity(r, id, patch), { coalesceKey }),
    addAlias: (id, alias) => edit((r) => ops.addAlias(r, id, alias)),
    removeAlias: (id, alias) => edit((r) => ops.removeAlias(r, id, alias)),
    setEntityLink: (id, kind, value) =>
      edit((r) => ops.setEntityLink(r, id, kind, value), { coalesceKey: `link:${id}:${kind}` }),
    mergeEntities: (survivorId, mergedId) =>
      edit((r) => ops.mergeEntities(r, survivorId, mergedId)),
    deleteEntity: (id) => edit((r) => ops.deleteEntity(r, id)),
    setGazetteer: (enabled) => {
      edit((r) =>
        r.settings.gazetteer === enabled
          ? r
          : { ...r, settings: { ...r.settings, gazetteer: enabled } },
      );
    },
    replaceRegistry: (registry) => {
      if (registry === get().registry) return;
      set({ registry });
      get().queueRegistrySave(registry);
    },
    markRegistrySynced: (registry) => set({ registrySynced: registry }),
  };
};
