import { describe, expect, test } from 'vitest';
import { one, readingOf, summary } from '../fixtures/quote-articles.ts';
import { clauseStartOf, headOf, titleish } from './clause-subject.ts';

describe('titleish', () => {
  test('capitalised words, acronyms and job words may stand before a name', () => {
    expect(titleish("Labour's deputy leader ")).toBe(true);
    expect(titleish('SNP ')).toBe(true);
    expect(titleish('met with ')).toBe(false);
    expect(titleish('(or ')).toBe(false);
  });
});

describe('clauseStartOf', () => {
  test('skips conjunctions and an introductory phrase up to its comma', () => {
    const text = 'But in 2015, he said so';
    expect(clauseStartOf(text, { start: 0, end: text.length })).toBe(text.indexOf('he'));
  });

  test('a sentence opening with its subject starts there', () => {
    expect(clauseStartOf('Mr Leslie said so', { start: 0, end: 17 })).toBe(0);
  });
});

describe('headOf', () => {
  test('a name after title words heads the clause, with those words', () => {
    const reading = readingOf(one("Labour's deputy leader Tom Watson said it was wrong."));
    expect(headOf(reading, 0, reading.sentences[0]![0]!).resolved).toEqual({
      subject: { person: 'tom-watson', text: "Labour's deputy leader Tom Watson" },
      via: 'explicit',
    });
  });

  test('an anonymous subject of the first speech verb heads it', () => {
    const reading = readingOf(one('A spokesman for her campaign said it was wrong.'));
    expect(headOf(reading, 0, reading.sentences[0]![0]!).resolved?.subject).toEqual({
      person: null,
      text: 'A spokesman for her campaign',
    });
  });
});

describe('findQuotes: participles', () => {
  test('a participle takes the main subject, or X in "with X tweeting"', () => {
    expect(
      summary(
        one(
          'Labour MPs criticised Mr McDonnell, with Chuka Umunna tweeting: "Are we going to act?"',
        ),
      ),
    ).toEqual([[1, 1, 'chuka-umunna', 'Chuka Umunna', 'explicit', 'Are we going to act?']]);
    expect(
      summary(
        one(
          'Michael Dugher wrote to Iain McNicol warning the party was "allowing the issue to drift".',
        ),
      ),
    ).toEqual([
      [1, 1, 'michael-dugher', 'Michael Dugher', 'explicit', 'allowing the issue to drift'],
    ]);
  });
});
