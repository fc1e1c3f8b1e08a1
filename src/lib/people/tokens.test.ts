import { describe, expect, test } from 'vitest';
import { isCapitalised, normalizeGap, possessiveAt, tokenize } from './tokens.ts';

describe('tokenize', () => {
  test('splits on everything but letters, marks and digits, keeping offsets', () => {
    expect(tokenize('Mr McDonnell’s push-back')).toEqual([
      { text: 'Mr', start: 0, end: 2 },
      { text: 'McDonnell', start: 3, end: 12 },
      { text: 's', start: 13, end: 14 },
      { text: 'push', start: 15, end: 19 },
      { text: 'back', start: 20, end: 24 },
    ]);
  });
});

describe('normalizeGap', () => {
  test('spaces collapse, curly apostrophes straighten, dashes become hyphens', () => {
    expect(normalizeGap(' \u00a0')).toBe(' ');
    expect(normalizeGap('’')).toBe("'");
    expect(normalizeGap('–')).toBe('-');
    expect(normalizeGap(', ')).toBe(', ');
  });
});

describe('isCapitalised', () => {
  test('a capital then some lowercase; acronyms are not names', () => {
    expect(['McDonnell', 'Mr', 'Élan'].map(isCapitalised)).toEqual([true, true, true]);
    expect(['BBC', 'MP', 'labour', '50'].map(isCapitalised)).toEqual([false, false, false, false]);
  });
});

describe('possessiveAt', () => {
  test("'s or ’s ending the word", () => {
    expect(possessiveAt("Corbyn's leadership", 6)).toBe(true);
    expect(possessiveAt('McDonnell’s push', 9)).toBe(true);
    expect(possessiveAt("Corbyn'said", 6)).toBe(false);
    expect(possessiveAt('Corbyn said', 6)).toBe(false);
  });
});
