import { describe, expect, it } from 'vitest';
import { EntityMatcher } from './entity-matcher';
import { GAZETTEER } from './gazetteer';
import { knownEntries, nameKey } from './known-entries';
import { emptyRegistry } from '../model/entities';

/** Names that two entries may share, each listed with the entries that share it. */
const AMBIGUOUS: Record<string, readonly string[]> = {};

describe('the starter gazetteer', () => {
  it('has at least 300 entries of the built-in types, each with a unique id', () => {
    expect(GAZETTEER.length).toBeGreaterThanOrEqual(300);
    expect(new Set(GAZETTEER.map((e) => e.id)).size).toBe(GAZETTEER.length);
    const count = (type: string) => GAZETTEER.filter((e) => e.type === type).length;
    expect(count('model') + count('company') + count('person')).toBe(GAZETTEER.length);
    expect(count('model')).toBeGreaterThanOrEqual(150);
    expect(count('company')).toBeGreaterThanOrEqual(60);
    expect(count('person')).toBeGreaterThanOrEqual(60);
  });

  it('gives no name or alias to two entries unless it is listed as ambiguous', () => {
    const owners = new Map<string, string[]>();
    for (const entry of GAZETTEER) {
      for (const name of new Set([entry.name, ...entry.aliases].map(nameKey))) {
        owners.set(name, [...(owners.get(name) ?? []), entry.id]);
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    for (const [name, ids] of shared)
      expect(ids.sort()).toEqual([...(AMBIGUOUS[name] ?? [])].sort());
  });

  it('ids are gz_ and a slug of the name', () => {
    for (const entry of GAZETTEER) {
      const slug = entry.name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/·/g, '-')
        .replace(/\+/g, '-plus')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      expect(entry.id).toBe(`gz_${slug}`);
    }
  });

  it('finds every name and alias of every entry in a sentence, as that entry', () => {
    const entries = knownEntries(emptyRegistry(), GAZETTEER);
    const matcher = new EntityMatcher(entries);
    const missed: string[] = [];
    for (const entry of GAZETTEER) {
      for (const name of [entry.name, ...entry.aliases]) {
        const [found] = matcher.find(`Yesterday ${name}’s news broke.`);
        if (
          found?.quote !== name.replace(/[^\p{L}\p{N}+]+$/u, '') ||
          found.gazetteerId !== entry.id
        )
          missed.push(`${entry.id}: ${name}`);
      }
    }
    expect(missed.join('\n')).toBe('');
  });

  it('links only to ids of the expected shapes', () => {
    const links = GAZETTEER.flatMap((e) => Object.entries(e.links ?? {}));
    expect(links.length).toBeGreaterThan(50);
    for (const [kind, value] of links) {
      expect(['wikidata', 'huggingface', 'homepage']).toContain(kind);
      expect(value).toMatch(/^(Q\d+|[\w.-]+\/[\w.-]+|https:\/\/\S+)$/);
    }
  });
});
