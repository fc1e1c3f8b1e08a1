import { describe, expect, test } from 'vitest';
import { bylineAuthors } from './byline.ts';

describe('bylineAuthors', () => {
  test('a name with a role', () => {
    expect(bylineAuthors('Alice Renwick, Deputy Political Editor')).toEqual([
      { name: 'Alice Renwick', jobTitle: 'Deputy Political Editor' },
    ]);
    expect(bylineAuthors('Tom Ashe, Executive Editor, Politics, The Daily Example')).toEqual([
      { name: 'Tom Ashe', jobTitle: 'Executive Editor, Politics, The Daily Example' },
    ]);
  });
  test('names as printed: capitals, apostrophes, hyphens, particles', () => {
    expect(bylineAuthors('By RUTH MCALLISTER, POLITICAL CORRESPONDENT')).toEqual([
      { name: 'RUTH MCALLISTER', jobTitle: 'POLITICAL CORRESPONDENT' },
    ]);
    expect(bylineAuthors("Siobhán O'Neill-Hart")).toEqual([{ name: "Siobhán O'Neill-Hart" }]);
    expect(bylineAuthors('Pieter van der Berg')).toEqual([{ name: 'Pieter van der Berg' }]);
  });
  test('two people, without a role (it could be either’s)', () => {
    expect(bylineAuthors('Ann Ash and Ben Bell')).toEqual([
      { name: 'Ann Ash' },
      { name: 'Ben Bell' },
    ]);
    expect(bylineAuthors('Ann Ash & Ben Bell')).toEqual([
      { name: 'Ann Ash' },
      { name: 'Ben Bell' },
    ]);
  });
  test('a desk, an agency or anything not plainly a name gives no person', () => {
    for (const byline of [
      'Political Staff',
      'PA Reporter',
      'Press Association',
      'Our Political Correspondent',
      'Ann Ash and Political Staff',
      'Madonna',
      'the newsroom',
      '',
    ]) {
      expect(bylineAuthors(byline), byline).toEqual([]);
    }
    expect(bylineAuthors(null)).toEqual([]);
  });
});
