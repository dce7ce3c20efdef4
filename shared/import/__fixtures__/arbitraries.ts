// fast-check generators of random articles for round-trip tests: blocks of text with astral
// characters, CJK, combining marks, tabs and CRLF; overlapping and nested claims and mentions;
// entities of several types with Wikidata, Hugging Face, web and other links.
import fc from 'fast-check';
import { quoteSelector } from '../../anchoring/quote-selector';
import { CLAIM_STATUSES, type Claim, type Mention } from '../../model/annotations';
import type { Article } from '../../model/article';
import { canonicalText, type Block } from '../../model/blocks';
import type { Entity } from '../../model/entities';
import { CodePointIndex } from '../../text/code-points';
import type { Relation } from '../../model/relations';

const PIECES = [
  'a',
  'B',
  ' ',
  '7',
  'é',
  'e\u0301',
  '大',
  '規',
  '😀',
  '👍🏽',
  '👩‍👩‍👧',
  '\t',
  '"',
  ',',
  '=',
  '$&',
  '’',
  '\r\n',
  '\n',
];

const blockText = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 })
  .map((parts) => parts.join(''))
  .filter((text) => text.trim().length > 0);

const block = fc
  .tuple(
    fc.constantFrom('paragraph', 'code', 'heading', 'listItem') as fc.Arbitrary<Block['type']>,
    blockText,
  )
  .map(([type, text]): Block => ({ type, runs: [{ text }] }));

