/** Something two articles can share: a person, a constituency, a topic. */
import { compareCodePoints } from './order.ts';
export interface RelatedKey {
  /** Unique across kinds, e.g. `person:chris-leslie`. */
  key: string;
  /** How the reason reads: "also mentions Chris Leslie", "also about Brexit". */
  reason: string;
  /** Specific things (a person) count more than broad ones (a topic). */
  weight: number;
}

export interface RelatableItem {
  id: string;
  /** Sort key for time order (`YYYY-MM-DD`, `YYYY-MM`), or null. */
  date: string | null;
  keys: readonly RelatedKey[];
}

export interface Related {
  id: string;
  score: number;
  reasons: string[];
}

export interface RelatedOptions {
  /** How many related items to keep per item. */
  limit: number;
  /** Per shared key, how many neighbours in time on each side are considered. */
  window: number;
}

/**
 * Related items from shared keys, in time linear in the corpus: each key's posting
 * list is ordered by date, and an item only meets the `window` nearest items on
 * either side in each list, so a topic with 10,000 articles costs no more per
 * article than one with 20. A shared key scores its weight divided by the log of
 * how common it is, so a rarely named MP outweighs a topic every article shares.
 */
export function relatedItems(
  items: readonly RelatableItem[],
  { limit, window }: RelatedOptions,
): Map<string, Related[]> {
  const order = [...items].sort(
    (a, b) => compareCodePoints(a.date ?? '', b.date ?? '') || compareCodePoints(a.id, b.id),
  );
  const postings = new Map<string, RelatableItem[]>();
  const positions = new Map<string, Map<string, number>>();
  for (const item of order) {
    for (const { key } of item.keys) {
      const list = postings.get(key) ?? [];
      if (!postings.has(key)) postings.set(key, list);
      const at = positions.get(item.id) ?? new Map<string, number>();
      positions.set(item.id, at);
      at.set(key, list.length);
      list.push(item);
    }
  }

  const result = new Map<string, Related[]>();
  for (const item of items) {
    const scores = new Map<string, { score: number; reasons: string[] }>();
    for (const { key, reason, weight } of item.keys) {
      const list = postings.get(key)!;
      if (list.length < 2) continue;
      const at = positions.get(item.id)!.get(key)!;
      const value = weight / Math.log2(1 + list.length);
      for (let i = Math.max(0, at - window); i <= Math.min(list.length - 1, at + window); i++) {
        const other = list[i]!;
        if (other.id === item.id) continue;
        const entry = scores.get(other.id) ?? { score: 0, reasons: [] };
        entry.score += value;
        entry.reasons.push(reason);
        scores.set(other.id, entry);
      }
    }
    const ranked = [...scores.entries()]
      .map(([id, { score, reasons }]) => ({ id, score: Math.round(score * 1000) / 1000, reasons }))
      .sort((a, b) => b.score - a.score || compareCodePoints(a.id, b.id))
      .slice(0, limit);
    result.set(item.id, ranked);
  }
  return result;
}
