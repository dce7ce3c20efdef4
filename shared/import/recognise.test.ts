import { describe, expect, it } from 'vitest';
import { sampleInput } from '../export/__fixtures__/sample';
import { buildExport } from '../export/index';
import { recogniseFormat } from './recognise';

describe('recogniseFormat', () => {
  // Every export, as its files' contents alone: what a file saved without its extension holds.
  it.each([
    ['factmark', 'factmark'],
    ['w3c', 'w3c'],
    ['doccano', 'doccano'],
    ['spacy', 'spacy'],
    ['label-studio', 'label-studio'],
  ] as const)('knows a %s export by its content', (format, expected) => {
    const [file] = buildExport(format, sampleInput()).files;
    expect(recogniseFormat(file!.content)).toBe(expected);
  });

  it('knows brat files by their content: the .ann and the annotation.conf', () => {
    const files = buildExport('brat', sampleInput()).files;
    const ann = files.find((f) => f.path.endsWith('.ann'))!;
    const conf = files.find((f) => f.path.endsWith('annotation.conf'))!;
    expect(recogniseFormat(ann.content)).toBe('brat');
    expect(recogniseFormat(conf.content)).toBe('brat-conf');
  });

  it.each([
    ['an article text', 'Meta released Llama 4.\n\nMaverick scores 73.5% on MMLU.'],
    ['an HTML page', '<!doctype html><title>x</title>'],
    ['JSON of another kind', '{"name":"package","version":"1.0.0"}'],
    ['broken JSON', '{"format": "factmark.annotations",'],
    ['nothing', ''],
  ])('recognises nothing in %s', (_label, content) => {
    expect(recogniseFormat(content)).toBeNull();
  });

  it('reads past a byte order mark', () => {
    expect(recogniseFormat('\uFEFF{"format":"factmark.annotations"}')).toBe('factmark');
  });
});
