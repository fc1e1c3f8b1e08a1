import { compareCodePoints } from './order.ts';

/** An entry with how many articles name it. */
export interface Mentioned<T> {
  item: T;
  count: number;
}

/**
 * The entries the most articles name, most first (ties by slug), leaving out any none name:
 * the home page's "most mentioned" lists.
 * @example mostMentioned([{ slug: 'a' }, { slug: 'b' }], new Map([['b', [x, y]]]), 8) // [{ item: { slug: 'b' }, count: 2 }]
 */
export function mostMentioned<T extends { slug: string }>(
  items: readonly T[],
  articlesBySlug: ReadonlyMap<string, readonly unknown[]>,
  limit: number,
): Mentioned<T>[] {
  return items
    .map((item) => ({ item, count: articlesBySlug.get(item.slug)?.length ?? 0 }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || compareCodePoints(a.item.slug, b.item.slug))
    .slice(0, limit);
}
