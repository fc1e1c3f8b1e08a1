import { describe, expect, test } from 'vitest';
import type { ArticleCardData } from '../schemas/article.ts';
import { breadcrumbList, newsArticle, serialiseJsonLd } from './structured-data.ts';

const article = {
  title: 'Labour row erupts',
  date: '2019-02',
  datePrecision: 'month',
  publication: { slug: 'bbc-news', name: 'BBC News', source: 'editorial' },
  wordCount: 1189,
  summary: 'A Labour MP has accused John McDonnell.',
} as ArticleCardData;

describe('breadcrumbList', () => {
  test('positions items from 1', () => {
    expect(breadcrumbList([{ name: 'Home', url: 'https://x/' }, { name: 'Articles', url: 'https://x/articles/' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x/' },
        { '@type': 'ListItem', position: 2, name: 'Articles', item: 'https://x/articles/' },
      ],
    });
  });
});

describe('newsArticle', () => {
  test('keeps the date at its precision and names the publisher and people', () => {
    const node = newsArticle(article, 'https://x/articles/a/', 'https://x/', [{ name: 'Luciana Berger', url: 'https://x/people/luciana-berger/' }]);
    expect(node['datePublished']).toBe('2019-02');
    expect(node['publisher']).toEqual({ '@type': 'NewsMediaOrganization', name: 'BBC News' });
    expect(node['mentions']).toEqual([{ '@type': 'Person', name: 'Luciana Berger', url: 'https://x/people/luciana-berger/' }]);
  });
  test('leaves out an unknown date and publisher rather than guessing', () => {
    const unknown = { ...article, date: null, publication: { slug: null, name: 'Unknown', source: 'unknown' } } as ArticleCardData;
    const node = newsArticle(unknown, 'https://x/a/', 'https://x/');
    expect(node).not.toHaveProperty('datePublished');
    expect(node).not.toHaveProperty('publisher');
    expect(node).not.toHaveProperty('mentions');
  });
});

describe('serialiseJsonLd', () => {
  test('cannot close its script element', () => {
    expect(serialiseJsonLd({ name: '</script><script>alert(1)</script>' })).toBe(
      '{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
  });
});
