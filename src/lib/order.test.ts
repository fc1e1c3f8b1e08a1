import { describe, expect, test } from 'vitest';
import { compareCodePoints } from './order.ts';

describe('compareCodePoints', () => {
  test('puts capitals before small letters, as code points do', () => {
    expect(['b', 'a', 'B'].sort(compareCodePoints)).toEqual(['B', 'a', 'b']);
  });

  test('does not follow a locale: accented letters sort after every ASCII letter', () => {
    expect(['zebra', 'Ærø', 'apple', 'Åland'].sort(compareCodePoints)).toEqual([
      'apple',
      'zebra',
      'Åland',
      'Ærø',
    ]);
  });

  test('sorts an astral character (a surrogate pair) after every other BMP character', () => {
    // By UTF-16 code units U+1F600 (0xD83D…) would sort before U+FF21 (Ａ); by code points it is after.
    expect(['😀', 'Ａ', 'a'].sort(compareCodePoints)).toEqual(['a', 'Ａ', '😀']);
  });

  test('puts a prefix before the longer text, and finds equal texts equal', () => {
    expect(compareCodePoints('Ash', 'Ashton')).toBeLessThan(0);
    expect(compareCodePoints('Ashton', 'Ash')).toBeGreaterThan(0);
    expect(compareCodePoints('Ash', 'Ash')).toBe(0);
  });
});
