import { describe, expect, it } from 'vitest';
import type { Claim, Mention } from '../../shared/model/annotations';
import type { Entity, EntityType } from '../../shared/model/entities';
import { groupUses, keepUnchangedUses } from './entity-uses';

const types: EntityType[] = [
  { id: 'model', label: 'Model' },
  { id: 'company', label: 'Company' },
] as EntityType[];
const entities: Record<string, Entity> = {
  meta: { id: 'meta', type: 'company', name: 'Meta', aliases: [], links: {} },
  llama: { id: 'llama', type: 'model', name: 'Llama', aliases: [], links: {} },
  gpt: { id: 'gpt', type: 'model', name: 'GPT-4o', aliases: [], links: {} },
};
const lookup = { entity: (id: string) => entities[id] };

const claim = (id: string, tags: string[], status: Claim['status'] = 'unreviewed'): Claim => ({
  id,
  start: 0,
  end: 10,
  quote: 'q',
  prefix: '',
  suffix: '',
  entities: tags,
  status,
  note: '',
  createdAt: '',
  updatedAt: '',
});
const mention = (id: string, start: number, entity: string): Mention => ({
  id,
  start,
  end: start + 4,
  quote: 'Meta',
  prefix: '',
  suffix: '',
  entity,
  createdAt: '',
});

describe('groupUses', () => {
  it('groups by type in the registry order, names sorted, mentions in reading order', () => {
    const groups = groupUses(
      {
        claims: [claim('c1', ['llama', 'meta']), claim('c2', ['llama'])],
        mentions: [mention('m2', 50, 'meta'), mention('m1', 5, 'meta'), mention('m3', 9, 'gpt')],
      },
      lookup,
      types,
    );
    expect(
      groups.map((g) => [
        g.type.id,
        g.uses.map((u) => [u.entity.name, u.claims, u.mentions.map((m) => m.id)]),
      ]),
    ).toEqual([
      [
        'model',
        [
          ['GPT-4o', 0, ['m3']],
          ['Llama', 2, []],
        ],
      ],
      ['company', [['Meta', 1, ['m1', 'm2']]]],
    ]);
  });

  it('lists an entity the registry no longer knows under its own heading', () => {
    const groups = groupUses({ claims: [claim('c1', ['gone'])], mentions: [] }, lookup, types);
    expect(groups).toEqual([
      {
        type: { id: 'unknown', label: 'unknown', color: undefined },
        uses: [
          { entity: expect.objectContaining({ name: 'Unknown entity' }), claims: 1, mentions: [] },
        ],
      },
    ]);
  });
});

describe('keepUnchangedUses', () => {
  const mentions = [mention('m1', 5, 'meta')];
  const before = groupUses({ claims: [claim('c1', ['llama'])], mentions }, lookup, types);
  const entryOf = (groups: ReturnType<typeof groupUses>, id: string) =>
    groups.flatMap((g) => g.uses).find((u) => u.entity.id === id);

  it.each([
    ['a status change keeps every entry', [claim('c1', ['llama'], 'supported')], mentions, []],
    ['a new tag renews only its entity', [claim('c1', ['llama', 'meta'])], mentions, ['meta']],
    [
      'a new mention renews only its entity',
      [claim('c1', ['llama'])],
      [...mentions, mention('m9', 80, 'llama')],
      ['llama'],
    ],
  ])('%s', (_, claims, nextMentions, renewed) => {
    const next = keepUnchangedUses(
      before,
      groupUses({ claims, mentions: nextMentions }, lookup, types),
    );
    for (const id of ['llama', 'meta']) {
      const kept = entryOf(next, id) === entryOf(before, id);
      expect(kept, id).toBe(!renewed.includes(id));
    }
  });

  it('takes the new grouping whole when there was none', () => {
    const next = groupUses({ claims: [claim('c1', ['llama'])], mentions }, lookup, types);
    expect(keepUnchangedUses([], next)).toBe(next);
  });
});
