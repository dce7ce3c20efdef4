import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFactmarkExport } from '../export/factmark-json';
import { ArticleSchema } from '../model/article';
import { ENTITIES, LATER, sampleArticle, sampleInput } from '../export/__fixtures__/sample';
import { libraryArbitrary, linkedLibraryArbitrary } from './__fixtures__/arbitraries';
import { ImportError } from './errors';
import { parseFactmarkExport } from './factmark';

const exported = () => JSON.parse(JSON.stringify(buildFactmarkExport(sampleInput())));

describe('parseFactmarkExport', () => {
  it('restores the articles exactly, blocks and dates included', () => {
    const original = sampleArticle();
    const { articles, entities, documents, warnings } = parseFactmarkExport(
      JSON.stringify(exported()),
    );
    const [article] = articles!;
    expect({ ...article, claims: [], mentions: [] }).toEqual({
      ...original,
      claims: [],
      mentions: [],
    });
    expect(article!.mentions).toEqual(
      [...original.mentions].sort((a, b) => a.start - b.start || b.end - a.end),
    );
    expect(entities.map((e) => e.id)).toEqual(['ent_maverick', 'ent_meta', 'ent_llm', 'ent_cafe']);
    expect(documents[0]!.text).toBe(original.text);
    expect(warnings).toEqual([]);
  });

  it('round trip: export → parse → export is identical, articles valid (random articles)', () => {
    fc.assert(
      fc.property(libraryArbitrary, ({ entities, article }) => {
        const first = JSON.stringify(
          buildFactmarkExport({ articles: [article], entities, exportedAt: LATER, generator: 'g' }),
        );
        const parsed = parseFactmarkExport(first);
        // Checked once, as an export: what comes out is a valid article all the same.
        for (const article of parsed.articles!)
          expect(ArticleSchema.parse(article)).toEqual(article);
        const second = JSON.stringify(
          buildFactmarkExport({
            articles: parsed.articles!,
            entities: parsed.entities,
            exportedAt: LATER,
            generator: 'g',
          }),
        );
        expect(second).toBe(first);
      }),
      { numRuns: 150 },
    );
  });

  it('round trip with evidence passages and relations across two documents (random)', () => {
    fc.assert(
      fc.property(linkedLibraryArbitrary, ({ entities, articles }) => {
        const first = JSON.stringify(
          buildFactmarkExport({ articles, entities, exportedAt: LATER, generator: 'g' }),
        );
        const parsed = parseFactmarkExport(first);
        for (const article of parsed.articles!)
          expect(ArticleSchema.parse(article)).toEqual(article);
        const relationCount = articles.flatMap((a) => a.relations ?? []).length;
        expect(parsed.articles!.flatMap((a) => a.relations ?? [])).toHaveLength(relationCount);
        const second = JSON.stringify(
          buildFactmarkExport({
            articles: parsed.articles!,
            entities: parsed.entities,
            exportedAt: LATER,
            generator: 'g',
          }),
        );
        expect(second).toBe(first);
      }),
      { numRuns: 100 },
    );
  });

  it.each<[string, (doc: ReturnType<typeof linkedExport>) => void, string]>([
    [
      'a relation from a claim the file does not hold',
      (doc) => (doc.relations[0]!.from.annotation = 'clm_nowhere'),
      'relations[0].from',
    ],
    [
      'a relation to a passage its document does not hold',
      (doc) => (doc.relations[0]!.to = { document: doc.documents[0]!.id, annotation: 'evi_gone' }),
      'relations[0].to',
    ],
    [
      'a support link to a claim',
      (doc) => (doc.relations[0]!.to = { ...doc.relations[0]!.from }),
      'relations[0].to',
    ],
  ])('refuses %s, naming the path', (_name, spoil, path) => {
    const doc = linkedExport();
    spoil(doc);
    expect(() => parseFactmarkExport(doc)).toThrow(path);
  });

  it('keeps a relation to a document the file does not hold (another article of the library)', () => {
    const doc = linkedExport();
    doc.relations[0]!.to = { document: 'art_elsewhere', annotation: 'evi_far' };
    const [article] = parseFactmarkExport(doc).articles!;
    expect(article!.relations![0]!.to).toEqual({
      document: 'art_elsewhere',
      annotation: 'evi_far',
    });
  });

  it('rebuilds blocks from the text when a file has none', () => {
    const doc = exported();
    delete doc.documents[0].blocks;
    const [article] = parseFactmarkExport(doc).articles!;
    expect(article!.blocks[0]).toEqual({ type: 'title', runs: [{ text: sampleArticle().title }] });
    expect(article!.blocks.map((b) => b.runs[0]!.text).join('\n\n')).toBe(article!.text);
  });

  it('gives ids of other tools ours', () => {
    const doc = exported();
    doc.documents[0].id = 'doc_1';
    doc.documents[0].claims[0].id = '42';
    const [article] = parseFactmarkExport(doc).articles!;
    expect(article!.id).toMatch(/^art_/);
    expect(article!.claims[0]!.id).toMatch(/^clm_/);
  });

  type Spoil = (doc: ReturnType<typeof exported>) => void;
  it.each<[string, Spoil, string]>([
    [
      'an end before its start',
      (d) => (d.documents[0].claims[3].end = d.documents[0].claims[3].start),
      'documents[0].claims[3].end: must be greater than start',
    ],
    [
      'a quote that is not the text',
      (d) => (d.documents[0].mentions[1].quote = 'Llama'),
      'documents[0].mentions[1].quote: quote does not equal text[35:43]',
    ],
    [
      'a wrong status',
      (d) => (d.documents[0].claims[0].status = 'true'),
      'documents[0].claims[0].status: Invalid option',
    ],
    [
      'a missing entity',
      (d) => (d.entities = d.entities.filter((e: { id: string }) => e.id !== 'ent_llm')),
      'documents[0].claims[2].entities[1]: no entity "ent_llm" in entities',
    ],
    [
      'a repeated id',
      (d) => (d.documents[0].mentions[2].id = d.documents[0].mentions[0].id),
      'documents[0].mentions[2].id: id "men_llama" is already used by documents[0].mentions[0].id',
    ],
    [
      'a content hash that is not one',
      (d) => (d.documents[0].contentHash = 'md5:00'),
      'documents[0].contentHash: not a sha256 content hash',
    ],
    [
      'a wrong entity type',
      (d) => (d.entities[0].type = 'Big Model'),
      'entities[0].type: an entity type is lowercase letters',
    ],
    ['another format', (d) => (d.format = 'other'), 'not a Factmark export'],
    [
      'a later version',
      (d) => (d.version = 2),
      'version 2 was written by a newer Factmark; this one reads version 1',
    ],
  ])('refuses %s, naming the field', (_label, spoil, message) => {
    const doc = exported();
    spoil(doc);
    expect(() => parseFactmarkExport(doc, { fileName: 'llama.json' })).toThrow(ImportError);
    try {
      parseFactmarkExport(doc, { fileName: 'llama.json' });
    } catch (err) {
      expect((err as ImportError).message).toContain(`llama.json: ${message}`);
      expect((err as ImportError).code).toBe('bad-source');
    }
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseFactmarkExport('{"format": ', { fileName: 'x.json' })).toThrow(
      /^x\.json: not valid JSON/,
    );
  });

  it('lists several problems in one message, never a half result', () => {
    const doc = exported();
    doc.documents[0].claims[0].end = 0;
    doc.documents[0].claims[1].end = 0;
    expect(() => parseFactmarkExport(doc)).toThrow(/claims\[0\]\.end: .*; .*claims\[1\]\.end/);
  });

  it('keeps the entity list of the file', () => {
    expect(parseFactmarkExport(exported()).entities).toEqual(ENTITIES.slice(0, 4));
  });
});

