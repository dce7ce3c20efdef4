import { describe, expect, it } from 'vitest';
import type { Claim, Mention } from './annotations';
import { emptyRegistry } from './entities';
import { entityImpact } from './entity-impact';

const claim = (entities: string[]) => ({ entities }) as Claim;
const mention = (entity: string) => ({ entity }) as Mention;

describe('entityImpact', () => {
  const registry = { ...emptyRegistry(), redirects: { ent_old: 'ent_a' } };
  const documents = [
    {
      articleId: 'art_1',
      title: 'One',
      claims: [claim(['ent_a']), claim(['ent_b']), claim(['ent_old', 'ent_a'])],
      mentions: [mention('ent_a'), mention('ent_old'), mention('ent_b')],
    },
    { articleId: 'art_2', title: 'Two', claims: [claim(['ent_b'])], mentions: [] },
    { articleId: 'art_3', title: 'Three', claims: [], mentions: [mention('ent_a')] },
  ];

  it('counts mentions and claim tags per article, through merges, listing only those hit', () => {
    expect(entityImpact(registry, 'ent_a', documents)).toEqual({
      mentions: 3,
      claimTags: 2,
      articles: [
        { articleId: 'art_1', title: 'One', mentions: 2, claimTags: 2 },
        { articleId: 'art_3', title: 'Three', mentions: 1, claimTags: 0 },
      ],
    });
  });

  it('is empty for an entity used nowhere', () => {
    expect(entityImpact(registry, 'ent_z', documents)).toEqual({
      mentions: 0,
      claimTags: 0,
      articles: [],
    });
  });
});
