// Lookups the panels share: entities by id (through merges: a merged entity's id finds its
// survivor, a deleted one finds nothing) and type colours, rebuilt only when the registry
// changes, so rows that receive them can stay memoised.
import { useMemo } from 'react';
import type { Claim, Mention } from '../../shared/model/annotations';
import type { Entity, EntityType } from '../../shared/model/entities';
import { entityResolver, resolveEntityReferences } from '../../shared/model/registry-ops';
import { useFactmark } from '../store/hooks';

export interface EntityLookup {
  entity(id: string): Entity | undefined;
  type(id: string): EntityType | undefined;
  /** The id a reference stands for now (see registry-ops), null when deleted. */
  resolve(id: string): string | null;
}

export function useEntityLookup(): EntityLookup {
  const entities = useFactmark((s) => s.registry.entities);
  const types = useFactmark((s) => s.registry.types);
  const redirects = useFactmark((s) => s.registry.redirects);
  const deleted = useFactmark((s) => s.registry.deleted);
  return useMemo(() => {
    const byId = new Map(entities.map((e) => [e.id, e]));
    const typeById = new Map(types.map((t) => [t.id, t]));
    const resolve = entityResolver({ redirects, deleted });
    return {
      entity: (id) => {
        const resolved = resolve(id);
        return resolved === null ? undefined : byId.get(resolved);
      },
      type: (id) => typeById.get(id),
      resolve,
    };
  }, [entities, types, redirects, deleted]);
}

/**
 * The open article's claims and mentions as views show them: entity references resolved
 * through merges, mentions of deleted entities left out (the article itself is unchanged).
 */
export function useResolvedAnnotations(): {
  claims: readonly Claim[] | undefined;
  mentions: readonly Mention[] | undefined;
} {
  const claims = useFactmark((s) => s.article?.claims);
  const mentions = useFactmark((s) => s.article?.mentions);
  const redirects = useFactmark((s) => s.registry.redirects);
  const deleted = useFactmark((s) => s.registry.deleted);
  return useMemo(
    () =>
      claims && mentions
        ? resolveEntityReferences({ redirects, deleted }, { claims, mentions })
        : { claims, mentions },
    [claims, mentions, redirects, deleted],
  );
}
