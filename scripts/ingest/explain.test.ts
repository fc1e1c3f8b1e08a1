import { describe, expect, test } from 'vitest';
import { loadRegistry } from '../../src/archive/register.ts';
import { compileTopicMatcher } from '../../src/lib/topics.ts';
import { buildArticle } from './build-article.ts';
import { createPeopleDetector } from './detect-people.ts';
import { explainArticle } from './explain.ts';

const context = {
  facts: {},
  publications: [],
  topics: compileTopicMatcher([]),
  people: createPeopleDetector(loadRegistry()),
};

describe('explainArticle', () => {
  const text = [
    'Skip to main content',
    'Council tax to rise again',
    '',
    'By Jane Doe',
    'The council agreed the rise on Monday evening after a long debate.',
    'Share',
  ].join('\n');
  const built = buildArticle(
    { path: 'seeds/x.txt', name: 'x.txt', bytes: Buffer.from(text) },
    context,
  );
  const lines = explainArticle('seeds/x.txt', text, built);

  test('says what happened to every non-blank source line, by line number', () => {
    expect(lines[0]).toBe('seeds/x.txt');
    expect(lines[1]).toMatch(/^ {3}1 {2}removed \(navigation\)\s+Skip to main content$/);
    expect(lines[2]).toMatch(/^ {3}2 {2}headline\s+Council tax to rise again$/);
    expect(lines[3]).toMatch(/^ {3}4 {2}byline: kept as "Jane Doe"\s+By Jane Doe$/);
    expect(lines[4]).toMatch(/^ {3}5 {2}paragraph\s+The council/);
    expect(lines[5]).toMatch(/^ {3}6 {2}removed \(share-prompt\)\s+Share$/);
  });
  test('ends with the title, slug, date and publisher decisions', () => {
    expect(lines).toContain('title: Council tax to rise again (seed)');
    expect(lines).toContain('slug: council-tax-to-rise-again');
    expect(lines.some((l) => l.startsWith('date: none'))).toBe(true);
    expect(lines.some((l) => l.startsWith('publisher: Unknown (unknown)'))).toBe(true);
  });
});
