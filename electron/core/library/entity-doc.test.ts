import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { emptyRegistry, type EntityRegistry } from '../../../shared/model/entities';
import { docOf, encodeDoc, mergeUpdates, readRegistry, writeRegistry } from './entity-doc';

const maverick = { id: 'ent_mav', type: 'model', name: 'Maverick', aliases: [], links: {} };
const withMaverick = (change: object = {}): EntityRegistry => ({
  ...emptyRegistry(),
  entities: [{ ...maverick, ...change }],
});

describe('the entity list as a Yjs document', () => {
  it.each([
    ['different fields keep both', { name: 'Llama 4 Maverick' }, { aliases: ['Mav'] }],
    ['a field removed on one side, another changed on the other', { links: { hf: 'x' } }, {}],
  ])('%s', (_label, here, there) => {
    const base = docOf(null);
    writeRegistry(base, withMaverick({ description: 'first' }));
    const a = docOf(encodeDoc(base));
    const b = docOf(encodeDoc(base));
    writeRegistry(a, withMaverick({ description: 'first', ...here }));
    writeRegistry(b, withMaverick(there)); // b also drops the description
    const merged = readRegistry(docOf(mergeUpdates([encodeDoc(a), encodeDoc(b)])))!;
    expect(merged.entities[0]).toEqual({ ...maverick, ...here, ...there });
  });

  it('keeps one value of a field both changed, the same whichever order the updates come in', () => {
    const base = docOf(null);
    writeRegistry(base, withMaverick());
    const a = docOf(encodeDoc(base));
    const b = docOf(encodeDoc(base));
    writeRegistry(a, withMaverick({ name: 'Here' }));
    writeRegistry(b, withMaverick({ name: 'There' }));
    const one = readRegistry(docOf(mergeUpdates([encodeDoc(a), encodeDoc(b)])))!;
    const other = readRegistry(docOf(mergeUpdates([encodeDoc(b), encodeDoc(a)])))!;
    expect(['Here', 'There']).toContain(one.entities[0]!.name);
    expect(other).toEqual(one);
  });

  it('reads an entity an older document holds as one value, and changes it field by field', () => {
    const old = new Y.Doc();
    old.transact(() => {
      old.getMap('types').set(
        'model',
        emptyRegistry().types.find((t) => t.id === 'model'),
      );
      old.getArray('typeOrder').insert(0, ['model']);
      old.getMap('entities').set(maverick.id, maverick);
      old.getArray('entityOrder').insert(0, [maverick.id]);
    });
    const doc = docOf(encodeDoc(old));
    expect(readRegistry(doc)!.entities).toEqual([maverick]);
    writeRegistry(doc, { ...readRegistry(doc)!, entities: [{ ...maverick, name: 'Mav' }] });
    expect(doc.getMap('entities').get(maverick.id)).toBeInstanceOf(Y.Map);
    expect(readRegistry(doc)!.entities).toEqual([{ ...maverick, name: 'Mav' }]);
  });
});
