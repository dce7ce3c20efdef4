import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { ENTITIES, sampleArticle, sampleInput, SAMPLE_TEXT } from './__fixtures__/sample';
import {
  buildW3cCollection,
  serializeW3cCollection,
  URN,
  W3C_CONTEXT,
  W3C_PRETTY_LIMIT,
  type W3cAnnotation,
  type W3cTarget,
} from './w3c';

const collection = buildW3cCollection(sampleInput());
const items = collection.first.items;
const byId = (id: string) => items.find((a) => a.id === id)!;

describe('W3C Web Annotation export', () => {
  it('is an AnnotationCollection in the anno.jsonld context with every claim and mention', () => {
    expect(collection['@context']).toBe(W3C_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(items.length);
    const article = sampleArticle();
    expect(items.map((a) => a.id).sort()).toEqual(
      [
        ...article.claims.map((c) => URN.claim + c.id),
        ...article.mentions.map((m) => URN.mention + m.id),
      ].sort(),
    );
  });

  it('targets the article by URL with a quote and a code-point position', () => {
    const index = new CodePointIndex(SAMPLE_TEXT);
    for (const a of items) {
      const target = a.target as W3cTarget;
      expect(target.source).toBe('https://news.example/llama-4');
      const [quote, position] = target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(index.slice(position.start, position.end)).toBe(quote.exact);
      const before = [...quote.prefix].length;
      const after = [...quote.suffix].length;
      expect(index.slice(position.start - before, position.start)).toBe(quote.prefix);
      expect(index.slice(position.end, position.end + after)).toBe(quote.suffix);
    }
  });

  it('names an article without an address by its URN', () => {
    const article = { ...sampleArticle(), source: { kind: 'paste' as const, retrievedAt: 'x' } };
    const first = buildW3cCollection(sampleInput([article])).first.items[0]!;
    expect((first.target as W3cTarget).source).toBe('urn:factmark:article:art_sample');
  });

  it('gives a claim its status, note, dates and entity groups in order', () => {
    const claim: W3cAnnotation = byId('urn:factmark:claim:clm_mmlu');
    expect(claim.motivation).toBe('highlighting');
    expect(claim.created).toBe('2026-11-26T12:00:00.000Z');
    expect(claim.modified).toBe('2026-11-27T08:30:00.000Z');
    expect(claim.body).toEqual([
      { type: 'TextualBody', purpose: 'assessing', value: 'misleading' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Meta' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'urn:factmark:entity:ent_meta' },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'http://www.wikidata.org/entity/Q380',
      },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'https://about.meta.com/',
        label: 'website',
      },
      { type: 'TextualBody', purpose: 'classifying', value: 'company' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Llama 4 Maverick' },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'urn:factmark:entity:ent_maverick',
      },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'http://www.wikidata.org/entity/Q123456',
      },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'https://huggingface.co/meta-llama/Llama-4-Maverick',
      },
      { type: 'TextualBody', purpose: 'classifying', value: 'model' },
    ]);
    expect(byId('urn:factmark:claim:clm_team').body[1]).toEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      value: 'Checked the\nmodel card.\tok',
      format: 'text/plain',
    });
  });

  it('an unreviewed claim is still assessed, so the status survives a round trip', () => {
    expect(byId('urn:factmark:claim:clm_cafe').body[0]).toEqual({
      type: 'TextualBody',
      purpose: 'assessing',
      value: 'unreviewed',
    });
  });

  it('a mention identifies its one entity', () => {
    const mention = byId('urn:factmark:mention:men_llm');
    expect(mention.motivation).toBe('identifying');
    expect(mention.modified).toBeUndefined();
    expect(mention.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: '大規模言語モデル' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'urn:factmark:entity:ent_llm' },
      { type: 'TextualBody', purpose: 'classifying', value: 'data-set' },
    ]);
  });

  it('an entity missing from the registry keeps its URN', () => {
    const input = { ...sampleInput(), entities: ENTITIES.filter((e) => e.id !== 'ent_llm') };
    const mention = buildW3cCollection(input).first.items.find((a) => a.id.endsWith('men_llm'))!;
    expect(mention.body).toEqual([
      { type: 'SpecificResource', purpose: 'identifying', source: 'urn:factmark:entity:ent_llm' },
    ]);
  });

  it('serialises small collections indented, large ones compact, both to the same data', () => {
    const text = serializeW3cCollection(collection);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(collection)));
    expect(text).toContain('\n  "type": "AnnotationCollection",\n');
    const large = { ...collection, total: W3C_PRETTY_LIMIT + 1 };
    expect(serializeW3cCollection(large)).toBe(`${JSON.stringify(large)}\n`);
  });

  it('serialises an empty collection', () => {
    const empty = buildW3cCollection(sampleInput([]));
    expect(JSON.parse(serializeW3cCollection(empty)).first.items).toEqual([]);
  });
});
