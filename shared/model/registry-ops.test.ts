import { describe, expect, it } from 'vitest';
import type { Claim, Mention } from './annotations';
import { EntityRegistrySchema, emptyRegistry, type Entity, type EntityRegistry } from './entities';
import {
  addAlias,
  addEntityType,
  dedupeAliases,
  deleteEntity,
  entityResolver,
  linkProblem,
  mergeEntities,
  nextFreeShortcut,
  removeAlias,
  removeEntityType,
  resolveEntityId,
  resolveEntityReferences,
  setEntityLink,
  updateEntity,
  updateEntityType,
  withDefaultShortcuts,
} from './registry-ops';

const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  type: 'model',
  name,
  aliases: [],
  links: {},
  ...extra,
});

function registry(...entities: Entity[]): EntityRegistry {
  return { ...emptyRegistry(), entities };
}

const A = entity('ent_a', 'Llama 4 Maverick', { aliases: ['Maverick'] });
const B = entity('ent_b', 'Maverick 17B', { aliases: ['Llama-4-Maverick-17B'] });
const C = entity('ent_c', 'Meta', { type: 'company', links: { wikidata: 'Q380' } });

const byId = (r: EntityRegistry, id: string) => r.entities.find((e) => e.id === id);

describe('updateEntity', () => {
  it.each([
    ['renames, tidying spaces', { name: '  Llama  4 Maverick ' }, { name: 'Llama 4 Maverick' }],
    ['changes the type', { type: 'company' }, { type: 'company' }],
    [
      'drops aliases equal to the name or each other',
      { name: 'Maverick', aliases: ['maverick', 'M', ' m ', 'Llama'] },
      { name: 'Maverick', aliases: ['M', 'Llama'] },
    ],
    ['sets a description', { description: ' The big one ' }, { description: 'The big one' }],
  ])('%s', (_, patch, expected) => {
    const next = updateEntity(registry(A), 'ent_a', patch);
    expect(byId(next, 'ent_a')).toMatchObject(expected);
  });

  it.each([
    [{ name: '   ' }, /needs a name/],
    [{ type: 'nonsense' }, /not an entity type/],
    [{ links: { wikidata: '42' } }, /Wikidata id/],
  ])('refuses %j', (patch, message) => {
    expect(() => updateEntity(registry(A), 'ent_a', patch)).toThrow(message);
  });

  it('answers the same registry when nothing changes', () => {
    const r = registry(A);
    expect(updateEntity(r, 'ent_a', { name: 'Llama 4 Maverick' })).toBe(r);
  });

  it('removes the description when blanked', () => {
    const r = updateEntity(registry(A), 'ent_a', { description: 'x' });
    expect(byId(updateEntity(r, 'ent_a', { description: '' }), 'ent_a')).not.toHaveProperty(
      'description',
    );
  });
});

describe('aliases', () => {
  it.each([
    ['adds', ['Maverick'], 'L4M', ['Maverick', 'L4M']],
    ['ignores a repeat in another case', ['Maverick'], 'MAVERICK', ['Maverick']],
    ['ignores the name itself', ['Maverick'], 'llama 4 maverick', ['Maverick']],
  ])('%s', (_, aliases, alias, expected) => {
    const next = addAlias(registry({ ...A, aliases }), 'ent_a', alias);
    expect(byId(next, 'ent_a')!.aliases).toEqual(expected);
  });

  it('refuses a blank alias', () => {
    expect(() => addAlias(registry(A), 'ent_a', ' ')).toThrow(/blank/);
  });

  it('removes one', () => {
    expect(byId(removeAlias(registry(A), 'ent_a', 'Maverick'), 'ent_a')!.aliases).toEqual([]);
  });

  it('dedupes keeping the first spelling', () => {
    expect(dedupeAliases('X', ['a', 'A', 'b', 'x', ''])).toEqual(['a', 'b']);
  });
});

