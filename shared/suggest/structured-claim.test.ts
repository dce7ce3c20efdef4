import { describe, expect, it } from 'vitest';
import { emptyRegistry, type EntityRegistry } from '../model/entities';
import { readStructuredClaim } from './structured-claim';

const registry: EntityRegistry = {
  ...emptyRegistry(),
  entities: [
    { id: 'ent_mav', type: 'model', name: 'Llama 4 Maverick', aliases: ['Maverick'], links: {} },
    { id: 'ent_4o', type: 'model', name: 'GPT-4o', aliases: [], links: {} },
    { id: 'ent_openai', type: 'company', name: 'OpenAI', aliases: [], links: {} },
  ],
};
const read = (quote: string, mentions: { start: number; end: number; entity: string }[] = []) =>
  readStructuredClaim(quote, { mentions, registry });

describe('readStructuredClaim', () => {
  it.each([
    [
      'Maverick achieves 73.5% on MMLU',
      { subject: 'ent_mav', metric: 'MMLU', value: '73.5', unit: '%' },
    ],
    [
      'Llama 4 Maverick scores 86.3% pass@1 on HumanEval',
      { subject: 'ent_mav', metric: 'HumanEval', value: '86.3', unit: '%', qualifier: 'pass@1' },
    ],
    [
      'GPT-4o reaches 88.7% on MMLU (5-shot)',
      { subject: 'ent_4o', metric: 'MMLU', value: '88.7', unit: '%', qualifier: '5-shot' },
    ],
    [
      'Maverick outperforms GPT-4o on HumanEval (passing rate of 86.3%) and achieves 73.5% on MMLU',
      {
        subject: 'ent_mav',
        metric: 'HumanEval',
        value: '86.3',
        unit: '%',
        qualifier: 'passing rate',
      },
    ],
    ['It scored 1,402 Elo on LMArena', { metric: 'LMArena', value: '1,402', unit: 'Elo' }],
    ['A MATH-500 score of 97.3%', { metric: 'MATH-500', value: '97.3', unit: '%' }],
    [
      'Accuracy on GPQA Diamond rose to 71 percent',
      { metric: 'GPQA Diamond', value: '71', unit: '%', qualifier: 'Accuracy' },
    ],
    [
      'Scout has 17 billion active parameters out of 109 billion',
      { metric: 'active parameters', value: '17', unit: 'billion' },
    ],
    ['a 400B parameter model', { metric: 'parameters', value: '400', unit: 'B' }],
    ['The startup raised $2 billion in March', { value: '2', unit: '$ billion' }],
    [
      'OpenAI says GPT-4o wins on SWE-bench Verified',
      { subject: 'ent_4o', metric: 'SWE-bench Verified' },
    ],
    ['OpenAI is a company', { subject: 'ent_openai' }],
    ['A fine day for a walk.', {}],
  ])('%s', (quote, expected) => {
    expect(read(quote)).toEqual(expected);
  });

  it('looks up no registry names when the mentions given are complete', () => {
    expect(
      readStructuredClaim('OpenAI is a company', {
        mentions: [],
        registry,
        mentionsComplete: true,
      }),
    ).toEqual({});
  });

  it('takes the subject from the mentions given, in code points relative to the quote', () => {
    const quote = '🚀 Maverick and GPT-4o: 73.5% on MMLU';
    expect(read(quote, [{ start: 15, end: 21, entity: 'ent_4o' }])).toMatchObject({
      subject: 'ent_4o',
      value: '73.5',
    });
  });
});
