// Finding entities by what the user types: name or alias, case- and accent-insensitive, best
// matches first (exact, then prefix, then anywhere in a word).
import type { Entity } from '../../shared/model/entities';

export function normalizeName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Lower is better; null when the entity does not match. */
function rank(entity: Entity, query: string): number | null {
  let best: number | null = null;
  for (const [i, candidate] of [entity.name, ...entity.aliases].entries()) {
    const name = normalizeName(candidate);
    const aliasPenalty = i === 0 ? 0 : 1;
    let score: number | null = null;
    if (name === query) score = 0;
    else if (name.startsWith(query)) score = 2;
    else if (name.includes(` ${query}`)) score = 4;
    else if (name.includes(query)) score = 6;
    if (score !== null) {
      score += aliasPenalty;
      if (best === null || score < best) best = score;
    }
  }
  return best;
}

/** Entities matching `query`, best first; every entity (by name) when the query is empty. */
export function searchEntities(entities: readonly Entity[], query: string, limit = 8): Entity[] {
  const q = normalizeName(query);
  if (!q) return [...entities].sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit);
  const ranked: { entity: Entity; score: number }[] = [];
  for (const entity of entities) {
    const score = rank(entity, q);
    if (score !== null) ranked.push({ entity, score });
  }
  ranked.sort((a, b) => a.score - b.score || a.entity.name.localeCompare(b.entity.name));
  return ranked.slice(0, limit).map((r) => r.entity);
}

/** The entity whose name or an alias is exactly `name` (ignoring case), of `type` if given. */
export function findEntityByName(
  entities: readonly Entity[],
  name: string,
  type?: string,
): Entity | undefined {
  const q = normalizeName(name);
  return entities.find(
    (e) =>
      (type === undefined || e.type === type) &&
      [e.name, ...e.aliases].some((n) => normalizeName(n) === q),
  );
}
