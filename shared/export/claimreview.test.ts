import { describe, expect, it } from 'vitest';
import { sampleArticle, sampleInput } from './__fixtures__/sample';
import { linkedInput, linkedSampleArticle, reportArticle } from './__fixtures__/linked';
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

describe('ClaimReview citations from links', () => {
  const reviews = buildClaimReviews(linkedInput());
  const mmlu = reviews.find((r) => r.identifier === 'clm_mmlu')!;

  it('cites supporting and refuting passages and web pages, saying which', () => {
    expect(mmlu.citation).toEqual([
      {
        '@type': 'CreativeWork',
        url: 'https://news.example/llama-4',
        name: '🦙 Llama 4 lands: Meta’s 大規模 model',
        text: 'score = 73.5',
        description: 'Supports',
      },
      {
        '@type': 'CreativeWork',
        url: 'https://bench.example/report',
        name: 'Benchmark report',
        text: 'In our runs Maverick scored 69.8% on MMLU.',
        description: 'Refutes',
      },
      { '@type': 'CreativeWork', url: 'https://bench.example/mmlu', description: 'Supports' },
    ]);
  });

  it('leaves out a passage in an article outside the export, and claim and role links', () => {
    const alone = buildClaimReviews(linkedInput([linkedSampleArticle()]));
    expect(alone.find((r) => r.identifier === 'clm_mmlu')!.citation).toEqual([
      mmlu.citation![0],
      mmlu.citation![2],
    ]);
    // clm_team's only link is `context` to an article the export does not hold.
    expect(reviews.find((r) => r.identifier === 'clm_team')!.citation).toHaveLength(2);
  });

  it('names the article without an address when its source has none', () => {
    const report = { ...reportArticle(), source: { kind: 'paste' as const, retrievedAt: 'x' } };
    const cited = buildClaimReviews(linkedInput([linkedSampleArticle(), report]));
    expect(cited.find((r) => r.identifier === 'clm_mmlu')!.citation![1]).toEqual({
      '@type': 'CreativeWork',
      name: 'Benchmark report',
      text: 'In our runs Maverick scored 69.8% on MMLU.',
      description: 'Refutes',
    });
  });

  it('writes an evidence link also linked as supporting once', () => {
    const article = linkedSampleArticle();
    const claims = article.claims.map((c) =>
      c.id === 'clm_mmlu'
        ? { ...c, evidence: [{ url: 'https://bench.example/mmlu', label: 'Run' }] }
        : c,
    );
    const cited = buildClaimReviews(linkedInput([{ ...article, claims }]));
    const urls = cited.find((r) => r.identifier === 'clm_mmlu')!.citation!.map((c) => c.url);
    expect(urls.filter((u) => u === 'https://bench.example/mmlu')).toHaveLength(1);
  });
});
