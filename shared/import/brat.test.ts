import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBratFiles } from '../export/brat';
import { LATER, sampleArticle, sampleInput, SAMPLE_TEXT } from '../export/__fixtures__/sample';
import { claimEntityIds, type Claim, type Mention } from '../model/annotations';
import type { Article } from '../model/article';
import type { Entity } from '../model/entities';
import { libraryArbitrary, linkedLibraryArbitrary } from './__fixtures__/arbitraries';
import type { Relation } from '../model/relations';
import { parseBrat, parseBratConf } from './brat';

const NOW = '2030-01-01T00:00:00.000Z';

function bundle(article: Article, entities: readonly Entity[]) {
  const files = buildBratFiles({
    articles: [article],
    entities,
    exportedAt: LATER,
    generator: 'g',
  });
  const get = (suffix: string) => files.find((f) => f.path.endsWith(suffix))!.content;
  return { txt: get('.txt'), ann: get('.ann'), conf: get('annotation.conf') };
}

/** What brat keeps of a claim: its span, status, note and entities (ids and dates are not kept). */
const claimKey = (c: Claim, mentions: readonly Mention[]) =>
  JSON.stringify([
    c.start,
    c.end,
    c.quote,
    c.status,
    c.note,
    [...claimEntityIds(c, mentions)].sort(),
  ]);
const mentionKey = (m: Mention) => JSON.stringify([m.start, m.end, m.quote, m.entity]);

function expectSameAnnotations(
  article: Article,
  entities: readonly Entity[],
  read: ReturnType<typeof parseBrat>,
) {
  const [doc] = read.documents;
  expect(doc!.text).toBe(article.text);
  expect(doc!.claims.map((c) => claimKey(c, doc!.mentions)).sort()).toEqual(
    article.claims.map((c) => claimKey(c, article.mentions)).sort(),
  );
  expect(doc!.mentions.map(mentionKey).sort()).toEqual(article.mentions.map(mentionKey).sort());
  const used = new Set(read.entities.map((e) => e.id));
  const strip = (e: Entity) => ({ ...e, aliases: [] });
  const byId = (a: Entity, b: Entity) => a.id.localeCompare(b.id);
  expect(read.entities.map(strip).sort(byId)).toEqual(
    entities
      .filter((e) => used.has(e.id))
      .map(strip)
      .sort(byId),
  );
}

