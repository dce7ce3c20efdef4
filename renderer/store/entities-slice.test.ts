import { describe, expect, it } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import type { EntityRegistry } from '../../shared/model/entities';
import { resolveEntityId } from '../../shared/model/registry-ops';
import type { FactmarkStore } from './create-store';
import { spanOf, storeWithArticle } from './test-helpers';
import type { FactmarkState } from './types';

/** A store with two entities, Meta and Maverick, and their creation out of the history. */
async function withEntities() {
  const t = await storeWithArticle();
  const meta = t.store.getState().createEntity('Meta', 'company')!;
  const maverick = t.store.getState().createEntity('Maverick', 'model')!;
  t.store.setState({ undoStack: [] });
  return { ...t, meta, maverick };
}

const entityNamed = (store: FactmarkStore, name: string) =>
  store.getState().registry.entities.find((e) => e.name === name);

describe('registry edits, each undone and redone', () => {
  it.each<
    [
      string,
      (s: FactmarkState, ids: { meta: string; maverick: string }) => boolean,
      (r: EntityRegistry, ids: { meta: string; maverick: string }) => unknown,
      unknown,
    ]
  >([
    [
      'rename',
      (s, { maverick }) => s.updateEntity(maverick, { name: 'Llama 4 Maverick' }),
      (r, { maverick }) => r.entities.find((e) => e.id === maverick)!.name,
      'Llama 4 Maverick',
    ],
    [
      'change of type',
      (s, { meta }) => s.updateEntity(meta, { type: 'person' }),
      (r, { meta }) => r.entities.find((e) => e.id === meta)!.type,
      'person',
    ],
    [
      'alias added',
      (s, { maverick }) => s.addAlias(maverick, 'L4M'),
      (r, { maverick }) => r.entities.find((e) => e.id === maverick)!.aliases,
      ['L4M'],
    ],
    [
      'Wikidata link',
      (s, { meta }) => s.setEntityLink(meta, 'wikidata', 'Q380'),
      (r, { meta }) => r.entities.find((e) => e.id === meta)!.links,
      { wikidata: 'Q380' },
    ],
    [
      'new type',
      (s) => s.addEntityType('Benchmark', { color: '#15803d' }) !== null,
      (r) => r.types.map((t) => `${t.label}:${t.shortcut}`),
      ['Model:1', 'Company:2', 'Person:3', 'Benchmark:4'],
    ],
    [
      'type colour',
      (s) => s.updateEntityType('model', { color: '#000000' }),
      (r) => r.types[0]!.color,
      '#000000',
    ],
    [
      'merge',
      (s, { meta, maverick }) => s.mergeEntities(meta, maverick),
      (r, { maverick }) => resolveEntityId(r, maverick),
      'MERGED',
    ],
    [
      'delete',
      (s, { meta }) => s.deleteEntity(meta),
      (r, { meta }) => resolveEntityId(r, meta),
      null,
    ],
    ['gazetteer off', (s) => (s.setGazetteer(false), true), (r) => r.settings.gazetteer, false],
  ])('%s', async (_, act, read, expected) => {
    const { store, meta, maverick } = await withEntities();
    const ids = { meta: meta.id, maverick: maverick.id };
    const before = read(store.getState().registry, ids);
    expect(act(store.getState(), ids)).toBe(true);
    const after = read(store.getState().registry, ids);
    expect(after).toEqual(expected === 'MERGED' ? meta.id : expected);
    expect(store.getState().undoStack).toHaveLength(1);
    store.getState().undo();
    expect(read(store.getState().registry, ids)).toEqual(before);
    store.getState().redo();
    expect(read(store.getState().registry, ids)).toEqual(after);
  });

  it('refuses a bad edit with a message and records nothing', async () => {
    const { store, meta } = await withEntities();
    expect(store.getState().setEntityLink(meta.id, 'wikidata', 'meta')).toBe(false);
    expect(store.getState().notices.at(-1)?.message).toMatch(/Wikidata id/);
    expect(store.getState().undoStack).toHaveLength(0);
  });

  it('undoes a name typed key by key in one step', async () => {
    const { store, meta } = await withEntities();
    for (const name of ['Meta P', 'Meta Pl', 'Meta Platforms']) {
      store.getState().updateEntity(meta.id, { name }, `name:${meta.id}`);
    }
    expect(store.getState().undoStack).toHaveLength(1);
    store.getState().undo();
    expect(entityNamed(store, 'Meta')).toBeDefined();
  });

  it('undoes a merge: both entities back, the claim’s tag on the other again', async () => {
    const { store, meta, maverick } = await withEntities();
    const claim = store.getState().markClaim(spanOf(store, 'achieves 73.5% on MMLU'))!;
    store.getState().tagEntity({ kind: 'claim', claimId: claim.id }, maverick.id);
    store.getState().mergeEntities(meta.id, maverick.id);
    const { registry } = store.getState();
    expect(registry.entities.map((e) => e.name)).toEqual(['Meta']);
    expect(registry.entities[0]!.aliases).toEqual(['Maverick']);
    store.getState().undo();
    expect(store.getState().registry.entities.map((e) => e.name)).toEqual(['Meta', 'Maverick']);
    expect(resolveEntityId(store.getState().registry, maverick.id)).toBe(maverick.id);
    expect(store.getState().article!.claims[0]!.entities).toEqual([maverick.id]);
  });

  it('makes creating an entity and tagging with it one step, undone at once', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    const state = store.getState();
    const created = state.createEntity('Meta', 'company')!;
    state.tagEntity({ kind: 'claim', claimId: claim.id }, created.id);
    expect(store.getState().undoStack).toHaveLength(2); // the claim, then entity + tag
    store.getState().undo();
    expect(store.getState().registry.entities).toEqual([]);
    expect(store.getState().article!.claims[0]!.entities).toEqual([]);
    store.getState().redo();
    expect(store.getState().registry.entities.map((e) => e.name)).toEqual(['Meta']);
    expect(store.getState().article!.claims[0]!.entities).toEqual([created.id]);
  });

  it('keeps registry steps when another article opens', async () => {
    const { store, meta } = await withEntities();
    store.getState().markClaim(spanOf(store, 'Meta said'));
    store.getState().updateEntity(meta.id, { name: 'Meta Platforms' });
    await store.getState().openText('Another text', 'Other');
    expect(store.getState().undoStack).toHaveLength(1);
    store.getState().undo();
    expect(entityNamed(store, 'Meta')).toBeDefined();
  });

  it('undoes only its own change when another tab’s entities arrived in between', async () => {
    const { store, meta } = await withEntities();
    store.getState().updateEntity(meta.id, { name: 'Meta Platforms' });
    const { registry } = store.getState();
    const scout = { id: 'ent_scout', type: 'model', name: 'Scout', aliases: [], links: {} };
    store.getState().replaceRegistry({ ...registry, entities: [...registry.entities, scout] });
    store.getState().undo();
    expect(store.getState().registry.entities.map((e) => e.name)).toEqual([
      'Meta',
      'Maverick',
      'Scout',
    ]);
  });

  it('autosaves each edit', async () => {
    const { store, api, maverick } = await withEntities();
    store.getState().addAlias(maverick.id, 'Llama-4-Maverick-17B-128E-Instruct');
    await store.getState().flushSaves();
    expect(api.host.registry.entities.find((e) => e.id === maverick.id)!.aliases).toEqual([
      'Llama-4-Maverick-17B-128E-Instruct',
    ]);
  });
});

