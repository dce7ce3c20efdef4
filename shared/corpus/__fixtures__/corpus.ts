// Three small articles' claims for the corpus tests.
import type { Claim, ClaimStatus, Mention, StructuredClaim } from '../../model/annotations';
import type { CorpusDocument } from '../corpus-document';

const AT = '2026-11-26T12:00:00.000Z';

export function claim(
  id: string,
  quote: string,
  fields: {
    status?: ClaimStatus;
    entities?: string[];
    structured?: StructuredClaim;
    start?: number;
  } = {},
): Claim {
  const start = fields.start ?? 0;
  return {
    id,
    start,
    end: start + [...quote].length,
    quote,
    prefix: '',
    suffix: '',
    entities: fields.entities ?? [],
    status: fields.status ?? 'unreviewed',
    note: '',
    ...(fields.structured ? { structured: fields.structured } : {}),
    createdAt: AT,
    updatedAt: AT,
  };
}

export function mention(id: string, start: number, end: number, entity: string): Mention {
  return {
    id,
    start,
    end,
    quote: 'x'.repeat(end - start),
    prefix: '',
    suffix: '',
    entity,
    createdAt: AT,
  };
}

export function doc(
  articleId: string,
  title: string,
  claims: Claim[],
  mentions: Mention[] = [],
): CorpusDocument {
  return { articleId, title, updatedAt: AT, claims, mentions };
}

export const TYPES: Record<string, string> = {
  ent_maverick: 'model',
  ent_scout: 'model',
  ent_meta: 'company',
  ent_lecun: 'person',
};

export const CORPUS: CorpusDocument[] = [
  doc(
    'art_a',
    'Meta launches Llama 4',
    [
      claim('clm_a1', 'Maverick achieves 73.5% on MMLU', {
        status: 'supported',
        structured: { subject: 'ent_maverick', metric: 'MMLU', value: '73.5', unit: '%' },
      }),
      claim('clm_a2', 'Scout fits on one GPU', { start: 40, entities: ['ent_scout'] }),
    ],
    [mention('men_a1', 0, 8, 'ent_maverick')],
  ),
  doc('art_b', 'Llama 4 review', [
    claim('clm_b1', 'Maverick scores 71.2 percent on MMLU', {
      status: 'refuted',
      structured: { subject: 'ent_maverick', metric: 'mmlu ', value: '71.2', unit: 'percent' },
    }),
    claim('clm_b2', 'Yann LeCun says it is open', {
      start: 50,
      entities: ['ent_lecun', 'ent_meta'],
    }),
  ]),
  doc('art_c', 'Benchmarks roundup', [
    claim('clm_c1', 'Maverick: 73.50 % on MMLU', {
      structured: { subject: 'ent_maverick', metric: 'MMLU', value: '73.50', unit: '%' },
    }),
    claim('clm_c2', 'Café owners love Scout', { start: 30, status: 'misleading' }),
  ]),
];
