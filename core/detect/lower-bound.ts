/**
 * The first index in [0, n) for which `before(i)` is false, in a list ordered so that `before` holds
 * for a prefix of it (binary search: hostile blocks hold a hundred thousand mentions or line breaks).
 */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
