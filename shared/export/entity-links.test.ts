import { describe, expect, it } from 'vitest';
import { linkFromBratReference, linkFromIri, linkToBratReference, linkToIri } from './entity-links';

describe('entity links as IRIs', () => {
  it.each([
    ['wikidata', 'Q42', { iri: 'http://www.wikidata.org/entity/Q42' }],
    ['huggingface', 'meta-llama/Llama-4', { iri: 'https://huggingface.co/meta-llama/Llama-4' }],
    ['website', 'https://meta.com/', { iri: 'https://meta.com/', key: 'website' }],
    [
      'wikidata',
      'https://www.wikidata.org/wiki/Q42',
      { iri: 'https://www.wikidata.org/wiki/Q42', key: 'wikidata' },
    ],
    ['wikidata', 'not an id', { iri: 'urn:factmark:link:wikidata:not%20an%20id' }],
    ['arxiv', '2501.00001', { iri: 'urn:factmark:link:arxiv:2501.00001' }],
    ['a:b', 'c d', { iri: 'urn:factmark:link:a%3Ab:c%20d' }],
  ])('%s: %s', (key, value, expected) => {
    expect(linkToIri(key, value)).toEqual(expected);
    expect(linkFromIri(expected.iri, 'key' in expected ? expected.key : undefined)).toEqual([
      key,
      value,
    ]);
  });

  it.each([
    ['https://www.wikidata.org/wiki/Q42', ['wikidata', 'Q42']],
    [
      'https://en.wikipedia.org/wiki/Meta',
      ['en.wikipedia.org', 'https://en.wikipedia.org/wiki/Meta'],
    ],
    ['urn:factmark:entity:ent_1', null],
    ['urn:factmark:link:broken', null],
  ])('reads the IRI %s of another tool', (iri, expected) => {
    expect(linkFromIri(iri)).toEqual(expected);
  });

  it.each([
    ['wikidata', 'Q42', 'Wikidata:Q42'],
    ['huggingface', 'org/model', 'huggingface:org/model'],
    ['website', 'https://meta.com/', 'website:https://meta.com/'],
    ['notes', 'has space', null],
    ['bad key', 'x', null],
  ])('brat reference of %s: %s', (key, value, expected) => {
    expect(linkToBratReference(key, value)).toBe(expected);
    if (expected) {
      const colon = expected.indexOf(':');
      expect(linkFromBratReference(expected.slice(0, colon), expected.slice(colon + 1))).toEqual([
        key,
        value,
      ]);
    }
  });
});
