import { describe, expect, test } from 'vitest';
import { lowerBound } from './lower-bound.ts';

const at = (...offsets: number[]) => offsets.map((offset) => ({ at: offset }));
const key = (item: { at: number }) => item.at;

describe('lowerBound', () => {
  test('is 0 for an empty list', () => {
    expect(lowerBound([], 5, key)).toBe(0);
  });

  test('finds the first of equal keys', () => {
    expect(lowerBound(at(1, 4, 4, 4, 9), 4, key)).toBe(1);
  });

  test('is the length when every key is smaller', () => {
    expect(lowerBound(at(1, 2, 3), 10, key)).toBe(3);
  });
});
