import { describe, expect, test } from 'vitest';
import { isListItem, linkLineRule, listHeader } from './links.ts';

describe('listHeader', () => {
  test.each([
    ['More on this story', 'related-links'],
    ['Related Topics', 'related-links'],
    ['Read more:', 'related-links'],
    ['Most read', 'related-links'],
    ['More from Politics', 'related-links'],
    ['You might also like', 'related-links'],
    ['Topics', 'topic-links'],
    ['Explore more on these topics', 'topic-links'],
    ['Tags:', 'topic-links'],
  ])('"%s" opens a %s list', (line, rule) => {
    expect(listHeader(line)?.rule).toBe(rule);
  });
  test('a sentence that begins with the same words is not a header', () => {
    expect(listHeader('More on this story later, she said.')).toBeNull();
    expect(listHeader('Read more about the plans in the white paper published today.')).toBeNull();
  });
});

describe('linkLineRule', () => {
  test.each([
    ['READ MORE: Sunak refuses to rule out a legal challenge', 'related-links'],
    ['Read more - Farage says his party will stand everywhere', 'related-links'],
    ['Related: Tories pick a new group leader', 'related-links'],
    ['Topics: Labour, Brexit, Keir Starmer', 'topic-links'],
  ])('"%s" is %s', (line, rule) => {
    expect(linkLineRule(line)).toBe(rule);
  });
  test('a sentence is not a link line', () => {
    expect(linkLineRule('More than 40 MPs signed the letter.')).toBeNull();
  });
});

describe('isListItem', () => {
  test('short unpunctuated lines are items; sentences end the list', () => {
    expect(isListItem('Labour Party', 6)).toBe(true);
    expect(isListItem('Budget 2024: What it means for you', 20)).toBe(true);
    expect(isListItem('The result follows gains in two other councils.', 20)).toBe(false);
    expect(isListItem('A headline far too long to be a topic link in any list', 6)).toBe(false);
  });
});
