// The W3C export may only use terms the shipped JSON-LD context (schema/anno.jsonld, a subset
// of http://www.w3.org/ns/anno.jsonld written from the Web Annotation Vocabulary) defines:
// every key, and every value given where the context expects a term (type, motivation, purpose).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../shared/export/index';
import { sampleInput } from '../../../shared/export/__fixtures__/sample';
import { linkedInput } from '../../../shared/export/__fixtures__/linked';

const CONTEXT_FILE = resolve(__dirname, '../../../schema/anno.jsonld');
const context = JSON.parse(readFileSync(CONTEXT_FILE, 'utf8'))['@context'] as Record<
  string,
  string | { '@id': string; '@type'?: string }
>;

/** The terms of the official context whose definitions ours must repeat exactly. */
const OFFICIAL: Record<string, unknown> = {
  id: { '@type': '@id', '@id': '@id' },
  type: { '@type': '@id', '@id': '@type' },
  Annotation: 'oa:Annotation',
  AnnotationCollection: 'as:OrderedCollection',
  AnnotationPage: 'as:OrderedCollectionPage',
  body: { '@type': '@id', '@id': 'oa:hasBody' },
  items: { '@type': '@id', '@id': 'as:items', '@container': '@list' },
  motivation: { '@type': '@vocab', '@id': 'oa:motivatedBy' },
  purpose: { '@type': '@vocab', '@id': 'oa:hasPurpose' },
  start: { '@id': 'oa:start', '@type': 'xsd:nonNegativeInteger' },
  label: 'rdfs:label',
  name: 'foaf:name',
  linking: 'oa:linking',
  scope: { '@type': '@id', '@id': 'oa:hasScope' },
};

/** Every key of the document, and every value in a position where a term is expected. */
function usedTerms(value: unknown, terms = new Set<string>(), key?: string): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => usedTerms(v, terms, key));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k !== '@context') terms.add(k);
      if (k !== '@context') usedTerms(v, terms, k);
    }
  } else if (typeof value === 'string' && ['type', 'motivation', 'purpose'].includes(key ?? '')) {
    terms.add(value);
  }
  return terms;
}

describe('W3C export against the shipped JSON-LD context', () => {
  const [file] = buildExport('w3c', sampleInput()).files;
  const doc = JSON.parse(file!.content);

  it('names the W3C context', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  });

  it('uses only terms the context defines', () => {
    const terms = [...usedTerms(doc)].sort();
    expect(terms.filter((t) => !(t in context))).toEqual([]);
    // and it is the terms in use, not a copy of everything
    expect(terms).toEqual(
      expect.arrayContaining([
        'TextQuoteSelector',
        'TextPositionSelector',
        'assessing',
        'identifying',
        'tagging',
      ]),
    );
  });

  it('uses only terms the context defines for evidence passages and links too', () => {
    const [linked] = buildExport('w3c', linkedInput()).files;
    const terms = [...usedTerms(JSON.parse(linked!.content))];
    expect(terms.filter((t) => !(t in context))).toEqual([]);
    expect(terms).toEqual(expect.arrayContaining(['linking', 'scope', 'commenting']));
  });

  it('defines each term as the W3C context does', () => {
    for (const [term, definition] of Object.entries(OFFICIAL))
      expect(context[term]).toEqual(definition);
  });

  it('expands every prefix it uses', () => {
    const prefixes = new Set(
      Object.values(context)
        .map((d) => (typeof d === 'string' ? d : d['@id']))
        .concat(
          Object.values(context).flatMap((d) =>
            typeof d === 'object' && d['@type'] ? [d['@type']] : [],
          ),
        )
        .filter((iri) => /^[a-z]+:/.test(iri) && !iri.startsWith('http'))
        .map((iri) => iri.split(':')[0]!),
    );
    for (const prefix of prefixes) expect(context[prefix], prefix).toMatch(/^http:\/\//);
  });
});
