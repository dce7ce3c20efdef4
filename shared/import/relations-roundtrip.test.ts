// Links survive a round trip: random libraries of two articles with evidence passages and
// relations of every type (inside one article, across both, to web pages, into an article the
// file does not hold), with annotators and notes, exported and read back. Factmark JSON and W3C
// give back every passage and link exactly; brat and Label Studio keep the links inside one
// article (Label Studio: inside one annotator's layer), compared by their type and the spans at
// their ends, as neither keeps our ids, and their notices count every link left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bratNotices, buildBratFiles } from '../export/brat';
import { buildLabelStudioTasks, labelStudioNotices } from '../export/label-studio';
import { buildFactmarkExport } from '../export/factmark-json';
import { articleSource, buildW3cCollection, serializeW3cCollection } from '../export/w3c';
import { createClaim, createEvidencePassage, createMention } from '../model/annotate';
import type { Article } from '../model/article';
import { canonicalText, makeBlock } from '../model/blocks';
import type { Entity } from '../model/entities';
import type { Relation } from '../model/relations';
import { bareArticle } from '../test-helpers';
import { CodePointIndex } from '../text/code-points';
import { richLinkedLibraryArbitrary } from './__fixtures__/linked-arbitrary';
import { parseBrat } from './brat';
import { parseFactmarkExport } from './factmark';
import { parseLabelStudioTasks } from './label-studio';
import { bindRelations } from './types';
import { parseW3cAnnotations } from './w3c';

