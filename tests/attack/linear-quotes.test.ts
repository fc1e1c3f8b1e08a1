import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../src/lib/people/matcher.ts';
import { type ArticleText, findMentions } from '../../src/lib/people/mentions.ts';
import { findQuotes } from '../../src/lib/people/quotes/find-quotes.ts';
import { lowerBound } from '../../src/lib/people/quotes/lower-bound.ts';
import { loadEditorialRegistry } from '../../src/archive/register.ts';

const matcher = compileMatcher(loadEditorialRegistry());
const UNIT = [
  'Luciana Berger said: "We will keep campaigning for a fair vote in the constituency."',
  'She added that the meeting had been called at short notice.',
  'Jeremy Corbyn told reporters: "The party is united and the members will decide."',
  '"Nobody should be surprised by this," one Labour MP said.',
].join(' ');

function timeQuotes(paragraphs: string[]): { ms: number; quotes: number } {
  const article: ArticleText = { date: '2019-02', paragraphs };
  const started = performance.now();
  const quotes = findQuotes(matcher, article, findMentions(matcher, article));
  return { ms: performance.now() - started, quotes: quotes.length };
}

describe('finding quotations is linear in paragraph length', () => {
  test('lowerBound finds the first item at or past a value', () => {
    const items = [1, 3, 3, 7].map((at) => ({ at }));
    expect([0, 1, 3, 4, 8].map((v) => lowerBound(items, v, (i) => i.at))).toEqual([0, 0, 1, 3, 4]);
  });

  test('one 1 MB paragraph takes about as long as 1 MB of ordinary paragraphs', () => {
    const copies = Math.ceil(1_000_000 / UNIT.length);
    timeQuotes(Array(50).fill(UNIT)); // warm the matcher and the regular expressions
    const ordinary = timeQuotes(Array(copies).fill(UNIT));
    const long = timeQuotes([Array(copies).fill(UNIT).join(' ')]);
    expect(long.quotes).toBeGreaterThanOrEqual(copies * 2);
    expect(long.ms).toBeLessThan(Math.max(3 * ordinary.ms, 1500));
  }, 60_000);
});
