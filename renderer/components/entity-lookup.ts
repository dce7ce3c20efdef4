// Lookups the panels share: entities by id and type colours, rebuilt only when the registry
// changes, so rows that receive them can stay memoised.
import { useMemo } from 'react';
import type { Entity, EntityType } from '../../shared/model/entities';
import { useFactmark } from '../store/hooks';

export interface EntityLookup {
  entity(id: string): Entity | undefined;
  type(id: string): EntityType | undefined;
}

export function useEntityLookup(): EntityLookup {
  const entities = useFactmark((s) => s.registry.entities);
  const types = useFactmark((s) => s.registry.types);
  return useMemo(() => {
    const byId = new Map(entities.map((e) => [e.id, e]));
    const typeById = new Map(types.map((t) => [t.id, t]));
    return { entity: (id) => byId.get(id), type: (id) => typeById.get(id) };
  }, [entities, types]);
}
