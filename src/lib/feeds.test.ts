import { describe, expect, test } from 'vitest';
import type { ArticleCardData } from '../schemas/article.ts';
import { articleFeedItem, feedChannelData } from './feeds.ts';

const card = (date: string | null, datePrecision: ArticleCardData['datePrecision']) =>
  ({
    title: 'Council tax vote delayed',
    date,
    datePrecision,
    summary: 'The vote was put off for a week.',
    publication: { slug: 'the-herald', name: 'The Herald', source: 'editorial' },
  }) as ArticleCardData;

describe('feedChannelData', () => {
  test('links the feed to itself, with the URL escaped as an XML attribute', () => {
    expect(feedChannelData('https://example.org/people/a/rss.xml')).toBe(
      '<language>en-gb</language><atom:link href="https://example.org/people/a/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(feedChannelData('https://example.org/?a=1&b="2"<')).toContain(
      'href="https://example.org/?a=1&amp;b=&quot;2&quot;&lt;"',
    );
  });
});

describe('articleFeedItem', () => {
  test('a day-precision article has a pubDate and a dc:date to the day, and no caveat', () => {
    const item = articleFeedItem(card('2018-09-11', 'day'), '/articles/a/');
    const day = item.pubDate!;
    expect([day.getFullYear(), day.getMonth() + 1, day.getDate()]).toEqual([2018, 9, 11]);
    expect(item.customData).toBe('<dc:date>2018-09-11</dc:date>');
    expect(item.description).toBe('The vote was put off for a week.');
  });

  test('a month-precision article has no invented day: no pubDate, dc:date to the month, and says so', () => {
    const item = articleFeedItem(card('2015-08', 'month'), '/articles/a/');
    expect(item).not.toHaveProperty('pubDate');
    expect(item.customData).toBe('<dc:date>2015-08</dc:date>');
    expect(item.description).toBe(
      'Dated August 2015; the day is not recorded. The vote was put off for a week.',
    );
  });

  test('an undated article carries no date at all', () => {
    const item = articleFeedItem(card(null, 'unknown'), '/articles/a/');
    expect(item).not.toHaveProperty('pubDate');
    expect(item).not.toHaveProperty('customData');
    expect(item.description).toBe('The vote was put off for a week.');
  });
});
