// Collects the entities an imported file refers to, each once: by id when the file gives ours,
// else by name and type, so the same tag on many annotations becomes one entity.
import type { Entity } from '../model/entities';
import { newId } from '../model/ids';
import { typeFromLabel } from '../export/labels';
import { DEFAULT_IMPORTED_TYPE } from './types';

const ENTITY_ID = /^ent_[A-Za-z0-9_-]+$/;

/** What one annotation says about an entity it names; filled in as the file is read. */
export interface EntityReference {
  id?: string;
  name?: string;
  /** a type id or another tool's label (`Person`) */
  type?: string;
  links: Record<string, string>;
}

export class EntityCollector {
  private readonly byId = new Map<string, Entity>();
  private readonly byNameAndType = new Map<string, Entity>();

  reference(): EntityReference {
    return { links: {} };
  }

  /**
   * The id of the entity a reference names, creating or completing the entity. A reference
   * that carries only one of our ids is kept as it is: the library may know that entity.
   */
  resolve(reference: EntityReference): string {
    const id =
      reference.id !== undefined && ENTITY_ID.test(reference.id) ? reference.id : undefined;
    const described = reference.name !== undefined || reference.type !== undefined;
    if (id && !described && Object.keys(reference.links).length === 0) return id;

    const type =
      reference.type !== undefined ? typeFromLabel(reference.type) : DEFAULT_IMPORTED_TYPE;
    const name = reference.name ?? Object.values(reference.links)[0] ?? id ?? type;
    const key = `${type}\u0000${name.toLowerCase()}`;
    let entity = id ? this.byId.get(id) : this.byNameAndType.get(key);
    if (!entity) {
      entity = { id: id ?? newId('ent'), type, name, aliases: [], links: {} };
      this.byId.set(entity.id, entity);
      if (!this.byNameAndType.has(key)) this.byNameAndType.set(key, entity);
    }
    for (const [k, v] of Object.entries(reference.links)) entity.links[k] ??= v;
    return entity.id;
  }

  entities(): Entity[] {
    return [...this.byId.values()];
  }
}
