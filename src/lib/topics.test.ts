import { describe, expect, test } from 'vitest';
import type { Topic } from '../schemas/topic.ts';
import { compileTopicMatcher } from './topics.ts';

const topics: Topic[] = [
  {
    slug: 'entryism',
    name: 'Entryism',
    description: '',
    terms: ['entryism', 'infiltrat'],
    minMatches: 2,
  },
  {
    slug: 'antisemitism',
    name: 'Antisemitism',
    description: '',
    terms: ['antisemitism', 'anti-semitism'],
    minMatches: 1,
  },
  {
    slug: 'brexit',
    name: 'Brexit',
    description: '',
    terms: ['brexit', "people's vote"],
    minMatches: 2,
  },
];
const matcher = compileTopicMatcher(topics);

describe('compileTopicMatcher', () => {
  test('assigns a topic when its terms occur often enough, and says which terms', () => {
    expect(
      matcher.assign('Entryism is their concern; Tory infiltrators and infiltration.'),
    ).toEqual([
      { topic: 'entryism', matches: 3, terms: ['entryism', 'infiltration', 'infiltrators'] },
    ]);
  });
  test('does not assign below the threshold', () => {
    expect(matcher.assign('A single mention of entryism.')).toEqual([]);
  });
  test('matches case-insensitively, at word starts only, with curly apostrophes', () => {
    expect(matcher.assign('ANTI-SEMITISM row')).toEqual([
      { topic: 'antisemitism', matches: 1, terms: ['anti-semitism'] },
    ]);
    expect(matcher.assign('a People’s Vote on Brexit')).toEqual([
      { topic: 'brexit', matches: 2, terms: ['brexit', "people's vote"] },
    ]);
    expect(matcher.assign('reinfiltration and preentryism')).toEqual([]);
  });
});
