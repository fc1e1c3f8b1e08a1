import { describe, expect, test } from 'vitest';
import { stripBoilerplate } from './boilerplate.ts';
import { toSourceLines } from './lines.ts';

describe('stripBoilerplate', () => {
  test('removes trailing page furniture of each publisher and records rule and line', () => {
    const lines = toSourceLines(
      'Headline\n\nBody.\nMore on this story\nPopular in the Community\nComments',
    );
    const { kept, removed } = stripBoilerplate(lines);
    expect(kept.map((l) => l.text)).toEqual(['Headline', '', 'Body.']);
    expect(removed).toEqual([
      { rule: 'related-links', line: 4, text: 'More on this story' },
      { rule: 'comment-prompt', line: 5, text: 'Popular in the Community' },
      { rule: 'comment-prompt', line: 6, text: 'Comments' },
    ]);
  });

  test('removes a donation appeal and keeps the sentence glued to its last line', () => {
    const lines = toSourceLines(
      'Your support helps us to tell the story\nWe need reporters.\nYour support makes all the difference.Jeremy Corbyn has refused to intervene.',
    );
    const { kept, removed } = stripBoilerplate(lines);
    expect(kept).toEqual([{ line: 3, text: 'Jeremy Corbyn has refused to intervene.' }]);
    expect(removed).toEqual([
      {
        rule: 'donation-appeal',
        line: 1,
        text: 'Your support helps us to tell the story\nWe need reporters.\nYour support makes all the difference.',
      },
    ]);
  });

  test('leaves an opener without its closing line alone rather than eating the article', () => {
    const text = `Your support helps us to tell the story\n${'A sentence of journalism.\n'.repeat(20)}`;
    const { kept, removed } = stripBoilerplate(toSourceLines(text));
    expect(removed).toEqual([]);
    expect(kept).toHaveLength(22);
  });

  test('only whole lines match: the same words inside a sentence are journalism', () => {
    const lines = toSourceLines(
      'He read the Comments under the article.\nMore on this story later, she said.',
    );
    expect(stripBoilerplate(lines).removed).toEqual([]);
  });
});
