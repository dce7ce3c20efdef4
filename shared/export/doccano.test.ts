import { describe, expect, it } from 'vitest';
import { sampleArticle, sampleInput, SAMPLE_TEXT } from './__fixtures__/sample';
import { buildDoccanoLines, buildRelationLines, toJsonLines } from './doccano';

const points = [...SAMPLE_TEXT];
const slice = (s: number, e: number) => points.slice(s, e).join('');
const second = { ...sampleArticle(), id: 'art_two', title: 'Two' };
const input = sampleInput([sampleArticle(), second]);

describe('doccano JSONL', () => {
  const jsonl = toJsonLines(buildDoccanoLines(input));
  const lines = jsonl.split('\n');

  it('writes one JSON object per article per line, ending with a newline', () => {
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    for (const line of lines.slice(0, 2)) {
      expect(line).not.toContain('\n');
      const doc = JSON.parse(line);
      expect(Object.keys(doc)).toEqual(['text', 'label', 'article_id', 'title']);
      expect(doc.text).toBe(SAMPLE_TEXT);
      for (const label of doc.label) {
        expect(label).toEqual([
          expect.any(Number),
          expect.any(Number),
          expect.stringMatching(/^[A-Z][A-Z0-9-]*$/),
        ]);
      }
    }
  });

  it('labels claims CLAIM and mentions with the upper-cased type, in reading order', () => {
    const doc = JSON.parse(lines[0]!);
    expect(doc.label.slice(0, 4)).toEqual([
      [0, 7, 'MODEL'],
      [35, 84, 'CLAIM'],
      [35, 66, 'CLAIM'],
      [35, 43, 'MODEL'],
    ]);
    expect(doc.label).toContainEqual([87, 95, 'DATA-SET']);
    expect(slice(87, 95)).toBe('大規模言語モデル');
  });
});

describe('spaCy / doccano relations JSONL', () => {
  const lines = buildRelationLines(input);

  it('gives spans and relations numeric ids unique across the file', () => {
    const spanIds = lines.flatMap((l) => l.entities.map((e) => e.id));
    const relationIds = lines.flatMap((l) => l.relations.map((r) => r.id));
    expect(new Set(spanIds).size).toBe(spanIds.length);
    expect(new Set(relationIds).size).toBe(relationIds.length);
    for (const line of lines) {
      const ids = new Set(line.entities.map((e) => e.id));
      for (const r of line.relations) {
        expect(r.type).toBe('about');
        expect(ids.has(r.from_id) && ids.has(r.to_id)).toBe(true);
      }
    }
  });

  it('has the documented keys', () => {
    const doc = JSON.parse(toJsonLines(lines).split('\n')[0]!);
    expect(Object.keys(doc)).toEqual(['text', 'entities', 'relations', 'article_id', 'title']);
    expect(Object.keys(doc.entities[0])).toEqual(['id', 'label', 'start_offset', 'end_offset']);
    expect(Object.keys(doc.relations[0])).toEqual(['id', 'from_id', 'to_id', 'type']);
  });

  it('relates a claim to the mentions inside it and to a mention of each entity tagged on it', () => {
    const [line] = lines;
    const span = (id: number) => line!.entities.find((e) => e.id === id)!;
    const about = (claimQuote: string) =>
      line!.relations
        .filter(
          (r) => slice(span(r.from_id).start_offset, span(r.from_id).end_offset) === claimQuote,
        )
        .map((r) => slice(span(r.to_id).start_offset, span(r.to_id).end_offset));
    // inside: "Maverick"; tagged Meta is mentioned after the claim, as "Meta’s"
    expect(about('Maverick achieves 73.5% on MMLU')).toEqual(['Maverick', 'Meta’s']);
    expect(about('Maverick achieves 73.5% on MMLU, says Meta’s team')).toEqual([
      'Maverick',
      'Meta’s',
    ]);
    // the tagged person Café has no mention at all: nothing to relate
    expect(about('Café crème 👩‍👩‍👧')).toEqual([]);
  });
});
