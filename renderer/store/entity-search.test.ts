import { describe, expect, it } from 'vitest';
import type { Entity } from '../../shared/model/entities';
import { findEntityByName, searchEntities } from './entity-search';

const entity = (name: string, type = 'model', aliases: string[] = []): Entity => ({
  id: `ent_${name.replace(/\W/g, '')}`,
  type,
  name,
  aliases,
  links: {},
});

const entities = [
  entity('Llama 4 Maverick', 'model', ['Maverick']),
  entity('Llama 4 Scout', 'model', ['Scout']),
  entity('Meta', 'company', ['Meta Platforms', 'Facebook']),
  entity('Mistral AI', 'company'),
  entity('Yann LeCun', 'person'),
  entity('Zoë Ärger', 'person'),
];

describe('searchEntities', () => {
  it.each([
    ['an exact name first', 'meta', ['Meta']],
    ['a prefix', 'llama', ['Llama 4 Maverick', 'Llama 4 Scout']],
    ['an alias', 'facebook', ['Meta']],
    ['a word inside a name', 'lecun', ['Yann LeCun']],
    ['ignoring accents', 'zoe', ['Zoë Ärger']],
    ['exact alias before a name that merely starts with it', 'maverick', ['Llama 4 Maverick']],
    ['nothing', 'gpt', []],
  ])('finds %s', (_label, query, names) => {
    expect(searchEntities(entities, query).map((e) => e.name)).toEqual(names);
  });

  it('ranks an exact match above a prefix match', () => {
    const list = [entity('Meta AI', 'company'), entity('Meta', 'company')];
    expect(searchEntities(list, 'Meta').map((e) => e.name)).toEqual(['Meta', 'Meta AI']);
  });

  it('lists everything by name for an empty query, up to the limit', () => {
    expect(searchEntities(entities, '  ', 2).map((e) => e.name)).toEqual([
      'Llama 4 Maverick',
      'Llama 4 Scout',
    ]);
  });
});

describe('findEntityByName', () => {
  it('matches a name or alias exactly, optionally of one type', () => {
    expect(findEntityByName(entities, 'META PLATFORMS')?.name).toBe('Meta');
    expect(findEntityByName(entities, 'Meta', 'model')).toBeUndefined();
    expect(findEntityByName(entities, 'Met')).toBeUndefined();
  });
});
