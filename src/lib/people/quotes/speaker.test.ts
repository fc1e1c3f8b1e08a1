import { describe, expect, test } from 'vitest';
import { one, readingOf, summary } from '../fixtures/quote-articles.ts';
import { attributionAfter, attributionBefore, choose } from './speaker.ts';
import { findQuoteSpans } from './spans.ts';

const named = (person: string) => ({ subject: { person, text: person }, via: 'explicit' as const });
const pronoun = (person: string) => ({ subject: { person, text: 'he' }, via: 'pronoun' as const });

describe('choose', () => {
  test('takes the first attribution found, in order of preference', () => {
    expect(choose([undefined, named('a'), undefined])).toEqual(named('a'));
    expect(choose([undefined, undefined, undefined])).toBeNull();
    expect(choose([null, named('a')])).toBeNull();
  });

  test('prefers a named attribution to a pronoun naming the same person', () => {
    expect(choose([pronoun('a'), named('a')])).toEqual(named('a'));
  });

  test('two attributions naming different people: unsure', () => {
    expect(choose([named('a'), named('b')])).toBeNull();
  });
});

describe('attributionBefore and attributionAfter', () => {
  const partsOf = (text: string) => findQuoteSpans([text])[0]!.parts;

  test('"said:" before a quotation is adjacent; "said the idea was" is not', () => {
    const adjacent = (text: string) =>
      attributionBefore(readingOf(one(text)), partsOf(text)[0]!, false)?.adjacent;
    expect(adjacent('Mr Corbyn said: "No way."')).toBe(true);
    expect(adjacent('Mr Corbyn said the idea was "simply absurd" today.')).toBe(false);
  });

  test('an inverted attribution after the closing mark names the speaker', () => {
    const text = 'Jeremy Corbyn arrived. "Never," said Mr Corbyn.';
    const after = attributionAfter(readingOf(one(text)), partsOf(text)[0]!);
    expect(after).toEqual({
      resolved: { subject: { person: 'jeremy-corbyn', text: 'Mr Corbyn' }, via: 'explicit' },
      adjacent: true,
    });
  });

  test('no speech verb around the quotation: no attribution', () => {
    const text = 'The letter read: "We are concerned."';
    const reading = readingOf(one(text));
    expect(attributionBefore(reading, partsOf(text)[0]!, false)).toBeNull();
    expect(attributionAfter(reading, partsOf(text)[0]!)).toBeNull();
  });
});

describe('findQuotes: a quote is never pinned on the wrong person', () => {
  test('two attributions naming different people leave the speaker null', () => {
    expect(
      summary(
        one('Luciana Berger said: "This is wrong and everyone knows it," John McDonnell said.'),
      ),
    ).toEqual([[1, 1, null, '', 'none', 'This is wrong and everyone knows it']]);
  });

  test('a quote-only paragraph after a paragraph without a quote has no speaker', () => {
    expect(
      summary(one('Jeremy Corbyn arrived.', '"This is the moment for all of us to act."')),
    ).toEqual([[2, 2, null, '', 'none', 'This is the moment for all of us to act.']]);
  });
});
