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
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://x/' },
        { name: 'Articles', url: 'https://x/articles/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x/' },
        { '@type': 'ListItem', position: 2, name: 'Articles', item: 'https://x/articles/' },
      ],
    });
  });
});

const images = {
  image: 'https://x/articles/a/card.png',
  publisherLogo: 'https://x/publications/bbc-news/card.png',
};
const card = (url: string) => ({ '@type': 'ImageObject', url, width: 1200, height: 630 });

describe('newsArticle', () => {
  test('dateModified only where the archive revised the record', () => {
    expect(newsArticle(article, 'https://x/a/', 'https://x/', images)).not.toHaveProperty(
      'dateModified',
    );
    expect(
      newsArticle(article, 'https://x/a/', 'https://x/', { ...images, revised: '2026-12-02' })[
        'dateModified'
      ],
    ).toBe('2026-12-02');
  });
  test('its image is the article’s card', () => {
    expect(newsArticle(article, 'https://x/articles/a/', 'https://x/', images)['image']).toEqual(
      card('https://x/articles/a/card.png'),
    );
  });
  test('its author is the byline’s person, with the role the byline gives', () => {
    const signed = { ...article, byline: 'Ann Ash, Political Editor' } as ArticleCardData;
    expect(newsArticle(signed, 'https://x/a/', 'https://x/', images)['author']).toEqual([
      { '@type': 'Person', name: 'Ann Ash', jobTitle: 'Political Editor' },
    ]);
  });
  test('without a byline naming a person, its author is the publisher', () => {
    for (const byline of [null, 'Political Staff']) {
      const node = newsArticle(
        { ...article, byline } as ArticleCardData,
        'https://x/a/',
        'https://x/',
        images,
      );
      expect(node['author'], String(byline)).toEqual(node['publisher']);
    }
  });

  test('keeps the date at its precision and names the publisher and people', () => {
    const node = newsArticle(article, 'https://x/articles/a/', 'https://x/', images, [
      { name: 'Luciana Berger', url: 'https://x/people/luciana-berger/' },
    ]);
    expect(node['datePublished']).toBe('2019-02');
    expect(node['publisher']).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'BBC News',
      logo: card('https://x/publications/bbc-news/card.png'),
    });
    expect(node['mentions']).toEqual([
      { '@type': 'Person', name: 'Luciana Berger', url: 'https://x/people/luciana-berger/' },
    ]);
  });
  test('leaves out an unknown date and publisher rather than guessing', () => {
    const unknown = {
      ...article,
      date: null,
      publication: { slug: null, name: 'Unknown', source: 'unknown' },
    } as ArticleCardData;
    const node = newsArticle(unknown, 'https://x/a/', 'https://x/', {
      image: 'https://x/a/card.png',
    });
    expect(node).not.toHaveProperty('datePublished');
    expect(node).not.toHaveProperty('publisher');
    expect(node).not.toHaveProperty('author');
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