describe('links', () => {
  it.each([
    ['wikidata', 'Q42', null],
    ['wikidata', 'q42', /Wikidata/],
    ['wikidata', 'Q0', /Wikidata/],
    ['huggingface', 'meta-llama/Llama-4-Scout-17B-16E', null],
    ['huggingface', 'llama', /organisation\/name/],
    ['homepage', 'https://ai.meta.com/llama/', null],
    ['homepage', 'ftp://example.org', /http/],
    ['homepage', 'javascript:alert(1)', /http/],
  ] as const)('%s %s', (kind, value, problem) => {
    const found = linkProblem(kind, value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it('sets, trims and removes a link', () => {
    let r = setEntityLink(registry(A), 'ent_a', 'wikidata', ' Q123 ');
    expect(byId(r, 'ent_a')!.links).toEqual({ wikidata: 'Q123' });
    r = setEntityLink(r, 'ent_a', 'wikidata', '');
    expect(byId(r, 'ent_a')!.links).toEqual({});
  });
});

describe('types', () => {
  it('adds a type with the next free digit as its shortcut', () => {
    const { registry: r, type } = addEntityType(emptyRegistry(), {
      label: 'Benchmark',
      color: '#15803d',
    });
    expect(type).toEqual({ id: 'benchmark', label: 'Benchmark', color: '#15803d', shortcut: '4' });
    expect(r.types.map((t) => t.shortcut)).toEqual(['1', '2', '3', '4']);
  });

  it.each([
    [{ label: '!!!', color: '#000000' }, /cannot be a type name/],
    [{ label: 'Dataset', color: 'green' }, /not a colour/],
    [{ label: 'Dataset', color: '#000000', shortcut: '1' }, /already picks the type Model/],
    [{ label: 'Dataset', color: '#000000', shortcut: '!!' }, /one letter or digit/],
  ])('refuses %j', (input, message) => {
    expect(() => addEntityType(emptyRegistry(), input)).toThrow(message);
  });

  it('edits a built-in type but cannot remove it', () => {
    const r = updateEntityType(emptyRegistry(), 'model', { color: '#123456', shortcut: 'm' });
    expect(r.types[0]).toEqual({ id: 'model', label: 'Model', color: '#123456', shortcut: 'm' });
    expect(() => removeEntityType(r, 'model')).toThrow(/built-in/);
  });

  it('removes an unused user type, not one in use', () => {
    const { registry: r } = addEntityType(emptyRegistry(), { label: 'Dataset', color: '#000000' });
    expect(removeEntityType(r, 'dataset').types.map((t) => t.id)).not.toContain('dataset');
    const used = { ...r, entities: [entity('ent_d', 'MMLU', { type: 'dataset' })] };
    expect(() => removeEntityType(used, 'dataset')).toThrow(/type of 1 entity/);
  });

  it('finds the next free shortcut, and none when all ten are taken', () => {
    expect(nextFreeShortcut(emptyRegistry().types)).toBe('4');
    const all = '1234567890'.split('').map((k, i) => ({
      id: `t${i}`,
      label: `T${i}`,
      color: '#000000',
      shortcut: k,
    }));
    expect(nextFreeShortcut(all)).toBeUndefined();
  });

  it('gives built-ins from older files their default shortcuts', () => {
    const old = {
      ...emptyRegistry(),
      types: emptyRegistry().types.map(({ shortcut: _, ...t }) => t),
    };
    expect(withDefaultShortcuts(old).types.map((t) => t.shortcut)).toEqual(['1', '2', '3']);
  });
});

describe('merge and resolve', () => {
  it('merges: the other leaves, redirects, and becomes an alias with its aliases', () => {
    const r = mergeEntities(registry(A, B, C), 'ent_a', 'ent_b');
    expect(r.entities.map((e) => e.id)).toEqual(['ent_a', 'ent_c']);
    expect(byId(r, 'ent_a')!.aliases).toEqual(['Maverick', 'Maverick 17B', 'Llama-4-Maverick-17B']);
    expect(r.redirects).toEqual({ ent_b: 'ent_a' });
  });

  it('keeps the survivor’s links and takes the ones it lacks', () => {
    const x = entity('ent_x', 'X', { links: { wikidata: 'Q1', homepage: 'https://x.org' } });
    const y = entity('ent_y', 'Y', { links: { wikidata: 'Q2', huggingface: 'y/y' } });
    const r = mergeEntities(registry(x, y), 'ent_x', 'ent_y');
    expect(byId(r, 'ent_x')!.links).toEqual({
      wikidata: 'Q1',
      huggingface: 'y/y',
      homepage: 'https://x.org',
    });
  });

  it('refuses to merge an entity with itself or with one not in the list', () => {
    expect(() => mergeEntities(registry(A), 'ent_a', 'ent_a')).toThrow(/itself/);
    expect(() => mergeEntities(registry(A), 'ent_a', 'ent_zz')).toThrow(/not in the entity list/);
  });

  const chain = mergeEntities(mergeEntities(registry(A, B, C), 'ent_b', 'ent_a'), 'ent_c', 'ent_b');
  it.each([
    ['a chain A→B→C', chain, 'ent_a', 'ent_c'],
    ['the middle of the chain', chain, 'ent_b', 'ent_c'],
    ['the survivor itself', chain, 'ent_c', 'ent_c'],
    ['an unknown id', chain, 'ent_other', 'ent_other'],
    ['a deleted entity', deleteEntity(registry(A), 'ent_a'), 'ent_a', null],
    ['one merged into a deleted entity', deleteEntity(chain, 'ent_c'), 'ent_a', null],
    [
      'a cycle (a damaged file) without hanging',
      { ...registry(), redirects: { ent_p: 'ent_q', ent_q: 'ent_p' } },
      'ent_p',
      expect.any(String),
    ],
  ])('resolves %s', (_, r, id, expected) => {
    expect(resolveEntityId(r, id)).toEqual(expected);
    expect(entityResolver(r)(id)).toEqual(expected);
  });

  it('deletes: leaves the list, adds a tombstone once', () => {
    const r = deleteEntity(registry(A, C), 'ent_a');
    expect(r.entities.map((e) => e.id)).toEqual(['ent_c']);
    expect(r.deleted).toEqual(['ent_a']);
    expect(() => deleteEntity(r, 'ent_a')).toThrow(/not in the entity list/);
  });
});

describe('resolveEntityReferences', () => {
  const claim = (id: string, entities: string[]): Claim => ({
    id,
    start: 0,
    end: 4,
    quote: 'Meta',
    prefix: '',
    suffix: '',
    entities,
    status: 'unreviewed',
    note: '',
    createdAt: 't',
    updatedAt: 't',
  });
  const mention = (id: string, entityId: string): Mention => ({
    id,
    start: 0,
    end: 4,
    quote: 'Meta',
    prefix: '',
    suffix: '',
    entity: entityId,
    createdAt: 't',
  });
  const annotations = {
    claims: [claim('clm_1', ['ent_a', 'ent_b', 'ent_c']), claim('clm_2', ['ent_c'])],
    mentions: [mention('men_1', 'ent_a'), mention('men_2', 'ent_c'), mention('men_3', 'ent_b')],
    orphans: [
      {
        kind: 'mention' as const,
        id: 'men_9',
        quote: 'q',
        prefix: '',
        suffix: '',
        lastStart: 0,
        lastEnd: 1,
        entity: 'ent_c',
        createdAt: 't',
      },
    ],
  };

  it('is the same object when nothing was merged or deleted', () => {
    expect(resolveEntityReferences(registry(A, B, C), annotations)).toBe(annotations);
  });

  it('follows merges (each entity once) and drops deleted ones, keeping untouched objects', () => {
    const r = deleteEntity(mergeEntities(registry(A, B, C), 'ent_a', 'ent_b'), 'ent_c');
    const resolved = resolveEntityReferences(r, annotations);
    expect(resolved.claims.map((c) => c.entities)).toEqual([['ent_a'], []]);
    expect(resolved.mentions.map((m) => [m.id, m.entity])).toEqual([
      ['men_1', 'ent_a'],
      ['men_3', 'ent_a'],
    ]);
    expect(resolved.mentions[0]).toBe(annotations.mentions[0]);
    expect(resolved.orphans[0]).not.toHaveProperty('entity');
    expect(resolved.orphans[0]!.id).toBe('men_9');
  });

  it('follows merges in a claim’s structured subject and drops a deleted one', () => {
    const r = deleteEntity(mergeEntities(registry(A, B, C), 'ent_a', 'ent_b'), 'ent_c');
    const structured = (subject: string) => ({ subject, metric: 'MMLU', value: '73.5' });
    const claims = [
      { ...claim('clm_1', []), structured: structured('ent_b') },
      { ...claim('clm_2', []), structured: structured('ent_c') },
      { ...claim('clm_3', []), structured: structured('ent_a') },
    ];
    const resolved = resolveEntityReferences(r, { claims, mentions: [] });
    expect(resolved.claims.map((c) => c.structured)).toEqual([
      structured('ent_a'),
      { metric: 'MMLU', value: '73.5' },
      structured('ent_a'),
    ]);
    expect(resolved.claims[2]).toBe(claims[2]);
  });
});

describe('ids that name built-in properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    '%s resolves to nothing built in',
    (id) => {
      const registry = { redirects: { ent_a: 'ent_b' }, deleted: [] };
      expect(resolveEntityId(registry, id)).toBe(id);
      expect(entityResolver(registry)(id)).toBe(id);
    },
  );

  it.each(['constructor', 'toString', 'ent_', 'ent_a b'])(
    'a registry naming %s is refused where it comes in',
    (id) => {
      const redirected = { ...emptyRegistry(), redirects: { [id]: 'ent_b' } };
      expect(EntityRegistrySchema.safeParse(redirected).success).toBe(false);
      const target = { ...emptyRegistry(), redirects: { ent_a: id } };
      expect(EntityRegistrySchema.safeParse(target).success).toBe(false);
      expect(EntityRegistrySchema.safeParse({ ...emptyRegistry(), deleted: [id] }).success).toBe(
        false,
      );
    },
  );

  it('a __proto__ key in a file never becomes a redirect', () => {
    const file = JSON.parse('{"types":[],"entities":[],"redirects":{"__proto__":"ent_b"}}');
    const parsed = EntityRegistrySchema.safeParse(file);
    if (parsed.success) {
      expect(Object.hasOwn(parsed.data.redirects, '__proto__')).toBe(false);
      expect(Object.getPrototypeOf(parsed.data.redirects)).toBe(Object.prototype);
    }
  });
});
