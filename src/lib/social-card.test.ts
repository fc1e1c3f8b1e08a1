import { describe, expect, test } from 'vitest';
import { socialCard } from './social-card.ts';

describe('socialCard', () => {
  test('sits beside its page, at Open Graph’s large size', () => {
    expect(socialCard('https://x.org/articles/a-b/', 'T', [], 'D')).toMatchObject({
      url: 'https://x.org/articles/a-b/card.png',
      width: 1200,
      height: 630,
    });
    expect(socialCard('https://x.org/', 'T', [], 'D').url).toBe('https://x.org/card.png');
  });
  test('its alt text says what it shows: the title and at most two facts', () => {
    const facts = [
      { label: 'Published by', value: 'The Herald' },
      { label: 'Date', value: '11 September 2018' },
      { label: 'Extra', value: 'never shown' },
    ];
    const card = socialCard('https://x.org/a/', 'Vote delayed', facts, 'Not shown.');
    expect(card.alt).toBe(
      'UK Political News Archive card: Vote delayed. The Herald. 11 September 2018.',
    );
    expect(card.facts).toEqual(facts.slice(0, 2));
  });
  test('without facts, the card and its alt text give the page’s description', () => {
    expect(
      socialCard('https://x.org/people/', 'People', [], 'Everyone the articles name.').alt,
    ).toBe('UK Political News Archive card: People. Everyone the articles name.');
  });
});
