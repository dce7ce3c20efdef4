// Chance-corrected agreement coefficients on nominal data: Cohen's κ for two coders and
// Krippendorff's α for any number of coders with missing values. `null` where undefined.

/**
 * Cohen's κ over items both coders rated: (pₒ − pₑ) / (1 − pₑ), with pₑ from each coder's own
 * category frequencies. Undefined (null) with no items, or when chance agreement is certain
 * (both coders always chose the same one category).
 */
export function cohensKappa(pairs: ReadonlyArray<readonly [string, string]>): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreed++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  let chance = 0;
  for (const [category, count] of first) chance += (count / n) * ((second.get(category) ?? 0) / n);
  if (chance >= 1) return null;
  return (agreed / n - chance) / (1 - chance);
}

/**
 * Krippendorff's α for nominal values: 1 − Dₒ/Dₑ from the coincidence matrix (Krippendorff,
 * "Computing Krippendorff's Alpha-Reliability", 2011). Each unit lists the values the coders
 * gave it (missing ones left out); units with fewer than two values are not pairable and
 * ignored. Undefined (null) with fewer than two pairable values or no variation at all.
 */
export function krippendorffAlphaNominal(units: ReadonlyArray<readonly string[]>): number | null {
  // o[c][k]: coincidences of values c and k; each unit with m values adds 1/(m − 1) per
  // ordered pair of its values taken by different coders.
  const coincidences = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    let row = coincidences.get(c);
    if (!row) coincidences.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const values of units) {
    const m = values.length;
    if (m < 2) continue;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        if (pairs > 0) add(c, k, pairs / (m - 1));
      }
    }
  }
  const totals = new Map<string, number>();
  let n = 0;
  let observedDisagreement = 0;
  for (const [c, row] of coincidences) {
    for (const [k, o] of row) {
      totals.set(c, (totals.get(c) ?? 0) + o);
      n += o;
      if (c !== k) observedDisagreement += o;
    }
  }
  if (n <= 1) return null;
  let expectedDisagreement = 0;
  for (const [c, nc] of totals) {
    for (const [k, nk] of totals) if (c !== k) expectedDisagreement += nc * nk;
  }
  expectedDisagreement /= n - 1;
  if (expectedDisagreement === 0) return null;
  return 1 - observedDisagreement / expectedDisagreement;
}
