import { describe, expect, test } from 'vitest';
import { findQuoteSpans, quotedRanges } from './quotes/spans.ts';
import { splitSentences } from './sentences.ts';

const split = (text: string) =>
  splitSentences(text, quotedRanges(findQuoteSpans([text]), 1)[0]!).map((s) =>
    text.slice(s.start, s.end),
  );

describe('splitSentences', () => {
  test('splits at full stops before a capital, not after Mr or Ms', () => {
    expect(split('Mr Corbyn spoke. Ms Berger left. He stayed.')).toEqual([
      'Mr Corbyn spoke.',
      'Ms Berger left.',
      'He stayed.',
    ]);
  });
  test('a quotation is opaque: its full stops do not end the sentence quoting it', () => {
    expect(split('Mr McDonnell said: "I\'m sorry. We now have 500,000 members." He left.')).toEqual(
      ['Mr McDonnell said: "I\'m sorry. We now have 500,000 members."', 'He left.'],
    );
  });
  test('question marks end sentences too (seed 002)', () => {
    expect(split('Why are Team Burnham doing this now? Some Labour MPs are wondering.')).toEqual([
      'Why are Team Burnham doing this now?',
      'Some Labour MPs are wondering.',
    ]);
  });
});
