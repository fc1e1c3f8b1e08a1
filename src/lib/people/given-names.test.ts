import { describe, expect, test } from 'vitest';
import { derivedNameForms, givenNameForms } from './given-names.ts';

describe('givenNameForms', () => {
  test('a formal name gives its short forms, and a short form its formal names', () => {
    expect(givenNameForms('Andrew')).toEqual(['Andy']);
    expect(givenNameForms('Chuka')).toEqual(['Chukwuka']);
    expect(givenNameForms('Steve')).toEqual(['Stephen', 'Steven']);
    expect(givenNameForms('Kate')).toEqual(expect.arrayContaining(['Katherine', 'Catherine']));
  });
  test('one step only: "Stephen" is never "Steven"', () => {
    expect(givenNameForms('Stephen')).toEqual(['Steve']);
  });
  test('a name in no group has no other forms', () => {
    expect(givenNameForms('Keir')).toEqual([]);
  });
});

describe('derivedNameForms', () => {
  test('swaps the first word only', () => {
    expect(derivedNameForms('Jo Cox')).toEqual(['Joanna Cox', 'Joanne Cox']);
    expect(derivedNameForms('Elizabeth Kendall')).toEqual([
      'Liz Kendall',
      'Beth Kendall',
      'Lizzie Kendall',
    ]);
    expect(derivedNameForms('Michael Dugher')).toEqual(['Mike Dugher', 'Mick Dugher']);
  });
  test('a one-word name derives nothing', () => {
    expect(derivedNameForms('Andrew')).toEqual([]);
  });
});