const AT = '2026-12-07T12:00:00.000Z';
const byId = <T extends { id: string }>(list: readonly T[] | undefined) =>
  [...(list ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
const input = (
  articles: Article[],
  entities: Parameters<typeof buildFactmarkExport>[0]['entities'],
) => ({
  articles,
  entities,
  exportedAt: AT,
  generator: 'g',
});

type Spans = Pick<Article, 'claims' | 'mentions' | 'evidence'>;

/** Each span's kind and place, by id: what a format without our ids keeps of it. */
const placesOf = (a: Spans) =>
  new Map(
    [...a.claims, ...a.mentions, ...(a.evidence ?? [])].map((s) => [
      s.id,
      `${s.id.slice(0, 3)}@${s.start}-${s.end}`,
    ]),
  );

/** Links as type, author and the places of their ends, sorted. */
const described = (relations: readonly Relation[], at: Map<string, string>, who = false) =>
  relations
    .map(
      (r) =>
        `${r.type}${who ? ` ${r.annotator ?? '-'}` : ''} ${at.get(r.from.annotation)} ${'url' in r.to ? r.to.url : at.get(r.to.annotation)}`,
    )
    .sort();

/** How many links a notice says were left out (0 without a notice). */
const leftOut = (notices: readonly string[]) =>
  Number(/: (\d+) of \d+ links? left out/.exec(notices.join('\n'))?.[1] ?? 0);

/** A claim whose subject comes from a mention and whose value from words of the claim. */
function articleWithRoles(): { article: Article; entities: Entity[] } {
  const blocks = [makeBlock('paragraph', [{ text: 'Maverick scores 62.5% on HumanEval.' }])!];
  const text = canonicalText(blocks);
  const index = new CodePointIndex(text);
  const at = (phrase: string) => index.toCodePoint(text.indexOf(phrase));
  const claim = createClaim(index, 0, at('.'), AT);
  const mention = createMention(index, 0, 8, 'ent_maverick', AT);
  const value = createEvidencePassage(index, at('62.5%'), at('62.5%') + 5, AT);
  const role = (id: string, field: string, to: string): Relation => ({
    id,
    type: `role:${field}` as Relation['type'],
    from: { document: 'art_roles', annotation: claim.id },
    to: { document: 'art_roles', annotation: to },
    createdAt: AT,
  });
  const article = bareArticle(AT, {
    id: 'art_roles',
    title: 'Roles',
    source: { kind: 'paste', retrievedAt: AT },
    blocks,
    text,
    claims: [{ ...claim, structured: { subject: 'ent_maverick', value: '62.5%' } }],
    mentions: [mention],
    evidence: [value],
    relations: [role('rel_subject', 'subject', mention.id), role('rel_value', 'value', value.id)],
  });
  const entities: Entity[] = [
    { id: 'ent_maverick', type: 'model', name: 'Llama 4 Maverick', aliases: [], links: {} },
  ];
  return { article, entities };
}

describe('a claim’s roles round trip', () => {
  const { article, entities } = articleWithRoles();

  it('Factmark JSON gives back the roles and the passage a role points at', () => {
    const json = JSON.stringify(buildFactmarkExport(input([article], entities)));
    const [back] = parseFactmarkExport(json).articles!;
    expect(back!.relations).toEqual(article.relations);
    expect(back!.evidence).toEqual(article.evidence);
    expect(back!.claims[0]!.structured).toEqual(article.claims[0]!.structured);
  });

  it('W3C gives back the roles as linking annotations', () => {
    const collection = buildW3cCollection(input([article], entities));
    const linking = collection.first.items.filter((a) => a.motivation === 'linking');
    expect(linking).toHaveLength(2);
    const read = parseW3cAnnotations(serializeW3cCollection(collection), article.text, {
      source: articleSource(article),
    });
    expect(bindRelations(read.documents[0]!.relations ?? [], article.id)).toEqual(
      article.relations,
    );
  });
});

describe('relations round trip (random linked libraries)', () => {
  it('Factmark JSON gives back every passage and link exactly', () => {
    fc.assert(
      fc.property(richLinkedLibraryArbitrary, ({ entities, articles }) => {
        const json = JSON.stringify(buildFactmarkExport(input(articles, entities)));
        const read = parseFactmarkExport(json);
        articles.forEach((article, i) => {
          const back = read.articles![i]!;
          expect(back.id).toBe(article.id);
          expect(byId(back.evidence)).toEqual(byId(article.evidence));
          expect(back.relations ?? []).toEqual(article.relations ?? []);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('W3C gives back every passage and link exactly, across the two articles too', () => {
    fc.assert(
      fc.property(richLinkedLibraryArbitrary, ({ entities, articles }) => {
        const json = serializeW3cCollection(buildW3cCollection(input(articles, entities)));
        // What the library knows: which article each target names.
        const documentOf = (source: string) =>
          articles.find((a) => articleSource(a) === source)?.id;
        for (const article of articles) {
          const read = parseW3cAnnotations(json, article.text, {
            source: articleSource(article),
            documentOf,
          });
          const [doc] = read.documents;
          expect(byId(doc!.evidence)).toEqual(byId(article.evidence));
          expect(bindRelations(doc!.relations ?? [], article.id)).toEqual(article.relations ?? []);
          expect(read.warnings).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('brat keeps every link inside one article and counts the others in its notice', () => {
    fc.assert(
      fc.property(richLinkedLibraryArbitrary, ({ entities, articles }) => {
        const files = buildBratFiles(input(articles, entities));
        const conf = files.find((f) => f.path === 'annotation.conf')!.content;
        let kept = 0;
        articles.forEach((article, i) => {
          const [doc] = parseBrat(files[2 * i]!.content, files[2 * i + 1]!.content, conf).documents;
          const inside = (article.relations ?? []).filter(
            (r) => !('url' in r.to) && r.to.document === article.id,
          );
          kept += inside.length;
          expect(described(doc!.relations ?? [], placesOf(doc!))).toEqual(
            described(inside, placesOf(article)),
          );
        });
        const total = articles.reduce((n, a) => n + (a.relations ?? []).length, 0);
        expect(leftOut(bratNotices(input(articles, entities)))).toBe(total - kept);
      }),
      { numRuns: 100 },
    );
  });

  it('Label Studio keeps every link inside one article and one layer, and counts the others', () => {
    fc.assert(
      fc.property(richLinkedLibraryArbitrary, ({ entities, articles }) => {
        const tasks = buildLabelStudioTasks(input(articles, entities));
        const read = parseLabelStudioTasks(JSON.stringify(tasks));
        let kept = 0;
        articles.forEach((article, i) => {
          const doc = read.documents[i]!;
          const layerOf = new Map(
            [...article.claims, ...article.mentions, ...(article.evidence ?? [])].map((s) => [
              s.id,
              s.annotator,
            ]),
          );
          // one annotation per layer: a link joins two regions of its author's layer
          const inside = (article.relations ?? []).filter(
            (r) =>
              !('url' in r.to) &&
              r.to.document === article.id &&
              layerOf.get(r.from.annotation) === r.annotator &&
              layerOf.get(r.to.annotation) === r.annotator,
          );
          kept += inside.length;
          expect(described(doc.relations ?? [], placesOf(doc), true)).toEqual(
            described(inside, placesOf(article), true),
          );
        });
        const total = articles.reduce((n, a) => n + (a.relations ?? []).length, 0);
        expect(leftOut(labelStudioNotices(input(articles, entities)))).toBe(total - kept);
      }),
      { numRuns: 100 },
    );
  });
});
