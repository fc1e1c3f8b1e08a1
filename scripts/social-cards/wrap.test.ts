import { describe, expect, test } from 'vitest';
import { wrapLines } from './wrap.ts';

/** One unit per character: widths are easy to count by hand. */
const chars = (text: string) => [...text].length;

describe('wrapLines', () => {
  test('fills each line with as many words as fit, breaking at spaces', () => {
    expect(wrapLines('Council vote delayed again', 12, chars)).toEqual([
      'Council vote',
      'delayed',
      'again',
    ]);
  });

  test('a trailing space takes no room: a word that ends exactly at the edge stays', () => {
    expect(wrapLines('abcd efgh ij', 9, chars)).toEqual(['abcd efgh', 'ij']);
  });

  test('may break after a hyphen or a dash, keeping it on the first line', () => {
    expect(wrapLines('a by-election', 6, chars)).toEqual(['a by-', 'election']);
    expect(wrapLines('Vote—then row', 6, chars)).toEqual(['Vote—', 'then', 'row']);
  });

  test('a word wider than the line stays whole on a line of its own', () => {
    expect(wrapLines('a Llanfairpwllgwyngyll b', 8, chars)).toEqual([
      'a',
      'Llanfairpwllgwyngyll',
      'b',
    ]);
  });

  test('text that fits is one line; empty text is one empty line', () => {
    expect(wrapLines('Short', 80, chars)).toEqual(['Short']);
    expect(wrapLines('', 80, chars)).toEqual(['']);
  });

  test('measures with the widths it is given, not character counts', () => {
    const wide = (text: string) => [...text].reduce((w, c) => w + (c === 'W' ? 3 : 1), 0);
    expect(wrapLines('WW ab cd', 9, wide)).toEqual(['WW ab', 'cd']);
    expect(wrapLines('WWW ab', 9, wide)).toEqual(['WWW', 'ab']);
  });
});
