import { describe, expect, test } from 'vitest';
import { one, readingOf, summary } from '../fixtures/quote-articles.ts';
import { anaphorOf, leadingAnaphorOf, resolveAnaphor } from './anaphora.ts';

describe('anaphorOf and leadingAnaphorOf', () => {
  test('a whole phrase that is "he", "she" or "the MP"', () => {
    expect(['He', 'she', 'the MP', 'the MPs', 'Mr Corbyn'].map(anaphorOf)).toEqual([
      'm',
      'f',
      'mp',
      null,
      null,
    ]);
  });

  test('a clause opening with one, and not with a longer word', () => {
    const clauses = ['he said', 'She added', 'the MP said', 'the MPs said', 'Helen said'];
    expect(clauses.map(leadingAnaphorOf)).toEqual(['m', 'f', 'mp', null, null]);
  });
});

describe('resolveAnaphor', () => {
  const bergerSubject = { person: 'luciana-berger', text: 'Luciana Berger' };

  test('takes the latest subject of the right gender, skipping a man for "she"', () => {
    const reading = readingOf(one('Luciana Berger spoke. John McDonnell listened. She left.'));
    reading.events.push({ p: 0, at: 0, subject: bergerSubject });
    const mcdonnell = { person: 'john-mcdonnell', text: 'John McDonnell' };
    reading.events.push({ p: 0, at: 23, subject: mcdonnell });
    expect(resolveAnaphor(reading, 'f', { p: 0, at: 48 })).toEqual(bergerSubject);
  });

  test('looks back one paragraph, no further', () => {
    const reading = readingOf(one('Luciana Berger spoke.', 'Nothing.', 'She left.'));
    reading.events.push({ p: 0, at: 0, subject: bergerSubject });
    expect(resolveAnaphor(reading, 'f', { p: 1, at: 0 })).toEqual(bergerSubject);
    expect(resolveAnaphor(reading, 'f', { p: 2, at: 0 })).toBeNull();
  });

  test('an anonymous subject first stops "he"; "the MP" takes one that is an MP', () => {
    const reading = readingOf(one('A Labour MP spoke. He left.'));
    const anonymous = { person: null, text: 'A Labour MP' };
    reading.events.push({ p: 0, at: 0, subject: anonymous });
    expect(resolveAnaphor(reading, 'mp', { p: 0, at: 19 })).toEqual(anonymous);
    reading.events[0] = { p: 0, at: 0, subject: { person: null, text: 'A spokesman' } };
    expect(resolveAnaphor(reading, 'mp', { p: 0, at: 19 })).toBeNull();
  });
});

describe('findQuotes: "he" and "she" are never pinned on the wrong person', () => {
  test('"he" with two men named since the last subject is unresolved', () => {
    expect(
      summary(
        one(
          'Tom Watson met John McDonnell and Chris Leslie.',
          '"We will win this fight together, all of us," he said.',
        ),
      ),
    ).toEqual([[2, 2, null, '', 'none', 'We will win this fight together, all of ']]);
  });

  test('"she" skips back over a man to the woman who was the subject', () => {
    // "Ms Berger" with no full name before it names no one, so neither does "she".
    expect(
      summary(
        one(
          'Ms Berger spoke first. Mr McDonnell listened.',
          '"I will not be silenced by anyone here," she said.',
        ),
      ),
    ).toEqual([[2, 2, null, '', 'none', 'I will not be silenced by anyone here']]);
    expect(
      summary(
        one(
          'Luciana Berger spoke first. John McDonnell listened.',
          '"I will not be silenced by anyone here," she said.',
        ),
      ),
    ).toEqual([
      [
        2,
        2,
        'luciana-berger',
        'Luciana Berger',
        'pronoun',
        'I will not be silenced by anyone here',
      ],
    ]);
  });
});