/** Names as the registry keeps them: trimmed, one line. */
const name = fc
  .array(fc.constantFrom('Meta', 'Llama', ' ', '大規模', 'é', '😀', '4', '"x"', '\t'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join('').trim())
  .filter((n) => n.length > 0);

/** Link values without white space: brat's normalisation ids cannot hold any. */
const links = fc.record(
  {
    wikidata: fc.integer({ min: 1, max: 99_999_999 }).map((n) => `Q${n}`),
    huggingface: fc.constantFrom('meta-llama/Llama-4-Scout', 'org/model'),
    website: fc.constantFrom('https://meta.com/', 'https://example.org/a?b=c'),
    arxiv: fc.constantFrom('2501.00001', 'hep-th/9901001'),
  },
  { requiredKeys: [] },
);

const entityType = fc.constantFrom('model', 'company', 'person', 'data-set', 'claim', 'benchmark');

export const entitiesArbitrary: fc.Arbitrary<Entity[]> = fc
  .uniqueArray(fc.tuple(name, entityType, links), {
    minLength: 1,
    maxLength: 4,
    selector: ([n, t]) => `${t}:${n.toLowerCase()}`,
  })
  .map((specs) =>
    specs.map(([n, type, l], i) => ({ id: `ent_${i}`, type, name: n, aliases: [], links: l })),
  );

const STAMPS = ['2026-01-02T03:04:05.000Z', '2026-06-07T08:09:10.000Z', '2026-11-26T12:00:00.000Z'];

/** Notes as brat can keep them: line breaks are `\n` (a CR would come back as `\n`). */
const note = fc.constantFrom(
  '',
  'ok',
  'two\nlines',
  'tab\there',
  '  padded  ',
  '=1+1',
  '\n',
  'see "x", p. 3',
);

/** A random article with the given entities: 0–6 claims and 0–6 mentions, freely overlapping. */
export function articleArbitrary(entities: Entity[]): fc.Arbitrary<Article> {
  return fc
    .array(block, { minLength: 1, maxLength: 4 })
    .chain((rest) => {
      const blocks: Block[] = [{ type: 'title', runs: [{ text: 'Title 😀' }] }, ...rest];
      const text = canonicalText(blocks);
      const index = new CodePointIndex(text);
      const span = fc
        .tuple(fc.nat({ max: index.length - 1 }), fc.nat({ max: index.length - 1 }))
        .map(
          ([a, b]) => (a === b ? [a, a + 1] : [Math.min(a, b), Math.max(a, b)]) as [number, number],
        );
      const entityId = fc.constantFrom(...entities.map((e) => e.id));
      const claim = fc.record({
        span,
        entities: fc.uniqueArray(entityId, { maxLength: 2 }),
        status: fc.constantFrom(...CLAIM_STATUSES),
        note,
        createdAt: fc.constantFrom(...STAMPS),
      });
      const mention = fc.record({ span, entity: entityId, createdAt: fc.constantFrom(...STAMPS) });
      return fc.tuple(
        fc.constant(blocks),
        fc.array(claim, { maxLength: 6 }),
        fc.array(mention, { maxLength: 6 }),
      );
    })
    .map(([blocks, claimSpecs, mentionSpecs]) => {
      const text = canonicalText(blocks);
      const index = new CodePointIndex(text);
      const claims = claimSpecs.map((c, i): Claim => ({
        id: `clm_${i}`,
        start: c.span[0],
        end: c.span[1],
        ...quoteSelector(index, c.span[0], c.span[1]),
        entities: c.entities,
        status: c.status,
        note: c.note,
        createdAt: c.createdAt,
        updatedAt: STAMPS[2]!,
      }));
      const mentions = mentionSpecs.map((m, i): Mention => ({
        id: `men_${i}`,
        start: m.span[0],
        end: m.span[1],
        ...quoteSelector(index, m.span[0], m.span[1]),
        entity: m.entity,
        createdAt: m.createdAt,
      }));
      return {
        id: 'art_random',
        title: 'Title 😀',
        byline: null,
        publishedAt: null,
        siteName: null,
        lang: null,
        dir: null,
        excerpt: null,
        source: { kind: 'paste', retrievedAt: STAMPS[0]! },
        contentHash: `sha256:${'0'.repeat(64)}`,
        createdAt: STAMPS[0]!,
        updatedAt: STAMPS[2]!,
        blocks,
        text,
        claims,
        mentions,
        orphans: [],
      } satisfies Article;
    });
}

/** Entities and an article that uses them. */
export const libraryArbitrary = entitiesArbitrary.chain((entities) =>
  articleArbitrary(entities).map((article) => ({ entities, article })),
);

/**
 * Two articles with evidence passages and random relations between them: evidence links to
 * passages and URLs, claim links inside one article and across both, and roles.
 */
export const linkedLibraryArbitrary = entitiesArbitrary.chain((entities) =>
  fc.tuple(articleArbitrary(entities), articleArbitrary(entities)).chain(([first, second]) => {
    // Ids are unique across a file: the second article's annotations get their own.
    const articles = [
      first,
      {
        ...second,
        id: 'art_other',
        claims: second.claims.map((c) => ({ ...c, id: c.id.replace('clm_', 'clm_b') })),
        mentions: second.mentions.map((m) => ({ ...m, id: m.id.replace('men_', 'men_b') })),
      },
    ];
    const passages = fc.tuple(
      ...articles.map((a) => {
        const index = new CodePointIndex(a.text);
        return fc.array(
          fc
            .tuple(fc.nat({ max: index.length - 1 }), fc.nat({ max: index.length - 1 }), note)
            .map(([x, y, n]) => [Math.min(x, y), Math.max(x, y) + 1, n] as const),
          { maxLength: 3 },
        );
      }),
    );
    return passages.chain((specs) => {
      const withEvidence = articles.map((a, ai) => {
        const index = new CodePointIndex(a.text);
        const evidence = specs[ai]!.map(([start, end, n], i) => ({
          id: `evi_${ai}_${i}`,
          start,
          end,
          ...quoteSelector(index, start, end),
          note: n,
          createdAt: STAMPS[1]!,
        }));
        return { ...a, evidence };
      });
      const ref = (a: Article, id: string) => ({ document: a.id, annotation: id });
      const claims = withEvidence.flatMap((a) => a.claims.map((c) => ref(a, c.id)));
      const passagesRefs = withEvidence.flatMap((a) => a.evidence.map((e) => ref(a, e.id)));
      if (claims.length === 0) return fc.constant({ entities, articles: withEvidence });
      const relation = fc.oneof(
        fc.record({
          type: fc.constantFrom('supports', 'refutes', 'context'),
          from: fc.constantFrom(...claims),
          to:
            passagesRefs.length > 0
              ? fc.oneof(
                  fc.constantFrom(...passagesRefs),
                  fc.constant({ url: 'https://example.org/a?b=1' }),
                )
              : fc.constant({ url: 'https://example.org/a?b=1' }),
        }),
        fc.record({
          type: fc.constantFrom('same-claim', 'contradicts'),
          from: fc.constantFrom(...claims),
          to: fc.constantFrom(...claims),
        }),
      );
      return fc.array(relation, { maxLength: 6 }).map((specs) => {
        const relations = specs
          .filter(
            (r) =>
              !('document' in r.to) ||
              r.to.annotation !== r.from.annotation ||
              r.to.document !== r.from.document,
          )
          .map((r, i) => ({ id: `rel_${i}`, ...r, createdAt: STAMPS[2]! }) as Relation);
        return {
          entities,
          articles: withEvidence.map((a) => {
            const own = relations.filter((r) => r.from.document === a.id);
            return own.length ? { ...a, relations: own } : a;
          }),
        };
      });
    });
  }),
);
