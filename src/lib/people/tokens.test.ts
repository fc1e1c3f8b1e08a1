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

describe('tokenize against the word pattern it stands for', () => {
  const byPattern = (text: string) =>
    [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
  test.each([
    ['ASCII, digits and punctuation', 'Labour’s 2019 manifesto: "for the many", p.12'],
    ['accents, combining marks, other scripts', 'Zoë Garçon, Jose\u0301, Łódź, Ελλάδα, 東京, ٣٤'],
    ['astral letters, a lone surrogate, symbols', '𝐀𝐁c \ud800x 😀y ©z\u00a0w\u200bv'],
    ['edges', ''],
    ['a word at the very end', ' end'],
  ])('%s', (_, text) => {
    expect(tokenize(text)).toEqual(byPattern(text));
  });
});

describe('normalizeGap', () => {
  test('a single space, the usual gap, stays as it is', () => {
    expect(normalizeGap(' ')).toBe(' ');
  });
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
