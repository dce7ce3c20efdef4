import { describe, expect, it } from 'vitest';
import type { RelationEndView, RelationView } from '../../shared/model/relation-edits';
import type { RelationType } from '../../shared/model/relations';
import { linksOfAnnotation, linkSummary, relationLabel } from './claim-links';

const end = (document: string, annotation: string, quote: string): RelationEndView => ({
  document,
  annotation,
  title: document,
  kind: annotation.startsWith('clm_') ? 'claim' : 'evidence',
  quote,
  state: 'placed',
});

function view(id: string, type: RelationType, from: RelationEndView, to: RelationEndView) {
  const ref = (e: RelationEndView) =>
    'url' in e ? e : { document: e.document, annotation: e.annotation };
  return {
    relation: { id, type, from: ref(from), to: ref(to), createdAt: 'now' },
    from,
    to,
  } as RelationView;
}

const claim = end('art_a', 'clm_1', 'Maverick scores 62%');
const passage = end('art_b', 'evi_1', 'our rerun gave 48%');
const other = end('art_c', 'clm_2', 'Maverick reaches 62%');
const views = [
  view('rel_1', 'refutes', claim, passage),
  view('rel_2', 'same-claim', other, claim),
  view('rel_3', 'supports', other, passage),
];

describe('an annotation’s links', () => {
  it.each([
    [
      'the claim',
      claim,
      [
        ['Refutes', passage],
        ['Same claim', other],
      ],
    ],
    [
      'the passage',
      passage,
      [
        ['Refuted claim', claim],
        ['Supported claim', other],
      ],
    ],
    [
      'a claim linked to',
      other,
      [
        ['Same claim', claim],
        ['Supports', passage],
      ],
    ],
  ] as const)('%s lists each link with the far end, read from its side', (_n, at, expected) => {
    const ref = {
      document: (at as { document: string }).document,
      annotation: (at as { annotation: string }).annotation,
    };
    const links = linksOfAnnotation(views, ref);
    expect(links.map((l) => [l.label, l.far])).toEqual(expected);
  });

  it.each([
    [[], 0, null],
    [[], 2, '2 evidence'],
    [['refutes'], 0, '1 evidence'],
    [['refutes', 'same-claim', 'contradicts'], 1, '2 evidence · 2 links'],
    [['same-claim'], 0, '1 link'],
    // a role says where a field came from: neither evidence nor a link to a claim
    [['role:value'], 0, null],
    [['role:subject', 'refutes'], 0, '1 evidence'],
  ] as const)('counts %j and %i URLs as %s', (types, urls, text) => {
    const links = types.map((type, i) => ({
      relation: view(
        `rel_${i}`,
        type,
        claim,
        type.includes('claim') || type === 'contradicts' ? other : passage,
      ).relation,
      far: passage,
      label: relationLabel(type),
    }));
    expect(linkSummary(links, urls)?.text ?? null).toBe(text);
  });

  it('says the count in words for its accessible label', () => {
    const links = linksOfAnnotation(views, { document: 'art_a', annotation: 'clm_1' });
    expect(linkSummary(links, 0)?.label).toBe('1 piece of evidence and 1 link to other claims');
  });
});
