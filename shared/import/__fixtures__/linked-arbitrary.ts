// fast-check generator of two linked articles with everything a link can carry: evidence
// passages and mentions in annotators' layers, and relations of every type (evidence to a
// passage of either article or to a web page, claim to claim inside one article and across
// both, roles to a mention or passage of the claim's article), each with or without an
// annotator and a note, plus links into an article the file does not hold.
import fc from 'fast-check';
import { quoteSelector } from '../../anchoring/quote-selector';
import type { Article } from '../../model/article';
import type { Entity } from '../../model/entities';
import {
  EVIDENCE_RELATIONS,
  ROLE_FIELDS,
  type AnnotationRef,
  type Relation,
  type RelationType,
} from '../../model/relations';
import { CodePointIndex } from '../../text/code-points';
import { articleArbitrary, entitiesArbitrary } from './arbitraries';

const AT = '2026-12-07T10:00:00.000Z';
const annotator = fc.constantFrom(undefined, 'Dana', 'Lee');
const note = fc.constantFrom(undefined, '', 'see table 3', 'two\nlines');
const URLS = ['https://example.org/a?b=1', 'http://bench.example/report#t3'];

/** The article with its annotations spread over annotators' layers, and 0–3 passages. */
function layered(article: Article, id: string, prefix: string): fc.Arbitrary<Article> {
  const index = new CodePointIndex(article.text);
  const passage = fc.record({
    a: fc.nat({ max: index.length - 1 }),
    b: fc.nat({ max: index.length - 1 }),
    who: annotator,
    note: fc.constantFrom('', 'why it matters'),
  });
  return fc
    .record({
      claimsBy: fc.array(annotator, { minLength: 6, maxLength: 6 }),
      mentionsBy: fc.array(annotator, { minLength: 6, maxLength: 6 }),
      passages: fc.array(passage, { maxLength: 3 }),
    })
    .map(({ claimsBy, mentionsBy, passages }) => {
      const by = <T extends object>(item: T, who: string | undefined): T =>
        who === undefined ? item : { ...item, annotator: who };
      return {
        ...article,
        id,
        claims: article.claims.map((c, i) => by({ ...c, id: `clm_${prefix}${i}` }, claimsBy[i])),
        mentions: article.mentions.map((m, i) =>
          by({ ...m, id: `men_${prefix}${i}` }, mentionsBy[i]),
        ),
        evidence: passages.map((p, i) => {
          const [start, end] = [Math.min(p.a, p.b), Math.max(p.a, p.b) + 1];
          return by(
            {
              id: `evi_${prefix}${i}`,
              start,
              end,
              ...quoteSelector(index, start, end),
              note: p.note,
              createdAt: AT,
            },
            p.who,
          );
        }),
      };
    });
}

const ref = (a: Article, id: string): AnnotationRef => ({ document: a.id, annotation: id });

/** Every relation the two articles allow, as choices for the generator. */
function relationChoices(articles: readonly Article[]): fc.Arbitrary<Omit<Relation, 'id'>>[] {
  const claims = articles.flatMap((a) => a.claims.map((c) => ref(a, c.id)));
  const passages = articles.flatMap((a) => (a.evidence ?? []).map((e) => ref(a, e.id)));
  const extra = fc.record({ annotator, note });
  const make = (
    type: fc.Arbitrary<RelationType>,
    from: AnnotationRef,
    to: fc.Arbitrary<Relation['to']>,
  ) =>
    fc.tuple(type, to, extra).map(([t, end, { annotator: who, note: n }]) => ({
      type: t,
      from,
      to: end,
      ...(who === undefined ? {} : { annotator: who }),
      ...(n === undefined ? {} : { note: n }),
      createdAt: AT,
    }));
  const choices: fc.Arbitrary<Omit<Relation, 'id'>>[] = [];
  for (const a of articles) {
    for (const c of a.claims) {
      const from = ref(a, c.id);
      const evidenceEnds = [
        ...passages.map((p) => fc.constant<Relation['to']>(p)),
        fc.constantFrom<Relation['to']>(...URLS.map((url) => ({ url }))),
        // A passage of an article the file does not hold (another part of the library).
        fc.constant<Relation['to']>({ document: 'art_elsewhere', annotation: 'evi_far' }),
      ];
      choices.push(make(fc.constantFrom(...EVIDENCE_RELATIONS), from, fc.oneof(...evidenceEnds)));
      const others = claims.filter((o) => o.annotation !== c.id);
      if (others.length > 0) {
        choices.push(
          make(fc.constantFrom('same-claim', 'contradicts'), from, fc.constantFrom(...others)),
        );
      }
      const inside = [...a.mentions, ...(a.evidence ?? [])].map((s) => ref(a, s.id));
      if (inside.length > 0) {
        const role = fc.constantFrom(...ROLE_FIELDS.map((f) => `role:${f}` as RelationType));
        choices.push(make(role, from, fc.constantFrom(...inside)));
      }
    }
  }
  return choices;
}

/** Entities and two linked articles (`art_one`, `art_two`), each holding its claims' links. */
export const richLinkedLibraryArbitrary: fc.Arbitrary<{ entities: Entity[]; articles: Article[] }> =
  entitiesArbitrary.chain((entities) =>
    fc
      .tuple(articleArbitrary(entities), articleArbitrary(entities))
      .chain(([one, two]) => fc.tuple(layered(one, 'art_one', 'a'), layered(two, 'art_two', 'b')))
      .chain((articles) => {
        const choices = relationChoices(articles);
        if (choices.length === 0) return fc.constant({ entities, articles });
        return fc.array(fc.oneof(...choices), { maxLength: 8 }).map((specs) => {
          const relations = specs.map((r, i) => ({ ...r, id: `rel_${i}` }) as Relation);
          return {
            entities,
            articles: articles.map((a) => {
              const own = relations.filter((r) => r.from.document === a.id);
              return own.length > 0 ? { ...a, relations: own } : a;
            }),
          };
        });
      }),
  );