/** The sample export with one passage and one refuting link to it. */
function linkedExport() {
  const doc = exported();
  const d = doc.documents[0]!;
  const claim = d.claims[0]!;
  d.evidence = [{ ...claim, id: 'evi_1', note: 'table 2' }];
  delete d.evidence[0].entities;
  delete d.evidence[0].status;
  delete d.evidence[0].updatedAt;
  delete d.evidence[0].page;
  delete d.evidence[0].structured;
  delete d.evidence[0].evidence;
  doc.relations = [
    {
      id: 'rel_1',
      type: 'refutes',
      from: { document: d.id, annotation: claim.id },
      to: { document: d.id, annotation: 'evi_1' },
      createdAt: LATER,
    },
  ];
  return doc as {
    documents: Array<{ id: string }>;
    relations: Array<{
      from: { document: string; annotation: string };
      to: { document: string; annotation: string } | { url: string };
    }>;
  };
}
describe('a minimal hand-written Factmark document', () => {
  const text = 'Meta released Llama 4.\n\nMaverick achieves 73.5% on MMLU.';
  const minimal = () => ({
    format: 'factmark.annotations',
    version: 1,
    entities: [{ id: 'ent_meta', type: 'company', name: 'Meta' }],
    documents: [
      {
        title: 'Llama 4',
        byline: null,
        publishedAt: null,
        source: { kind: 'file', fileName: null, retrievedAt: '2026-11-26T12:00:00.000Z' },
        text,
        claims: [{ start: 24, end: 56, quote: 'Maverick achieves 73.5% on MMLU.', entities: [] }],
        mentions: [{ start: 0, end: 4, quote: 'Meta', entity: 'ent_meta' }],
        evidence: [{ start: 14, end: 22, quote: 'Llama 4.' }],
      },
    ],
  });

  it('imports, with the selectors, ids, hash placeholder and orphans filled in', () => {
    const [article] = parseFactmarkExport(minimal()).articles!;
    expect(article!.text).toBe(text);
    expect(article!.source).toEqual({ kind: 'file', retrievedAt: '2026-11-26T12:00:00.000Z' });
    expect(article!.orphans).toEqual([]);
    expect(article!.claims[0]).toMatchObject({
      id: expect.stringMatching(/^clm_/),
      prefix: 'Meta released Llama 4.\n\n',
      suffix: '',
      status: 'unreviewed',
      note: '',
    });
    expect(article!.mentions[0]).toMatchObject({
      id: expect.stringMatching(/^men_/),
      prefix: '',
      suffix: ' released Llama 4.\n\nMaverick ach',
      entity: 'ent_meta',
    });
    expect(article!.evidence![0]).toMatchObject({
      id: expect.stringMatching(/^evi_/),
      prefix: 'Meta released ',
      suffix: '\n\nMaverick achieves 73.5% on MML',
      note: '',
    });
  });

  it.each<[string, (d: ReturnType<typeof minimal>) => void, string]>([
    [
      'a quote that is not the text',
      (d) => (d.documents[0]!.claims[0]!.quote = 'Maverick achieves 99% on MMLU.'),
      'documents[0].claims[0].quote: quote does not equal text[24:56]',
    ],
    [
      'an evidence passage whose quote is not the text',
      (d) => (d.documents[0]!.evidence[0]!.quote = 'Llama 5.'),
      'documents[0].evidence[0].quote: quote does not equal text[14:22]',
    ],
    [
      'offsets outside the text',
      (d) => (d.documents[0]!.claims[0]!.end = 500),
      'documents[0].claims[0].end: is past the end of the text',
    ],
    [
      'an unknown entity',
      (d) => (d.documents[0]!.mentions[0]!.entity = 'ent_nobody'),
      'documents[0].mentions[0].entity: no entity "ent_nobody" in entities',
    ],
    [
      'an entity id that is no id',
      (d) => (d.documents[0]!.mentions[0]!.entity = 'constructor'),
      'documents[0].mentions[0].entity: not an entity id',
    ],
  ])('refuses %s, naming the field', (_label, spoil, message) => {
    const doc = minimal();
    spoil(doc);
    expect(() => parseFactmarkExport(doc, { fileName: 'hand.json' })).toThrow(message);
  });
});
