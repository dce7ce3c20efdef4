import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFactmarkExport } from '../export/factmark-json';
import { buildW3cCollection, serializeW3cCollection } from '../export/w3c';
import {
  LATER,
  sampleArticle,
  sampleInput,
  SAMPLE_TEXT,
  spanOf,
} from '../export/__fixtures__/sample';
import type { Article } from '../model/article';
import { byReadingOrder } from '../model/annotations';
import type { Entity } from '../model/entities';
import { libraryArbitrary, linkedLibraryArbitrary } from './__fixtures__/arbitraries';
import { articleSource } from '../export/w3c';
import { bindRelations } from './types';
import { linkedInput } from '../export/__fixtures__/linked';
import { parseW3cAnnotations } from './w3c';

const NOW = '2030-01-01T00:00:00.000Z';

/** The Factmark export of an article with imported annotations: what must survive. */
function exportOf(
  article: Article,
  claims: Article['claims'],
  mentions: Article['mentions'],
  entities: readonly Entity[],
) {
  return buildFactmarkExport({
    articles: [{ ...article, claims, mentions }],
    entities,
    exportedAt: LATER,
    generator: 'g',
  });
}

const withoutAliases = (entities: Entity[]) => entities.map((e) => ({ ...e, aliases: [] }));

describe('parseW3cAnnotations', () => {
  it('reads back our export: every span, status, note, date, entity and link', () => {
    const input = sampleInput();
    const json = serializeW3cCollection(buildW3cCollection(input));
    const read = parseW3cAnnotations(json, SAMPLE_TEXT, { now: NOW });
    const [doc] = read.documents;
    const article = sampleArticle();
    // Evidence links and structured fields have no place in a Web Annotation: they stay out.
    const claims = article.claims.map(({ evidence: _e, structured: _s, ...claim }) => claim);
    const before = exportOf(article, claims, article.mentions, input.entities);
    const after = exportOf(article, doc!.claims, doc!.mentions, read.entities);
    expect(after.documents[0]!.claims).toEqual(before.documents[0]!.claims);
    expect(after.documents[0]!.mentions).toEqual(before.documents[0]!.mentions);
    expect(read.entities).toEqual(expect.arrayContaining(withoutAliases(before.entities)));
    expect(doc!.url).toBe('https://news.example/llama-4');
  });

  it('round trip preserves every span, label, status, note and link (random articles)', () => {
    fc.assert(
      fc.property(libraryArbitrary, ({ entities, article }) => {
        const input = { articles: [article], entities, exportedAt: LATER, generator: 'g' };
        const read = parseW3cAnnotations(
          serializeW3cCollection(buildW3cCollection(input)),
          article.text,
        );
        const [doc] = read.documents;
        const before = exportOf(article, article.claims, article.mentions, entities);
        const after = exportOf(article, doc!.claims, doc!.mentions, read.entities);
        expect(after.documents).toEqual(before.documents);
        const byId = (a: Entity, b: Entity) => a.id.localeCompare(b.id);
        expect([...after.entities].sort(byId)).toEqual(withoutAliases(before.entities).sort(byId));
      }),
      { numRuns: 150 },
    );
  });

  it('round trip keeps passages and links, those to the other document too (random)', () => {
    fc.assert(
      fc.property(linkedLibraryArbitrary, ({ entities, articles }) => {
        const input = { articles, entities, exportedAt: LATER, generator: 'g' };
        const json = serializeW3cCollection(buildW3cCollection(input));
        const [article] = articles;
        const read = parseW3cAnnotations(json, article!.text, { source: articleSource(article!) });
        const [doc] = read.documents;
        // Passages come back in reading order, as they are written.
        expect(doc!.evidence ?? []).toEqual([...(article!.evidence ?? [])].sort(byReadingOrder));
        // An end in the other document names it as its scope (`urn:factmark:article:…`).
        expect(bindRelations(doc!.relations ?? [], article!.id)).toEqual(article!.relations ?? []);
        expect(read.warnings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('warns about a link into an article it cannot name, and one without a scope outside it', () => {
    const [sample, report] = linkedInput().articles;
    const json = JSON.parse(
      serializeW3cCollection(buildW3cCollection(linkedInput([sample!, report!]))),
    );
    const links = json.first.items.filter(
      (a: { motivation: string }) => a.motivation === 'linking',
    );
    // rel_report's end is in the report, named by its address; rel_gone's by a URN.
    const toReport = links.find((a: { id: string }) => a.id.endsWith('rel_report'));
    const read = (documentOf?: (s: string) => string | undefined) =>
      parseW3cAnnotations(json, sample!.text, { source: articleSource(sample!), documentOf });
    expect(read().warnings).toEqual([
      expect.stringMatching(
        /the link to urn:factmark:evidence:evi_report in https:\/\/bench\.example\/report leaves the articles of the library/,
      ),
      expect.stringMatching(/the link to urn:factmark:claim:clm_report in https:/),
    ]);
    const known = read((s) => (s === 'https://bench.example/report' ? 'art_lib' : undefined));
    expect(known.warnings).toEqual([]);
    expect(known.documents[0]!.relations!.find((r) => r.id === 'rel_report')!.to).toEqual({
      document: 'art_lib',
      annotation: 'evi_report',
    });
    // A file without scopes (written before them) keeps only the links inside the document.
    const documentOf = (s: string) =>
      s === 'https://bench.example/report' ? 'art_lib' : undefined;
    delete toReport.body[0].scope;
    expect(read(documentOf).warnings).toEqual([
      expect.stringMatching(/the link to urn:factmark:evidence:evi_report leaves/),
    ]);
  });

  it('reads another tool’s annotations: quote selectors only, tags and comments', () => {
    const [start, end] = spanOf('Behemoth');
    const annotations = [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://hypothes.is/a/1',
        type: 'Annotation',
        motivation: 'commenting',
        body: [
          { type: 'TextualBody', value: 'Bigger than what?' },
          { type: 'TextualBody', purpose: 'tagging', value: 'LLM' },
        ],
        target: {
          source: 'https://news.example/llama-4',
          selector: {
            type: 'TextQuoteSelector',
            exact: 'Behemoth bigger',
            prefix: '👍🏽, ',
            suffix: '.',
          },
        },
      },
      {
        type: 'Annotation',
        motivation: ['identifying'],
        body: {
          type: 'SpecificResource',
          purpose: 'identifying',
          source: 'https://www.wikidata.org/wiki/Q380',
        },
        target: {
          source: 'https://news.example/llama-4',
          selector: [
            {
              type: 'TextPositionSelector',
              start: spanOf('Meta’s', 1)[0],
              end: spanOf('Meta’s', 1)[1],
            },
          ],
        },
      },
    ];
    const read = parseW3cAnnotations(annotations, SAMPLE_TEXT, { now: NOW });
    const [doc] = read.documents;
    expect(doc!.claims).toHaveLength(1);
    expect(doc!.claims[0]).toMatchObject({
      start,
      end: end + 7,
      quote: 'Behemoth bigger',
      note: 'Bigger than what?',
      status: 'unreviewed',
      createdAt: NOW,
    });
    expect(doc!.mentions).toHaveLength(1);
    expect(doc!.mentions[0]!.quote).toBe('Meta’s');
    expect(read.entities.map(({ name, type, links }) => ({ name, type, links }))).toEqual([
      { name: 'LLM', type: 'tag', links: {} },
      { name: 'Q380', type: 'tag', links: { wikidata: 'Q380' } },
    ]);
  });

  it('places a quote by its context when it occurs more than once', () => {
    const json = {
      type: 'Annotation',
      body: [],
      target: {
        source: 'x',
        selector: { type: 'TextQuoteSelector', exact: 'Meta’s', prefix: 'says ', suffix: ' team' },
      },
    };
    const [doc] = parseW3cAnnotations(json, SAMPLE_TEXT).documents;
    expect([doc!.claims[0]!.start, doc!.claims[0]!.end]).toEqual(spanOf('Meta’s', 1));
  });

  it('prefers the quote when the position is stale', () => {
    const json = {
      type: 'AnnotationPage',
      items: [
        {
          type: 'Annotation',
          target: {
            source: 'x',
            selector: [
              { type: 'TextPositionSelector', start: 0, end: 5 },
              { type: 'TextQuoteSelector', exact: '大規模言語モデル' },
            ],
          },
        },
      ],
    };
    const [doc] = parseW3cAnnotations(json, SAMPLE_TEXT).documents;
    expect([doc!.claims[0]!.start, doc!.claims[0]!.end]).toEqual(spanOf('大規模言語モデル'));
  });

  it('reads the annotations of the source asked for', () => {
    const other = {
      ...sampleArticle(),
      id: 'art_b',
      source: { kind: 'paste' as const, retrievedAt: 'x' },
    };
    const json = buildW3cCollection(sampleInput([sampleArticle(), other]));
    expect(() => parseW3cAnnotations(json, SAMPLE_TEXT, { fileName: 'a.jsonld' })).toThrow(
      /^a\.jsonld: the annotations target 2 documents/,
    );
    const read = parseW3cAnnotations(json, SAMPLE_TEXT, { source: 'urn:factmark:article:art_b' });
    expect(read.documents[0]!.claims).toHaveLength(6);
  });

  const annotation = (selector: unknown, body: unknown = []) => ({
    type: 'Annotation',
    body,
    target: { source: 'x', selector },
  });
  it.each([
    [
      'a position past the text',
      annotation({ type: 'TextPositionSelector', start: 1, end: 9999 }),
      `x.json: [0].target.selector.end: is past the end of the text (${[...SAMPLE_TEXT].length} code points)`,
    ],
    [
      'a bad position among several selectors',
      annotation([
        { type: 'TextQuoteSelector', exact: 'Meta' },
        { type: 'TextPositionSelector', start: 9, end: 2 },
      ]),
      'x.json: [0].target.selector[1].end: must be greater than start',
    ],
    [
      'a selector of the wrong shape',
      annotation({ type: 'TextPositionSelector', start: '1', end: 2 }),
      'x.json: [0].target.selector: start: Invalid input: expected number, received string',
    ],
    [
      'an empty span',
      annotation({ type: 'TextPositionSelector', start: 5, end: 5 }),
      'x.json: [0].target.selector.end: must be greater than start',
    ],
    [
      'a quote not in the text',
      annotation({ type: 'TextQuoteSelector', exact: 'GPT-5' }),
      'x.json: [0].target.selector: the quote "GPT-5" is not in the text',
    ],
    [
      'an ambiguous quote',
      annotation({ type: 'TextQuoteSelector', exact: 'Meta’s' }),
      'x.json: [0].target.selector: the quote "Meta’s" occurs more than once',
    ],
    [
      'a status that is not ours',
      annotation(
        { type: 'TextPositionSelector', start: 0, end: 2 },
        { type: 'TextualBody', purpose: 'assessing', value: 'mostly true' },
      ),
      'x.json: [0].body.value: not a claim status (one of unreviewed, supported',
    ],
    [
      'no selector',
      { type: 'Annotation', target: 'https://x' },
      'x.json: [0].target: the target has no selector',
    ],
    ['no target', { type: 'Annotation' }, 'x.json: [0].target: Invalid input'],
  ])('refuses %s, naming the field', (_label, json, message) => {
    expect(() => parseW3cAnnotations([json], SAMPLE_TEXT, { fileName: 'x.json' })).toThrow(message);
  });

  it.each([
    [
      'a collection with pages by reference',
      { type: 'AnnotationCollection', first: 'https://x/page1' },
      /first: the collection must embed/,
    ],
    ['something else', { type: 'Thing' }, /type: not an Annotation/],
    ['not JSON', '{', /not valid JSON/],
  ])('refuses %s', (_label, json, message) => {
    expect(() => parseW3cAnnotations(json, SAMPLE_TEXT)).toThrow(message);
  });

  it('reads the annotator from creator: a named Person, not an address', () => {
    const text = 'Meta released Llama 4.';
    const annotation = (creator: unknown) => ({
      type: 'Annotation',
      motivation: 'highlighting',
      creator,
      body: [{ type: 'TextualBody', purpose: 'assessing', value: 'supported' }],
      target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'Meta released' } },
    });
    const parsed = parseW3cAnnotations(
      [
        annotation({ type: 'Person', name: 'Dana' }),
        annotation(['https://example.org/users/7', { type: 'Person', name: 'Lee' }]),
        annotation('https://example.org/users/7'),
        annotation({ type: 'Person', name: 'a/b' }),
      ],
      text,
    );
    expect(parsed.documents[0]!.claims.map((c) => c.annotator)).toEqual([
      'Dana',
      'Lee',
      undefined,
      undefined,
    ]);
  });
});
