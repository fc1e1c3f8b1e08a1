import { describe, expect, test } from 'vitest';
import { mostMentioned } from './most-mentioned.ts';

const entries = [{ slug: 'c' }, { slug: 'a' }, { slug: 'b' }, { slug: 'unnamed' }];
const articles = new Map([
  ['a', [1]],
  ['b', [1, 2, 3]],
  ['c', [1]],
]);

describe('mostMentioned', () => {
  test('ranks by how many articles name each entry, ties by slug', () => {
    expect(
      mostMentioned(entries, articles, 8).map(({ item, count }) => [item.slug, count]),
    ).toEqual([
      ['b', 3],
      ['a', 1],
      ['c', 1],
    ]);
  });

  test('leaves out entries no article names, and stops at the limit', () => {
    expect(mostMentioned(entries, articles, 2).map(({ item }) => item.slug)).toEqual(['b', 'a']);
    expect(mostMentioned(entries, new Map(), 8)).toEqual([]);
  });
});
