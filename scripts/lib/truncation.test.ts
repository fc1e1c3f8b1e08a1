import { describe, expect, test } from 'vitest';
import { isTruncated } from './truncation.ts';

describe('isTruncated', () => {
  test.each([
    'And the vote on the bill will be held on Tues',
    'Also, they will reflect at times their view about the performances of their l',
    'Chuka Umunna has urged Mr Corbyn to call off the dogs to stop MPs being driven out of the party,',
  ])('"%s" stops mid-sentence', (line) => {
    expect(isTruncated(line)).toBe(true);
  });
  test.each([
    'The vote will be held on Tuesday.',
    'Is this the end?',
    '“It will stand,” she said.',
    'The result will stand”',
    'Related reading (in print)',
    'Brexit rebels',
  ])('"%s" ends where it should', (line) => {
    expect(isTruncated(line)).toBe(false);
  });
});
