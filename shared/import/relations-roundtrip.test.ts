// Links survive a round trip: random libraries of two articles with evidence passages and
// relations of every type (inside one article, across both, to web pages, into an article the
// file does not hold), with annotators and notes, exported and read back. Factmark JSON and W3C
// give back every passage and link exactly; brat keeps the links inside one article (compared by
// their type and the spans at their ends, as brat has no ids).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBratFiles } from '../export/brat';
import { buildFactmarkExport } from '../export/factmark-json';
import { articleSource, buildW3cCollection, serializeW3cCollection } from '../export/w3c';
import type { Article } from '../model/article';
import type { Relation } from '../model/relations';
import { richLinkedLibraryArbitrary } from './__fixtures__/linked-arbitrary';
import { parseBrat } from './brat';
import { parseFactmarkExport } from './factmark';
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

  it('brat keeps every link inside one article', () => {
    fc.assert(
      fc.property(richLinkedLibraryArbitrary, ({ entities, articles }) => {
        const files = buildBratFiles(input(articles, entities));
        const conf = files.find((f) => f.path === 'annotation.conf')!.content;
        articles.forEach((article, i) => {
          const [doc] = parseBrat(files[2 * i]!.content, files[2 * i + 1]!.content, conf).documents;
          const spans = (a: Pick<Article, 'claims' | 'mentions' | 'evidence'>) =>
            new Map(
              [...a.claims, ...a.mentions, ...(a.evidence ?? [])].map((s) => [
                s.id,
                `${s.start}-${s.end}`,
              ]),
            );
          const described = (relations: readonly Relation[], at: Map<string, string>) =>
            relations
              .map(
                (r) =>
                  `${r.type} ${at.get(r.from.annotation)} ${'url' in r.to ? r.to.url : at.get(r.to.annotation)}`,
              )
              .sort();
          const inside = (article.relations ?? []).filter(
            (r) => !('url' in r.to) && r.to.document === article.id,
          );
          expect(described(doc!.relations ?? [], spans(doc!))).toEqual(
            described(inside, spans(article)),
          );
        });
      }),
      { numRuns: 100 },
    );
  });
});
