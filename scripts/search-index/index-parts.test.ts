import { describe, expect, test } from 'vitest';
import { failOn, parsePagefindTotals } from './index-parts.ts';

describe('parsePagefindTotals', () => {
  test('reads the last Total block', () => {
    const log = `[Info]: Language en-gb: \n  Indexed 2 pages\n  Indexed 10 words\n  Indexed 1 filter\n  Indexed 0 sorts\n\n[Info]: Total: \n  Indexed 1 language\n  Indexed 5 pages\n  Indexed 940 words\n  Indexed 2 filters\n  Indexed 1 sort\n`;
    expect(parsePagefindTotals(log)).toEqual({ pages: 5, words: 940, filters: 2, sorts: 1 });
  });
  test('null when the log has no totals', () => {
    expect(parsePagefindTotals('[Status]: [Walking source directory]')).toBeNull();
  });
});

describe('failOn', () => {
  test('passes with no errors, throws naming the step and every error', () => {
    expect(() => failOn('writeFiles', [])).not.toThrow();
    expect(() => failOn('addDirectory(dist)', ['one', 'two'])).toThrow(
      /Pagefind addDirectory\(dist\) failed:\n {2}one\n {2}two/,
    );
  });
});
