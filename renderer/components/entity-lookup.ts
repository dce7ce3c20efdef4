// Lookups the panels share: entities by id (through merges: a merged entity's id finds its
// survivor, a deleted one finds nothing) and type colours, rebuilt only when the registry
// changes, so rows that receive them can stay memoised.
import { useMemo } from 'react';
import { useFactmarkAfterPaint } from './after-paint';
import type { Claim, Mention } from '../../shared/model/annotations';
import type { Entity, EntityRegistry, EntityType } from '../../shared/model/entities';
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
  return useMemo(
    () => entityLookup(entities, types, redirects, deleted),
    [entities, types, redirects, deleted],
  );
}

/** The same lookup as it was at the last paint (see useFactmarkAfterPaint). */
export function useEntityLookupAfterPaint(): EntityLookup {
  const { entities, types, redirects, deleted } = useFactmarkAfterPaint((s) => ({
    entities: s.registry.entities,
    types: s.registry.types,
    redirects: s.registry.redirects,
    deleted: s.registry.deleted,
  }));
  return useMemo(
    () => entityLookup(entities, types, redirects, deleted),
    [entities, types, redirects, deleted],
  );
}

function entityLookup(
  entities: readonly Entity[],
  types: readonly EntityType[],
  redirects: EntityRegistry['redirects'],
  deleted: EntityRegistry['deleted'],
): EntityLookup {
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
}

/**
 * The open article's claims and mentions as views show them: entity references resolved
 * through merges, mentions of deleted entities left out (the article itself is unchanged).
 *
 * A step behind the store: after an edit the panels listing every annotation render with the
 * previous version first (nothing to do), and with this one in a background render after the
 * frame showing the edit is painted. Controls that echo typing read their claim live (see
 * `openClaim`), never through this.
 */
export function useResolvedAnnotationsAfterPaint(): {
  claims: readonly Claim[] | undefined;
  mentions: readonly Mention[] | undefined;
} {
  const { claims, mentions, redirects, deleted } = useFactmarkAfterPaint((s) => ({
    claims: s.article?.claims,
    mentions: s.article?.mentions,
    redirects: s.registry.redirects,
    deleted: s.registry.deleted,
  }));
  return useMemo(
    () =>
      claims && mentions
        ? resolveEntityReferences({ redirects, deleted }, { claims, mentions })
        : { claims, mentions },
    [claims, mentions, redirects, deleted],
  );
}

/** A claim with its tags as the registry resolves them now (itself when nothing changes). */
export function resolvedClaim(claim: Claim, resolve: (id: string) => string | null): Claim {
  const entities = [...new Set(claim.entities.map(resolve).filter((id) => id !== null))];
  const same =
    entities.length === claim.entities.length &&
    entities.every((id, i) => id === claim.entities[i]);
  return same ? claim : { ...claim, entities };
}
