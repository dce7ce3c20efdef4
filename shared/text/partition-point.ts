/**
 * Binary search: the first index in [0, length) where `before(index)` is false, given that it
 * is true for some prefix of the indices and false for the rest (`length` when it is never
 * false). With `before = (i) => sorted[i] < value` this is the lower bound of `value`, with
 * `<=` the upper bound.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
