import { describe, expect, it } from 'vitest';
import { sampleArticle, sampleInput } from './__fixtures__/sample';
import { buildClaimReviews } from './claimreview';

describe('schema.org ClaimReview', () => {
  const reviews = buildClaimReviews(sampleInput());

  it('reviews only claims with a verdict', () => {
    const reviewed = sampleArticle().claims.filter((c) => c.status !== 'unreviewed');
    expect(reviews.map((r) => r.identifier).sort()).toEqual(reviewed.map((c) => c.id).sort());
  });

  it('describes the claim, where it appeared and the verdict', () => {
    const team = reviews.find((r) => r.identifier === 'clm_team')!;
    expect(team).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'Maverick achieves 73.5% on MMLU, says Meta’s team',
      itemReviewed: {
        '@type': 'Claim',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://news.example/llama-4',
          headline: '🦙 Llama 4 lands: Meta’s 大規模 model',
          author: { '@type': 'Person', name: 'Ada Reporter' },
          datePublished: '2026-11-25',
        },
      },
      datePublished: '2026-11-27T08:30:00.000Z',
      reviewBody: 'Checked the\nmodel card.\tok',
      about: [
        {
          '@type': 'Thing',
          name: 'Llama 4 Maverick',
          sameAs: 'http://www.wikidata.org/entity/Q123456',
        },
        { '@type': 'Thing', name: 'Meta', sameAs: 'http://www.wikidata.org/entity/Q380' },
      ],
    });
  });

  it('cites the evidence links, and adds the structured subject to what the claim is about', () => {
    const team = reviews.find((r) => r.identifier === 'clm_team')!;
    expect(team.citation).toEqual([
      {
        '@type': 'CreativeWork',
        url: 'https://ai.meta.com/blog/llama-4/',
        name: 'Meta, model card',
      },
      { '@type': 'CreativeWork', url: 'http://example.org/mmlu?run=1,2' },
    ]);
    const mmlu = reviews.find((r) => r.identifier === 'clm_mmlu')!;
    expect(mmlu.citation).toBeUndefined();
    expect(mmlu.about?.map((t) => t.name)).toEqual(['Meta', 'Llama 4 Maverick']);
  });

  it.each([
    [
      'clm_team',
      {
        '@type': 'Rating',
        alternateName: 'Supported',
        ratingValue: 5,
        bestRating: 5,
        worstRating: 1,
      },
    ],
    [
      'clm_mmlu',
      {
        '@type': 'Rating',
        alternateName: 'Misleading',
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
      },
    ],
    [
      'clm_overlap',
      {
        '@type': 'Rating',
        alternateName: 'Refuted',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
      },
    ],
    ['clm_code', { '@type': 'Rating', alternateName: 'Unverifiable' }],
  ])('%s gets its rating in words', (id, rating) => {
    expect(reviews.find((r) => r.identifier === id)!.reviewRating).toEqual(rating);
  });
});
