import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { findModelNames } from './model-patterns';

const names = (text: string) => findModelNames(text, new CodePointIndex(text)).map((m) => m.quote);

describe('findModelNames', () => {
  it.each([
    ['OpenAI shipped GPT-4o today.', ['GPT-4o']],
    ['GPT-4.5 is larger than GPT-4.', ['GPT-4.5', 'GPT-4']],
    ['Meta released Llama 4 in April.', ['Llama 4']],
    ['Try Claude 3.5 Sonnet or Gemini 2.0 Flash.', ['Claude 3.5 Sonnet', 'Gemini 2.0 Flash']],
    ['Qwen2.5-72B and DeepSeek-V3 lead.', ['Qwen2.5-72B', 'DeepSeek-V3']],
    ['Mistral Large 2 and o3-mini.', ['Mistral Large 2', 'o3-mini']],
    [
      'Llama 4 Maverick beats Llama-4-Scout-17B-16E-Instruct.',
      ['Llama 4 Maverick', 'Llama-4-Scout-17B-16E-Instruct'],
    ],
    ['Mixtral 8x7B, Phi-3-mini and DeepSeek-R1.', ['Mixtral 8x7B', 'Phi-3-mini', 'DeepSeek-R1']],
    // A family alone, a number that is not a version, and ordinary words are not models.
    ['Claude is a name; Gemini is a sign. Command 5 troops.', []],
    ['The photo3 and also3 were not. Falcon is a bird.', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('counts offsets in code points after an emoji', () => {
    const text = '🚀 GPT-4o';
    const [m] = findModelNames(text, new CodePointIndex(text));
    expect(m).toMatchObject({
      start: 2,
      end: 8,
      quote: 'GPT-4o',
      type: 'model',
      source: 'model-pattern',
    });
    expect([...text].slice(m!.start, m!.end).join('')).toBe('GPT-4o');
  });
});
