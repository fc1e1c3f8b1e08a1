import { describe, expect, test } from 'vitest';
import { seed001 } from '../fixtures/seed-articles.ts';
import { one, summary } from '../fixtures/quote-articles.ts';
import { endsSentence, isQuotation } from './is-quotation.ts';

const span = { words: 3, attributedBefore: false, adjacent: false, endsSentence: false };

describe('isQuotation', () => {
  test('five words or more are a quotation, attributed or not', () => {
    expect(isQuotation({ ...span, words: 5 })).toBe(true);
  });

  test('any length is, with an attribution right next to it', () => {
    expect(isQuotation({ ...span, words: 1, adjacent: true })).toBe(true);
  });

  test('four words are, ending an attributed sentence; not mid-sentence or unattributed', () => {
    const four = { ...span, words: 4, attributedBefore: true, endsSentence: true };
    expect(isQuotation(four)).toBe(true);
    expect(isQuotation({ ...four, endsSentence: false })).toBe(false);
    expect(isQuotation({ ...four, attributedBefore: false })).toBe(false);
  });

  test('three words ending an attributed sentence are a fragment', () => {
    expect(isQuotation({ ...span, attributedBefore: true, endsSentence: true })).toBe(false);
  });
});

describe('endsSentence', () => {
  test('only punctuation (or nothing) after the closing mark ends the sentence', () => {
    expect(['', '.', ' ).', ',']).toEqual(['', '.', ' ).', ','].filter(endsSentence));
    expect(endsSentence(' today.')).toBe(false);
  });
});

describe('findQuotes: which quotation marks are quotations', () => {
  test('scare quotes and short fragments are not: “infiltrated”, "breakaway party", "sticking with Labour"', () => {
    expect(
      summary(
        one(
          'Mr Leslie said his party had been infiltrated by the “intolerant hard left” and the move had been “orchestrated nationally”.',
        ),
      ),
    ).toEqual([]);
    expect(
      summary({ date: seed001.date, paragraphs: seed001.paragraphs.slice(0, 4) }).map((q) => q[5]),
    ).toEqual(['letting his allies go after']);
  });

  test('a short quote counts when an attribution sits next to it, not when it is embedded in reported speech', () => {
    expect(
      summary(
        one(
          'Mr Corbyn said: "No way."',
          '"Never," said Mr Corbyn.',
          'Mr Corbyn said the idea was "simply absurd" today.',
        ),
      ),
    ).toEqual([
      [1, 1, 'jeremy-corbyn', 'Mr Corbyn', 'explicit', 'No way.'],
      [2, 2, 'jeremy-corbyn', 'Mr Corbyn', 'explicit', 'Never'],
    ]);
  });
});
