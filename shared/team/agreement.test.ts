import { describe, expect, it } from 'vitest';
import type { Claim, ClaimStatus, Mention } from '../model/annotations';
import {
  computeAgreement,
  f1,
  overlapMatches,
  registryEntityKey,
  type AgreementDocument,
} from './agreement';

let seq = 0;
function claim(
  annotator: string | undefined,
  start: number,
  end: number,
  status: ClaimStatus = 'unreviewed',
): Claim {
  seq++;
  return {
    id: `clm_${seq}`,
    start,
    end,
    quote: 'x'.repeat(end - start),
    prefix: '',
    suffix: '',
    entities: [],
    status,
    note: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...(annotator ? { annotator } : {}),
  };
}
function mention(annotator: string, start: number, end: number, entity: string): Mention {
  seq++;
  return {
    id: `men_${seq}`,
    start,
    end,
    quote: 'x'.repeat(end - start),
    prefix: '',
    suffix: '',
    entity,
    createdAt: '2026-01-01T00:00:00.000Z',
    annotator,
  };
}
const doc = (articleId: string, claims: Claim[], mentions: Mention[] = []): AgreementDocument => ({
  articleId,
  claims,
  mentions,
});

// Dana: [0,10) supported, [20,30) refuted, [40,50) unreviewed
// Lee:  [0,10) supported, [20,30) supported, [41,50) unreviewed, [60,70) refuted
// exact matches: 2 of 3 and 4 → F1 = 4/7; overlap adds [40,50)~[41,50) → 6/7
// κ on (s,s), (r,s): pₒ = ½, pₑ = ½·1 + ½·0 = ½ → 0; α on {s,s}, {r,s} → 0 (see reliability)
const dana = [
  claim('Dana', 0, 10, 'supported'),
  claim('Dana', 20, 30, 'refuted'),
  claim('Dana', 40, 50),
];
const lee = [
  claim('Lee', 0, 10, 'supported'),
  claim('Lee', 20, 30, 'supported'),
  claim('Lee', 41, 50),
  claim('Lee', 60, 70, 'refuted'),
];

describe('computeAgreement', () => {
  it('counts exact and overlapping claim matches, κ and α for a pair (hand-computed)', () => {
    const report = computeAgreement([doc('art_1', [...dana, ...lee])], {
      fallbackAnnotator: 'Dana',
    });
    expect(report.annotators).toEqual(['Dana', 'Lee']);
    expect(report.pairs).toEqual([
      {
        a: 'Dana',
        b: 'Lee',
        claims: { a: 3, b: 4, matched: 2, f1: 4 / 7 },
        mentions: { a: 0, b: 0, matched: 0, f1: null },
        statusKappa: 0,
        claimsOverlap: { a: 3, b: 4, matched: 3, f1: 6 / 7 },
      },
    ]);
    expect(report.statusAlpha).toBe(0);
    expect(report.articles).toEqual([
      { articleId: 'art_1', annotators: report.annotators, pairs: report.pairs, statusAlpha: 0 },
    ]);
  });

  it('gives annotations without an annotator to the fallback annotator', () => {
    const legacy = dana.map(({ annotator: _gone, ...rest }) => rest);
    const report = computeAgreement([doc('art_1', [...legacy, ...lee])], {
      fallbackAnnotator: 'Dana',
    });
    expect(report.pairs[0]!.claims).toEqual({ a: 3, b: 4, matched: 2, f1: 4 / 7 });
  });

  it('leaves the adjudicated layer out', () => {
    const report = computeAgreement(
      [doc('art_1', [...dana, ...lee, claim('adjudicated', 0, 10, 'supported')])],
      { fallbackAnnotator: 'Dana' },
    );
    expect(report.annotators).toEqual(['Dana', 'Lee']);
    expect(report.pairs).toHaveLength(1);
  });

  it('matches mentions by span and entity, entities compared by what they resolve to', () => {
    // ent_b was merged into ent_a: Lee's mention names the same entity as Dana's.
    const key = (id: string) =>
      ({ ent_a: 'company:Meta', ent_b: 'company:Meta', ent_c: 'model:Llama' })[id] ?? null;
    const report = computeAgreement(
      [
        doc(
          'art_1',
          [],
          [
            mention('Dana', 0, 4, 'ent_a'),
            mention('Dana', 10, 15, 'ent_c'),
            mention('Lee', 0, 4, 'ent_b'),
            mention('Lee', 10, 15, 'ent_a'),
            mention('Lee', 20, 25, 'ent_gone'),
          ],
        ),
      ],
      { fallbackAnnotator: 'Dana', entityKey: key },
    );
    // Lee's mention of a deleted entity does not count: 2 and 2, 1 matched.
    expect(report.pairs[0]!.mentions).toEqual({ a: 2, b: 2, matched: 1, f1: 0.5 });
  });

  it('pools pairs over articles and lists each article with two or more annotators', () => {
    // art_1 as above; art_2: Dana and Sam agree on one claim; art_3: Lee alone.
    const report = computeAgreement(
      [
        doc('art_1', [...dana, ...lee]),
        doc('art_2', [
          claim('Dana', 5, 9, 'refuted'),
          claim('Sam', 5, 9, 'refuted'),
          claim('Sam', 30, 40),
        ]),
        doc('art_3', [claim('Lee', 0, 3)]),
      ],
      { fallbackAnnotator: 'Dana' },
    );
    expect(report.annotators).toEqual(['Dana', 'Lee', 'Sam']);
    // Lee and Sam never shared an article: no pair for them.
    expect(report.pairs.map((p) => [p.a, p.b, p.claims])).toEqual([
      ['Dana', 'Lee', { a: 3, b: 4, matched: 2, f1: 4 / 7 }],
      ['Dana', 'Sam', { a: 1, b: 2, matched: 1, f1: 2 / 3 }],
    ]);
    expect(report.articles.map((a) => a.articleId)).toEqual(['art_1', 'art_2']);
    // α over the units {s,s}, {r,s}, {r,r}: o(s,s) = 2, o(r,r) = 2, o(r,s) = o(s,r) = 1;
    // n = 6, nₛ = nᵣ = 3 → Dₒ = 2/6, Dₑ = 18/30 → α = 1 − (1/3)/(3/5) = 4/9
    expect(report.statusAlpha).toBeCloseTo(4 / 9, 10);
    // Dana–Sam κ over one matched claim (r,r): one category only → undefined.
    expect(report.pairs[1]!.statusKappa).toBeNull();
  });

  it('takes Krippendorff α over every annotator of a span at once', () => {
    // Three annotators on one span: s, s, r; a second span: r, r. o(s,s) = 2·1/2 = 1,
    // o(s,r) = o(r,s) = 2·1/2 = 1, o(r,r) = 2; n = 5, nₛ = 2, nᵣ = 3 → Dₒ = 2/5,
    // Dₑ = 12/20 → α = 1 − (2/5)/(3/5) = 1/3
    const report = computeAgreement(
      [
        doc('art_1', [
          claim('A', 0, 5, 'supported'),
          claim('B', 0, 5, 'supported'),
          claim('C', 0, 5, 'refuted'),
          claim('A', 9, 12, 'refuted'),
          claim('C', 9, 12, 'refuted'),
        ]),
      ],
      { fallbackAnnotator: 'A' },
    );
    expect(report.statusAlpha).toBeCloseTo(1 / 3, 10);
    expect(report.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['A-B', 'A-C', 'B-C']);
  });
});

