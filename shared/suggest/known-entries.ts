// The names the matcher looks for: the registry's entities, and the gazetteer's where the user
// keeps it on. A gazetteer entry that shares a name with a registry entity is that entity: its
// aliases join the entity's names, so "Maverick" finds the registry's "Llama 4 Maverick".
import type { EntityRegistry } from '../model/entities';
import { foldToken, gapBefore, tokenizeName } from './name-tokens';
import type { GazetteerEntry, MatchEntry } from './types';

export function registryEntries(registry: EntityRegistry): MatchEntry[] {
  return registry.entities.map((e) => ({
    key: e.id,
    type: e.type,
    names: [e.name, ...e.aliases],
    entity: e.id,
    canonical: e.name,
  }));
}

/** Registry entries first (they win a tie), then the gazetteer entries no entity claims. */
export function knownEntries(
  registry: EntityRegistry,
  gazetteer: readonly GazetteerEntry[] = [],
): MatchEntry[] {
  // registryEntries makes fresh entries, so the gazetteer's names can join them in place.
  const merged = registryEntries(registry);
  const byName = new Map<string, MatchEntry>();
  for (const entry of merged) for (const name of entry.names) byName.set(nameKey(name), entry);
  for (const g of gazetteer) {
    const names = [g.name, ...g.aliases];
    const owner = names.map((n) => byName.get(nameKey(n))).find((e) => e !== undefined);
    if (owner) {
      owner.names = [...owner.names, ...names];
      owner.gazetteerId ??= g.id;
    } else {
      merged.push({ key: g.id, type: g.type, names, gazetteerId: g.id, canonical: g.name });
    }
  }
  return merged;
}

/**
 * Two names are the same for the matcher when they have this key: compared without case,
 * accents, outer punctuation, or the difference between hyphens and spaces.
 */
export function nameKey(name: string): string {
  const tokens = tokenizeName(name);
  return tokens
    .map((t, j) => {
      const gap = gapBefore(name, tokens, j);
      return `${gap === '~' ? ' ' : gap}${foldToken(t.text)}`;
    })
    .join('');
}
