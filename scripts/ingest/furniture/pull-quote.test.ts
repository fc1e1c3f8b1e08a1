import { describe, expect, test } from 'vitest';
import { toSourceLines } from '../lines.ts';
import { findPullQuotes } from './pull-quote.ts';

describe('findPullQuotes', () => {
  test('a line repeating words of a paragraph below the first paragraph is a pull quote', () => {
    const lines = toSourceLines(
      [
        'Ministers back new homes target',
        'The housing secretary set out the plan to MPs on Tuesday afternoon.',
        '“We will build the homes this country needs,” she told the Commons.',
        '“We will build the homes this country needs”',
        'The plan goes to a vote next month.',
      ].join('\n'),
    );
    expect(findPullQuotes(lines)).toEqual([3]);
  });
  test('lines above the first paragraph (headline, page title) are never pull quotes', () => {
    const lines = toSourceLines(
      [
        'Ministers back new homes target | Politics | The Example',
        'Ministers back new homes target',
        'The housing secretary set out the plan to MPs on Tuesday afternoon.',
      ].join('\n'),
    );
    expect(findPullQuotes(lines)).toEqual([]);
  });
  test('short lines and lines found nowhere else are kept', () => {
    const lines = toSourceLines(
      'The minister set out a plan to build homes on Tuesday.\nHomes\nA different sentence of reporting here today.',
    );
    expect(findPullQuotes(lines)).toEqual([]);
  });
});
