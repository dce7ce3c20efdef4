import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimEntityIds, type Claim, type Mention } from '../model/annotations';
import { claimEntityResolver } from './claim-entities';

const span = fc
  .tuple(fc.nat({ max: 60 }), fc.integer({ min: 1, max: 20 }))
  .map(([start, length]) => ({ start, end: start + length }));
const entityId = fc.constantFrom('ent_a', 'ent_b', 'ent_c', 'ent_d');

describe('claimEntityResolver', () => {
  it('gives exactly what claimEntityIds gives, in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ span, entities: fc.uniqueArray(entityId, { maxLength: 2 }) }), {
          maxLength: 8,
        }),
        fc.array(fc.record({ span, entity: entityId }), { maxLength: 20 }),
        (claimSpecs, mentionSpecs) => {
          const mentions = mentionSpecs.map(
            (m, i) => ({ ...m.span, entity: m.entity, id: `men_${i}` }) as Mention,
          );
          const resolve = claimEntityResolver(mentions);
          for (const c of claimSpecs) {
            const claim = { ...c.span, entities: c.entities } as Claim;
            expect(resolve(claim)).toEqual(claimEntityIds(claim, mentions));
          }
        },
      ),
    );
  });
});
