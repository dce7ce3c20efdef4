// Ids are a type prefix and a random part: readable in exports, unique without coordination.
export type IdPrefix = 'art' | 'clm' | 'men' | 'ent' | 'evi' | 'rel';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
