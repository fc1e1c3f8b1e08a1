import { describe, expect, test } from 'vitest';
import { type RelatableItem, relatedItems } from './related.ts';

const person = (slug: string) => ({
  key: `person:${slug}`,
  reason: `also mentions ${slug}`,
  weight: 3,
});
const topic = (slug: string) => ({ key: `topic:${slug}`, reason: `also about ${slug}`, weight: 1 });

describe('relatedItems', () => {
  const items: RelatableItem[] = [
    { id: 'a', date: '2019-02', keys: [person('leslie'), topic('brexit')] },
    { id: 'b', date: '2018-09-11', keys: [person('leslie'), topic('deselection')] },
    { id: 'c', date: '2018-09', keys: [topic('brexit'), topic('deselection')] },
    { id: 'd', date: '2015-08', keys: [topic('entryism')] },
  ];

  test('ranks by shared keys, a shared person above a shared topic, with the reasons', () => {
    const related = relatedItems(items, { limit: 5, window: 10 });
    expect(related.get('a')).toEqual([
      { id: 'b', score: 1.893, reasons: ['also mentions leslie'] },
      { id: 'c', score: 0.631, reasons: ['also about brexit'] },
    ]);
    expect(related.get('c')?.map((r) => [r.id, r.reasons])).toEqual([
      ['a', ['also about brexit']],
      ['b', ['also about deselection']],
    ]);
  });

  test('an item sharing nothing has no related items', () => {
    expect(relatedItems(items, { limit: 5, window: 10 }).get('d')).toEqual([]);
  });

  test('only the nearest neighbours in time are considered for a common key', () => {
    const many: RelatableItem[] = Array.from({ length: 100 }, (_, i) => ({
      id: `x${String(i).padStart(3, '0')}`,
      date: `2018-01-${String((i % 28) + 1).padStart(2, '0')}`,
      keys: [topic('common')],
    }));
    const related = relatedItems(many, { limit: 100, window: 3 });
    for (const list of related.values()) expect(list.length).toBeLessThanOrEqual(6);
  });

  test('respects the limit', () => {
    expect(relatedItems(items, { limit: 1, window: 10 }).get('a')).toHaveLength(1);
  });
});
