import type { ArticleCardData } from '../schemas/article.ts';
import { SITE_NAME } from './site.ts';

/** A schema.org node as plain JSON. */
export type JsonLd = Record<string, unknown>;

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/**
 * schema.org `BreadcrumbList` for a page's trail from the home page.
 * @example breadcrumbList([{ name: 'Home', url: 'https://x/' }])['itemListElement'][0].position // 1
 */
export function breadcrumbList(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export interface MentionedPerson {
  name: string;
  /** Absolute URL of the person's page in the archive. */
  url: string;
}

/**
 * schema.org `NewsArticle`. `datePublished` keeps the date's real precision
 * (`2015-08` for a month: ISO 8601 reduced precision), and is absent when unknown.
 * The publisher is named only when the archive has identified it.
 */
export function newsArticle(
  article: ArticleCardData,
  url: string,
  siteUrl: string,
  mentions: readonly MentionedPerson[] = [],
): JsonLd {
  const node: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    url,
    mainEntityOfPage: url,
    inLanguage: 'en-GB',
    wordCount: article.wordCount,
    description: article.summary,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: siteUrl },
  };
  if (article.date) node['datePublished'] = article.date;
  if (article.publication.slug) node['publisher'] = { '@type': 'NewsMediaOrganization', name: article.publication.name };
  if (mentions.length > 0) {
    node['mentions'] = mentions.map((p) => ({ '@type': 'Person', name: p.name, url: p.url }));
  }
  return node;
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element so no
 * text in it can close the element: `<` is written as `\u003c`.
 * @example serialiseJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script>"}'
 */
export function serialiseJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
