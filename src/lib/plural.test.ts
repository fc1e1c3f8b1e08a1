import { describe, expect, test } from 'vitest';
import { countOf } from './plural.ts';

describe('countOf', () => {
  test('singular for one, plural otherwise', () => {
    expect(countOf(1, 'article')).toBe('1 article');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countOf(2, 'person', 'people')).toBe('2 people');
  });
});