describe('saving against another tab', () => {
  /** Makes the fake host count revisions and refuse stale saves, as the library does. */
  function withRevisions(api: Awaited<ReturnType<typeof storeWithArticle>>['api']) {
    const host = api.host;
    host.registry = { ...host.registry, revision: host.registry.revision ?? 0 };
    api.getEntities.mockImplementation(async () => host.registry);
    api.saveEntities.mockImplementation(async ({ registry, baseRevision }) => {
      const current = host.registry.revision ?? 0;
      if (baseRevision !== undefined && baseRevision !== current) {
        throw new ContractError('conflict', 'changed in another tab');
      }
      host.registry = { ...(registry as EntityRegistry), revision: current + 1 };
      return { savedAt: 'now', revision: current + 1 };
    });
  }

  it('merges a stale save with what the other tab saved, keeping both', async () => {
    const { store, api, meta, maverick } = await withEntities();
    withRevisions(api);
    await store.getState().flushSaves();
    const synced = api.host.registry.revision!;
    // Another tab adds Scout and renames Meta.
    api.host.registry = {
      ...api.host.registry,
      entities: [
        ...api.host.registry.entities.map((e) =>
          e.id === meta.id ? { ...e, name: 'Meta Platforms' } : e,
        ),
        { id: 'ent_scout', type: 'model', name: 'Scout', aliases: [], links: {} },
      ],
      revision: synced + 1,
    };
    // This tab adds an alias to Maverick and a new entity, from the older revision.
    store.getState().addAlias(maverick.id, 'L4M');
    store.getState().createEntity('NVIDIA', 'company');
    expect(await store.getState().flushSaves()).toBe(true);

    const names = api.host.registry.entities.map((e) => e.name).sort();
    expect(names).toEqual(['Maverick', 'Meta Platforms', 'NVIDIA', 'Scout']);
    expect(api.host.registry.entities.find((e) => e.id === maverick.id)!.aliases).toEqual(['L4M']);
    expect(
      store
        .getState()
        .registry.entities.map((e) => e.name)
        .sort(),
    ).toEqual(names);
    expect(store.getState().notices.at(-1)?.message).toMatch(/both sets of changes are kept/);
  });
});
