import { describe, expect, it } from 'vitest';
import { claimReasons, isClaim, isFurniture } from './claim-signals';

describe('claimReasons', () => {
  it.each([
    ['It scores 73.5% on MMLU.', ['benchmark', 'percentage']],
    ['The model has 17 billion active parameters.', ['parameter-count']],
    ['A 400B model.', ['parameter-count']],
    ['The company raised $2 billion.', ['money']],
    ['Maverick outperforms its rival.', ['comparison']],
    ['It is better than the last one.', ['comparison']],
    ['Meta released it on April 5, 2025.', ['date', 'release']],
    ['It launched earlier this month.', ['date', 'release']],
    ['OpenAI on Thursday released it.', ['date', 'release']],
    ['Three of 12 teams agreed.', ['number']],
    ['Meta says the design lowers costs.', ['attribution']],
    ['It is multimodal and runs on one GPU.', ['technical']],
    ['The CEO spoke.', ['role']],
    ['What a lovely day it is.', []],
  ])('%s', (sentence, expected) => {
    expect([...claimReasons(sentence)].sort()).toEqual([...expected].sort());
  });
});

describe('isClaim', () => {
  it.each([
    [['percentage'], false, true],
    [['release'], false, false],
    [['release'], true, true],
    [['date', 'release'], false, true],
    [[], true, false],
  ] as const)('%j with a mention: %s', (reasons, namesEntity, expected) => {
    expect(isClaim(reasons, namesEntity)).toBe(expected);
  });
});

describe('isFurniture: a line of its own that is no statement', () => {
  it.each([
    ['By Dana Whitfield · April 18, 2025', true],
    ['Benchmarks at a glance', true],
    ['Updated 14:05 GMT, June 10, 2025', true],
    ['Mistral Ships a Smaller Model With a Bigger Window', true],
    ['Scout: 17 billion active parameters', false],
    ['Meta released Llama 4 on April 5, 2025.', false],
    ['He said it was “amazing.”', false],
  ])('%s', (line, expected) => {
    expect(isFurniture(line, claimReasons(line))).toBe(expected);
  });
});
