import { describe, expect, it } from 'vitest';
import { cohensKappa, krippendorffAlphaNominal } from './reliability';

const repeat = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

describe("Cohen's κ", () => {
  it.each([
    {
      name: 'the 50-item yes/no example: 20 yes/yes, 15 no/no, 5 yes/no, 10 no/yes',
      pairs: [
        ...repeat(20, ['yes', 'yes'] as const),
        ...repeat(15, ['no', 'no'] as const),
        ...repeat(5, ['yes', 'no'] as const),
        ...repeat(10, ['no', 'yes'] as const),
      ],
      kappa: 0.4,
    },
    {
      name: 'perfect agreement with variation',
      pairs: [
        ['a', 'a'],
        ['b', 'b'],
      ] as const,
      kappa: 1,
    },
    // pₒ = 0.5; pₑ = ½·1 + ½·0 = 0.5
    {
      name: 'agreement no better than chance',
      pairs: [
        ['a', 'a'],
        ['b', 'a'],
      ] as const,
      kappa: 0,
    },
    // pₒ = 0, pₑ = ½·½ + ½·½ = ½ → κ = −1
    {
      name: 'systematic disagreement',
      pairs: [
        ['a', 'b'],
        ['b', 'a'],
      ] as const,
      kappa: -1,
    },
    { name: 'no items', pairs: [] as const, kappa: null },
    {
      name: 'one category only: chance agreement is certain',
      pairs: [
        ['a', 'a'],
        ['a', 'a'],
      ] as const,
      kappa: null,
    },
  ])('$name → $kappa', ({ pairs, kappa }) => {
    const value = cohensKappa(pairs as ReadonlyArray<readonly [string, string]>);
    if (kappa === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(kappa, 10);
  });
});

describe("Krippendorff's α (nominal)", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
  // observers, twelve units, missing values ('.'); α nominal = 0.743.
  const table = [
    '1 2 3 3 2 1 4 1 2 . . .',
    '1 2 3 3 2 2 4 1 2 5 . 3',
    '. 3 3 3 2 3 4 2 2 5 1 .',
    '1 2 3 3 2 4 4 1 2 5 1 .',
  ].map((row) => row.split(' '));
  const units = table[0]!.map((_, u) =>
    table.map((observer) => observer[u]!).filter((value) => value !== '.'),
  );

  it.each([
    { name: "Krippendorff's 2011 example, 4 observers × 12 units", units, alpha: 0.743 },
    // o(s,s) = 2, o(r,s) = o(s,r) = 1; n = 4, nₛ = 3, nᵣ = 1 → Dₒ = ½, Dₑ = 6/12 → α = 0
    {
      name: 'two units, one agreed, one not',
      units: [
        ['s', 's'],
        ['r', 's'],
      ],
      alpha: 0,
    },
    {
      name: 'every unit agreed, with variation',
      units: [
        ['a', 'a', 'a'],
        ['b', 'b'],
      ],
      alpha: 1,
    },
    {
      name: 'no variation at all',
      units: [
        ['a', 'a'],
        ['a', 'a'],
      ],
      alpha: null,
    },
    { name: 'nothing pairable', units: [['a'], ['b']], alpha: null },
  ])('$name → $alpha', ({ units: data, alpha }) => {
    const value = krippendorffAlphaNominal(data);
    if (alpha === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(alpha, 3);
  });
});
