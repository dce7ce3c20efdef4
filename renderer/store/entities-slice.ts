// The library-wide entity registry: loading it, creating entities and entity types. Until it
// has loaded, nothing may change it, so a failed load can never overwrite the saved registry.
import {
  emptyRegistry,
  EntityTypeIdSchema,
  type Entity,
  type EntityRegistry,
  type EntityType,
} from '../../shared/model/entities';
import { newId } from '../../shared/model/ids';
import { findEntityByName } from './entity-search';
import { errorMessage, type SliceCreator } from './types';

/** Colours for user-added types, picked in turn; readable as underlines in both themes. */
const TYPE_COLOURS = ['#15803d', '#be123c', '#0f766e', '#a21caf', '#4d7c0f', '#c2410c', '#1d4ed8'];

export interface EntitiesSlice {
  registry: EntityRegistry;
  entitiesStatus: 'loading' | 'ready' | 'failed';
  loadEntities(): Promise<void>;
  /** Creates an entity, or answers the existing one with that name and type; null if refused. */
  createEntity(name: string, type: string): Entity | null;
  /** Adds a user type by its label ("Benchmark" → `benchmark`); answers the existing one too. */
  addEntityType(label: string): EntityType | null;
}

export function typeIdOf(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 40);
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

  function commit(registry: EntityRegistry): void {
    set({ registry });
    get().queueRegistrySave(registry);
  }

  return {
    registry: emptyRegistry(),
    entitiesStatus: 'loading',
    loadEntities: async () => {
      set({ entitiesStatus: 'loading' });
      try {
        const registry = await deps.api.getEntities({});
        set({ registry, entitiesStatus: 'ready' });
      } catch (err) {
        set({ entitiesStatus: 'failed' });
        get().notify('error', `Could not load the entity list: ${errorMessage(err)}`);
      }
    },
    createEntity: (rawName, type) => {
      const name = rawName.trim().replace(/\s+/g, ' ');
      if (!name || !ready()) return null;
      const { registry } = get();
      if (!registry.types.some((t) => t.id === type)) {
        get().notify('error', `“${type}” is not an entity type.`);
        return null;
      }
      const existing = findEntityByName(registry.entities, name, type);
      if (existing) return existing;
      const entity: Entity = { id: newId('ent'), type, name, aliases: [], links: {} };
      commit({ ...registry, entities: [...registry.entities, entity] });
      return entity;
    },
    addEntityType: (rawLabel) => {
      const label = rawLabel.trim().replace(/\s+/g, ' ');
      const id = typeIdOf(label);
      if (!label || !EntityTypeIdSchema.safeParse(id).success) {
        get().notify('error', `“${rawLabel}” cannot be a type name: use letters and digits.`);
        return null;
      }
      if (!ready()) return null;
      const { registry } = get();
      const existing = registry.types.find((t) => t.id === id);
      if (existing) return existing;
      const color = TYPE_COLOURS[registry.types.length % TYPE_COLOURS.length]!;
      const type: EntityType = { id, label, color };
      commit({ ...registry, types: [...registry.types, type] });
      return type;
    },
  };
};
