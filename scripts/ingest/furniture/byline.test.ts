import { describe, expect, test } from 'vitest';
import { isNamesOnly, isRole, parseByline } from './byline.ts';

describe('parseByline', () => {
  test.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By Jane Doe, Political Editor', 'Jane Doe, Political Editor'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ["By Mary-Ann O'Neil, Westminster correspondent", "Mary-Ann O'Neil, Westminster correspondent"],
    ['By Peter Walker Political correspondent', 'Peter Walker, Political correspondent'],
    ['BY JANE DOE', 'JANE DOE'],
  ])('"%s" anywhere is the byline "%s"', (line, byline) => {
    expect(parseByline(line, false)).toBe(byline);
  });
  test.each([
    ['Jane Doe Political Correspondent', 'Jane Doe, Political Correspondent'],
    ['Jessica Elgot Deputy political editor', 'Jessica Elgot, Deputy political editor'],
    ['Jane Doe @janedoe', 'Jane Doe @janedoe'],
    ['Jane Doe Political Reporter @janedoesky', 'Jane Doe, Political Reporter @janedoesky'],
  ])('"%s" under a headline is the byline "%s"', (line, byline) => {
    expect(parseByline(line, true)).toBe(byline);
  });
  test('an unprefixed name and title far from the headline is not taken', () => {
    expect(parseByline('Jane Doe Political Correspondent', false)).toBeNull();
  });
  test.each([
    'By Monday the vote was lost.',
    'By Monday night',
    'By-election Result',
    'Keir Starmer Labour leader',
    'Brexit rebels',
    'By the time the result was declared, the hall was nearly empty',
  ])('"%s" is not a byline', (line) => {
    expect(parseByline(line, true)).toBeNull();
  });
});

describe('isRole and isNamesOnly', () => {
  test('job titles are roles; names are names', () => {
    expect(isRole('Political editor')).toBe(true);
    expect(isRole('Scotland Correspondent')).toBe(true);
    expect(isRole('Labour Party')).toBe(false);
    expect(isNamesOnly('Jane Doe')).toBe(true);
    expect(isNamesOnly('Political Editor')).toBe(false);
    expect(isNamesOnly('The vote was lost')).toBe(false);
  });
});
