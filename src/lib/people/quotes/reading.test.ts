import { describe, expect, test } from 'vitest';
import { one, readingOf } from '../fixtures/quote-articles.ts';
import {
  before,
  lastVerbIn,
  mentionJustBefore,
  QUOTED,
  sentenceAt,
  skipSpace,
  verbsIn,
} from './reading.ts';

describe('readArticle', () => {
  const text = 'Jeremy Corbyn said: "No way." He left.';
  const reading = readingOf(one(text));

  test('masks quoted characters, marks included, and finds no verb inside them', () => {
    const open = text.indexOf('"');
    expect(reading.masked[0]!.slice(open, open + 9)).toBe(QUOTED.repeat(9));
    expect(reading.verbs[0]!.map((v) => text.slice(v.at, v.end))).toEqual(['said']);
  });

  test('the quotation is closed in the first sentence', () => {
    const sentence = sentenceAt(reading, 0, text.indexOf('No'));
    expect(reading.chainsClosedIn.get(sentence)).toHaveLength(1);
    expect(sentenceAt(reading, 0, text.indexOf('He'))).not.toBe(sentence);
  });

  test('verbsIn and lastVerbIn look up verbs by offset', () => {
    expect([...verbsIn(reading, 0, 0, text.length)].map((v) => v.at)).toEqual([14]);
    expect(lastVerbIn(reading, 0, 0, 14)).toBeUndefined();
    expect(lastVerbIn(reading, 0, 0, 15)?.at).toBe(14);
  });
});

describe('mentionJustBefore', () => {
  test('the mention separated from an offset by space only', () => {
    const text = 'with Chuka Umunna tweeting';
    const reading = readingOf(one(text));
    expect(mentionJustBefore(reading, 0, text.indexOf('tweeting'))?.person).toBe('chuka-umunna');
    expect(mentionJustBefore(reading, 0, text.indexOf('Umunna'))).toBeUndefined();
  });
});

describe('skipSpace and before', () => {
  test('skipSpace moves past spaces; before orders positions', () => {
    expect(skipSpace('  a', 0)).toBe(2);
    expect(before({ p: 0, at: 9 }, { p: 1, at: 0 })).toBe(true);
    expect(before({ p: 1, at: 3 }, { p: 1, at: 3 })).toBe(false);
  });
});
