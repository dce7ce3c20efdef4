import { describe, expect, it } from 'vitest';
import { ALL_LAYERS, layerChoiceFor } from './layer-selection';

describe('layerChoiceFor', () => {
  const cases = [
    ['brat, two annotators, everyone’s → mine', 'brat', ALL_LAYERS, ['Ana', 'Ben'], 'Ben', 'Ben'],
    ['doccano, I have no layer → the first', 'doccano', ALL_LAYERS, ['Ana', 'Ben'], 'Cy', 'Ana'],
    ['spacy, no name yet → the first', 'spacy', ALL_LAYERS, ['Ana', 'Ben'], null, 'Ana'],
    ['brat, one annotator → everyone’s kept', 'brat', ALL_LAYERS, ['Ana'], 'Ana', ALL_LAYERS],
    ['brat, a layer chosen → kept', 'brat', 'adjudicated', ['Ana', 'Ben'], 'Ana', 'adjudicated'],
    ['factmark, two annotators → everyone’s', 'factmark', ALL_LAYERS, ['Ana', 'Ben'], 'Ana', 'all'],
    ['csv, two annotators → everyone’s', 'csv', ALL_LAYERS, ['Ana', 'Ben'], 'Ana', ALL_LAYERS],
  ] as const;
  it.each(cases)('%s', (_, format, selection, annotators, me, expected) => {
    expect(layerChoiceFor(format, selection, annotators, me)).toBe(expected);
  });
});
