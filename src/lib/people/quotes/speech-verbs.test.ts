import { describe, expect, test } from 'vitest';
import { findVerbs, followsQuote, introducesQuote, speakerNamedAfter } from './speech-verbs.ts';

describe('findVerbs', () => {
  test('finite verbs and participles, in order', () => {
    expect(findVerbs('Mr Corbyn said, adding more')).toEqual([
      { at: 10, end: 14, participle: false },
      { at: 16, end: 22, participle: true },
    ]);
  });

  test('whole words only; nouns such as "claims" are not verbs', () => {
    expect(findVerbs('amid claims, the unsaid sayings')).toEqual([]);
    expect(findVerbs('She SAID so').map((v) => v.at)).toEqual([4]);
  });
});

describe('introducesQuote', () => {
  test('a colon, or at most an adverb, between the verb and the quote', () => {
    expect([': ', ' yesterday ', ' ', ' to the BBC: '].every(introducesQuote)).toBe(true);
    expect(introducesQuote(' the idea was ')).toBe(false);
  });
});

describe('followsQuote', () => {
  test('a few words of subject between the closing mark and the verb', () => {
    expect(followsQuote(', he ')).toBe(true);
    expect(followsQuote('," Mr Corbyn '.slice(2))).toBe(true);
    expect(followsQuote(' and then ')).toBe(false);
  });
});

describe('speakerNamedAfter', () => {
  test('an inverted attribution, or "as X put it"', () => {
    expect(speakerNamedAfter(', said Mr Corbyn.')).toEqual({ start: 7, text: 'Mr Corbyn' });
    expect(speakerNamedAfter(' as one put it.')).toEqual({ start: 4, text: 'one' });
    expect(speakerNamedAfter(', he said.')).toBeNull();
  });
});
