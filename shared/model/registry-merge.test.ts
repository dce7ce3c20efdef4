import { describe, expect, it } from 'vitest';
import { emptyRegistry, type Entity, type EntityRegistry } from './entities';
import { mergeConcurrentRegistries } from './registry-merge';
import { addEntityType, deleteEntity, mergeEntities, updateEntity } from './registry-ops';

const entity = (id: string, name: string): Entity => ({
  id,
  type: 'model',
  name,
  aliases: [],
  links: {},
});
const base: EntityRegistry = {
  ...emptyRegistry(),
  entities: [entity('ent_a', 'A'), entity('ent_b', 'B'), entity('ent_c', 'C')],
  revision: 3,
};
const add = (r: EntityRegistry, e: Entity) => ({ ...r, entities: [...r.entities, e] });
const names = (r: EntityRegistry) => r.entities.map((e) => e.name).sort();

describe('mergeConcurrentRegistries', () => {
  it.each<[string, EntityRegistry, EntityRegistry, string[]]>([
    [
      'entities added on both sides are both kept',
      add(base, entity('ent_x', 'X')),
      add(base, entity('ent_y', 'Y')),
      ['A', 'B', 'C', 'X', 'Y'],
    ],
    [
      'our rename wins over their untouched copy',
      updateEntity(base, 'ent_a', { name: 'A2' }),
      updateEntity(base, 'ent_b', { name: 'B2' }),
      ['A2', 'B2', 'C'],
    ],
    [
      'our deletion holds; their other edit too',
      deleteEntity(base, 'ent_a'),
      updateEntity(base, 'ent_b', { name: 'B2' }),
      ['B2', 'C'],
    ],
    [
      'their merge holds though we still list the merged entity',
      updateEntity(base, 'ent_c', { name: 'C2' }),
      mergeEntities(base, 'ent_a', 'ent_b'),
      ['A', 'C2'],
    ],
    [
      'their deletion holds over our edit of the same entity (tombstones win)',
      updateEntity(base, 'ent_a', { name: 'A2' }),
      deleteEntity(base, 'ent_a'),
      ['B', 'C'],
    ],
  ])('%s', (_, ours, theirs, expected) => {
    const merged = mergeConcurrentRegistries({ ...theirs, revision: 4 }, ours, base);
    expect(names(merged)).toEqual(expected);
    expect(merged.revision).toBe(4);
  });

  it('keeps redirects and tombstones of both sides, and undoes what we undid', () => {
    const ours = mergeEntities(base, 'ent_a', 'ent_b');
    const theirs = deleteEntity(base, 'ent_c');
    const merged = mergeConcurrentRegistries(theirs, ours, base);
    expect(merged.redirects).toEqual({ ent_b: 'ent_a' });
    expect(merged.deleted).toEqual(['ent_c']);

    // We deleted and undid since the base had the tombstone: the tombstone goes.
    const baseWithTombstone = deleteEntity(base, 'ent_c');
    const undone = base; // ours: C restored
    const again = mergeConcurrentRegistries(baseWithTombstone, undone, baseWithTombstone);
    expect(again.deleted).toEqual([]);
    expect(names(again)).toEqual(['A', 'B', 'C']);
  });

  it('merges types and settings', () => {
    const ours = {
      ...addEntityType(base, { label: 'Benchmark', color: '#15803d' }).registry,
      settings: { gazetteer: false },
    };
    const theirs = addEntityType(base, { label: 'Dataset', color: '#be123c' }).registry;
    const merged = mergeConcurrentRegistries(theirs, ours, base);
    expect(merged.types.map((t) => t.id)).toEqual([
      'model',
      'company',
      'person',
      'dataset',
      'benchmark',
    ]);
    expect(merged.settings.gazetteer).toBe(false);
  });

  it('without a base, unions both sides with ours winning per entity', () => {
    const theirs = updateEntity(add(base, entity('ent_x', 'X')), 'ent_a', { name: 'theirs' });
    const ours = updateEntity(deleteEntity(base, 'ent_b'), 'ent_a', { name: 'ours' });
    const merged = mergeConcurrentRegistries(theirs, ours, null);
    expect(names(merged)).toEqual(['C', 'X', 'ours']);
  });
});