describe('overlapMatches', () => {
  it.each([
    { name: 'identical spans', a: [[0, 10]], b: [[0, 10]], matched: 1 },
    { name: 'half of the shorter shared', a: [[0, 10]], b: [[5, 15]], matched: 1 },
    { name: 'less than half of the shorter', a: [[0, 10]], b: [[6, 16]], matched: 0 },
    { name: 'a short span inside a long one', a: [[0, 100]], b: [[40, 42]], matched: 1 },
    { name: 'touching, not overlapping', a: [[0, 10]], b: [[10, 20]], matched: 0 },
    {
      name: 'one to one: two claims cannot share one',
      a: [
        [0, 10],
        [1, 9],
      ],
      b: [[0, 10]],
      matched: 1,
    },
    // Greedy in reading order would give [0,10) the first [0,10) and leave [1,5) unmatched;
    // the maximum matching moves [0,10) to [4,14).
    {
      name: 'maximum, not greedy',
      a: [
        [0, 10],
        [1, 5],
      ],
      b: [
        [0, 10],
        [4, 14],
      ],
      matched: 2,
    },
  ])('$name → $matched', ({ a, b, matched }) => {
    const spans = (list: number[][]) => list.map(([start, end]) => ({ start: start!, end: end! }));
    expect(overlapMatches(spans(a), spans(b))).toBe(matched);
    expect(overlapMatches(spans(b), spans(a))).toBe(matched);
  });
});

describe('f1', () => {
  it.each([
    [3, 4, 2, 4 / 7],
    [0, 0, 0, null],
    [2, 0, 0, 0],
    [5, 5, 5, 1],
  ])('a=%i b=%i matched=%i → %s', (a, b, matched, expected) => {
    expect(f1(a, b, matched)).toBe(expected);
  });
});

describe('registryEntityKey', () => {
  it('follows merges, drops deleted entities and compares by type and name', () => {
    const key = registryEntityKey({
      entities: [
        { id: 'ent_a', type: 'company', name: 'Meta', aliases: [], links: {} },
        { id: 'ent_c', type: 'company', name: 'Meta', aliases: [], links: {} },
        { id: 'ent_d', type: 'model', name: 'Meta', aliases: [], links: {} },
      ],
      redirects: { ent_b: 'ent_a' },
      deleted: ['ent_x'],
    });
    expect(key('ent_b')).toBe(key('ent_a'));
    expect(key('ent_c')).toBe(key('ent_a'));
    expect(key('ent_d')).not.toBe(key('ent_a'));
    expect(key('ent_x')).toBeNull();
    expect(key('ent_unknown')).toBe('ent_unknown');
  });
});
