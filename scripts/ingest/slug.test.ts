import { describe, expect, test } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify limits', () => {
  test('no slug is longer than 80 characters', () => {
    const slug = slugify(
      'Ministers set out plans for a new generation of towns across England in a long statement to MPs',
    );
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
  test('a single giant word is cut, never used whole', () => {
    const slug = slugify('x'.repeat(300));
    expect(slug).toBe('x'.repeat(80));
  });
  test('a giant first word with more words after it is cut too', () => {
    expect(slugify(`${'ab'.repeat(60)} and more`).length).toBe(80);
  });
  test('the same headline always gives the same slug', () => {
    expect(slugify('Council tax to rise again')).toBe(slugify('Council tax to rise again'));
  });
});
