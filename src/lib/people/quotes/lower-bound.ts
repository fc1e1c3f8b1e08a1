/** Decides where a value falls in a sorted list: the binary search every offset lookup uses. */

/**
 * The index of the first item whose key is at least `value`, in items sorted by key: the
 * quote rules' lookups are binary searches, so a long paragraph costs its length, not its
 * square.
 * @example lowerBound([{ at: 1 }, { at: 5 }], 3, (v) => v.at) // 1
 */
export function lowerBound<T>(
  items: readonly T[],
  value: number,
  key: (item: T) => number,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
