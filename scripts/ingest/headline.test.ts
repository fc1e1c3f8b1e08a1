import { describe, expect, test } from 'vitest';
import { chooseHeader, isHeadlineCandidate } from './headline.ts';
import type { SourceLine } from './lines.ts';

const at = (...texts: [number, string][]): SourceLine[] =>
  texts.map(([line, text]) => ({ line, text }));

describe('isHeadlineCandidate', () => {
  test.each([
    'Corbyn refuses to intervene',
    'Is this the end for the Union?',
    "Candidates 'To Meet Over Claims'",
    'Choo choo!',
  ])('"%s" can be a headline', (text) => {
    expect(isHeadlineCandidate(text)).toBe(true);
  });
  test.each([
    'The vote was lost.',
    'Published 3 hours ago',
    '18 February 2019',
    'Image caption, The minister at the dispatch box',
    'Photograph: Jane Doe/PA',
    'He said the vote would be held next week,',
    'A'.repeat(5000),
    `Labour ${'x'.repeat(41)} row`,
  ])('"%s" cannot', (text) => {
    expect(isHeadlineCandidate(text)).toBe(false);
  });
});

describe('chooseHeader', () => {
  test('the first line is the headline when a paragraph follows it', () => {
    const header = chooseHeader(
      at([1, 'Council tax to rise again'], [3, 'The rise was agreed on Monday.']),
      null,
    );
    expect(header.headline?.text).toBe('Council tax to rise again');
    expect(header.standfirst).toBeNull();
    expect(header.body.map((l) => l.line)).toEqual([3]);
  });
  test('a longer unpunctuated line glued under the headline is the standfirst', () => {
    const header = chooseHeader(
      at(
        [1, 'Council tax to rise again'],
        [2, 'Residents face a fourth increase in as many years as the budget gap grows'],
        [4, 'It was agreed.'],
      ),
      null,
    );
    expect(header.headline?.line).toBe(1);
    expect(header.standfirst?.line).toBe(2);
  });
  test('without a byline, a full-stopped line under the headline is the first paragraph', () => {
    const header = chooseHeader(
      at(
        [1, 'Council tax to rise again'],
        [2, 'Residents face a fourth increase.'],
        [3, 'It was agreed.'],
      ),
      null,
    );
    expect(header.standfirst).toBeNull();
  });
  test('above a byline, a standfirst may end with a full stop or a question', () => {
    const header = chooseHeader(
      at(
        [1, 'Council tax to rise again'],
        [
          2,
          'Residents face a fourth increase in as many years. But who will pay the most? And why now?',
        ],
        [4, 'The rise was agreed on Monday.'],
      ),
      3,
    );
    expect(header.headline?.line).toBe(1);
    expect(header.standfirst?.line).toBe(2);
    expect(header.body.map((l) => l.line)).toEqual([4]);
  });
  test('a longer line above the headline stays in the body; a kicker is set aside', () => {
    const header = chooseHeader(
      at(
        [1, 'Election 2024'],
        [2, 'Ideas for a new country and an old town'],
        [3, 'Council tax to rise again'],
        [5, 'It rose.'],
      ),
      4,
    );
    expect(header.headline?.line).toBe(3);
    expect(header.labels.map((l) => l.line)).toEqual([1]);
    expect(header.body.map((l) => l.line)).toEqual([2, 5]);
  });
  test('of two candidates, the one immediately above the standfirst is the headline', () => {
    const header = chooseHeader(
      at(
        [1, 'Council tax rise | Local news'],
        [2, 'Council tax to rise for a fourth year'],
        [3, 'Residents face a fourth increase in as many years as the gap grows'],
        [5, 'The rise was agreed on Monday.'],
      ),
      4,
    );
    expect(header.headline?.line).toBe(2);
    expect(header.standfirst?.line).toBe(3);
    expect(header.body.map((l) => l.line)).toContain(1);
  });
  test('of two candidates without a standfirst, the one immediately above the byline wins', () => {
    const header = chooseHeader(
      at([1, 'Local news today'], [2, 'Council tax to rise again'], [4, 'The rise was agreed.']),
      3,
    );
    expect(header.headline?.line).toBe(2);
    expect(header.labels.map((l) => l.line)).toEqual([1]);
    expect(header.body.map((l) => l.line)).toEqual([4]);
  });
  test('a text that opens with a paragraph has no headline', () => {
    expect(
      chooseHeader(at([1, 'The rise was agreed by the council on Monday.']), null).headline,
    ).toBeNull();
  });
});