describe('parseBrat', () => {
  it('reads back our export of the sample', () => {
    const { txt, ann, conf } = bundle(sampleArticle(), sampleInput().entities);
    const read = parseBrat(txt, ann, conf, { now: NOW });
    expectSameAnnotations(sampleArticle(), sampleInput().entities, read);
    expect(read.documents[0]!.claims.every((c) => c.createdAt === NOW && /^clm_/.test(c.id))).toBe(
      true,
    );
    expect(read.warnings).toEqual([]);
  });

  it('round trip preserves every span, label, status, note and link (random articles)', () => {
    fc.assert(
      fc.property(libraryArbitrary, ({ entities, article }) => {
        const { txt, ann, conf } = bundle(article, entities);
        expectSameAnnotations(article, entities, parseBrat(txt, ann, conf));
      }),
      { numRuns: 150 },
    );
  });

  it('round trip keeps passages and the relations inside each document (random)', () => {
    fc.assert(
      fc.property(linkedLibraryArbitrary, ({ entities, articles }) => {
        const files = buildBratFiles({ articles, entities, exportedAt: LATER, generator: 'g' });
        const conf = files.find((f) => f.path === 'annotation.conf')!.content;
        articles.forEach((article, i) => {
          const txt = files[2 * i]!.content;
          const ann = files[2 * i + 1]!.content;
          const [doc] = parseBrat(txt, ann, conf).documents;
          const passage = (p: { start: number; end: number; note: string }) =>
            `${p.start}-${p.end}:${p.note}`;
          expect((doc!.evidence ?? []).map(passage).sort()).toEqual(
            (article.evidence ?? []).map(passage).sort(),
          );
          // Relations compared by their type and the spans at their ends (ids are new).
          const spanOf = (spans: ReadonlyArray<{ id: string; start: number; end: number }>) =>
            new Map(spans.map((s) => [s.id, `${s.start}-${s.end}`]));
          const describe = (relations: readonly Relation[], spans: Map<string, string>): string[] =>
            relations
              .map((r) =>
                'url' in r.to
                  ? ''
                  : `${r.type} ${spans.get(r.from.annotation)} ${spans.get(r.to.annotation)}`,
              )
              .sort();
          const before = spanOf([
            ...article.claims,
            ...article.mentions,
            ...(article.evidence ?? []),
          ]);
          const after = spanOf([...doc!.claims, ...doc!.mentions, ...(doc!.evidence ?? [])]);
          const inside = (article.relations ?? []).filter(
            (r) => !('url' in r.to) && r.to.document === article.id,
          );
          expect(describe(doc!.relations ?? [], after)).toEqual(describe(inside, before));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('reads a file of another tool: labels as types, text as entity names, relations as warnings', () => {
    const txt = 'Sony formed a joint venture with Ericsson,\na company based in Sweden.';
    const ann = [
      'T1\tOrganization 0 4\tSony',
      'T2\tOrganization 33 41\tEricsson',
      'T3\tLocation 62 68\tSweden',
      'T4\tOrganization 43 44;45 52\ta company',
      'N1\tReference T3 Wikipedia:5058739\tSweden',
      'R1\tOrigin Arg1:T2 Arg2:T3',
      'A1\tNegation T1',
      'T5\tOrganization 0 4\tSony  # a comment after the text',
      '',
    ].join('\r\n');
    const read = parseBrat(txt, ann, undefined, { fileName: 'sony.ann' });
    const [doc] = read.documents;
    expect(doc!.claims).toEqual([]);
    expect(doc!.mentions.map((m) => m.quote)).toEqual([
      'Sony',
      'Ericsson',
      'Sweden',
      'a company',
      'Sony',
    ]);
    expect(read.entities.map(({ name, type, links }) => ({ name, type, links }))).toEqual([
      { name: 'Sony', type: 'organization', links: {} },
      { name: 'Ericsson', type: 'organization', links: {} },
      { name: 'Sweden', type: 'location', links: { Wikipedia: '5058739' } },
      { name: 'a company', type: 'organization', links: {} },
    ]);
    expect(doc!.mentions[0]!.entity).toBe(doc!.mentions[4]!.entity);
    expect(read.warnings).toEqual([
      'T4: a discontinuous span is kept as the whole of 43–52',
      'R1: relations are not kept',
      'A1: the attribute Negation is not kept',
    ]);
  });

  it.each([
    ['a line without a tab', 'T1 Claim 0 4 Sony', 'line 1: no tab after the annotation id'],
    [
      'offsets that are not numbers',
      'T1\tClaim 0 x\tSony',
      'line 1: T1: "0 x" is not a "START END" offset pair',
    ],
    ['an end before the start', 'T1\tClaim 4 0\t', 'line 1: T1: end 0 is before start 4'],
    [
      'an offset past the text',
      'T1\tClaim 0 400\tSony',
      'line 1: T1: offset 400 is past the end of the text (69 code points)',
    ],
    [
      'text that is not at its offsets',
      'T1\tClaim 0 4\tSonx',
      'line 1: T1: its text "Sonx" is not the text at 0–4 ("Sony")',
    ],
    ['an empty span', 'T1\tClaim 4 4\t', 'line 1: T1: an empty span cannot be kept'],
    [
      'an attribute of nothing',
      'A1\tStatus T9 supported',
      'line 1: A1: "T9" is not a text-bound annotation defined above',
    ],
    [
      'a status that is not ours',
      'T1\tClaim 0 4\tSony\nA1\tStatus T1 true',
      'line 2: A1: "true" is not a claim status',
    ],
    [
      'a twice-defined id',
      'T1\tClaim 0 4\tSony\nT1\tClaim 0 4\tSony',
      'line 2: T1 is defined twice',
    ],
    ['a malformed reference', 'T1\tClaim 0 4\tSony\nN1\tReference T1 Q42', 'line 2: N1: expected'],
    [
      'a label the conf does not declare',
      'T1\tPlace 0 4\tSony',
      'line 1: T1: the label "Place" is not declared in annotation.conf',
    ],
  ])('refuses %s, naming the line', (_label, ann, message) => {
    const txt = 'Sony formed a joint venture with Ericsson,\na company based in Sweden.';
    const conf =
      '[entities]\nClaim\nOrganization\n[attributes]\nStatus\tArg:Claim, Value:unreviewed|supported';
    expect(() => parseBrat(txt, ann, conf, { fileName: 'sony.ann' })).toThrow(
      `sony.ann: ${message}`,
    );
  });

  it('reads the labels and attribute values of an annotation.conf', () => {
    const conf = parseBratConf(
      '# comment\n[entities]\nClaim\nModel\n\tSub-model\n!Abstract\n[relations]\n<OVERLAP>\tArg1:<ANY>\n[attributes]\nStatus\tArg:Claim, Value:a|b\n',
    );
    expect([...conf.entityLabels]).toEqual(['Claim', 'Model', 'Sub-model', 'Abstract']);
    expect(conf.attributeValues.get('Status')).toEqual(['a', 'b']);
  });

  it('counts offsets in code points', () => {
    const ann = 'T1\tModel 2 4\t大規\nT2\tClaim 0 1\t😀\n';
    const [doc] = parseBrat('😀 大規模', ann).documents;
    expect(doc!.mentions[0]!.quote).toBe('大規');
    expect(doc!.claims[0]!.quote).toBe('😀');
    expect(SAMPLE_TEXT).toContain('😀');
  });
});
