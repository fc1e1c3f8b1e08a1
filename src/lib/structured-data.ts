import type { ArticleCardData } from '../schemas/article.ts';
import { bylineAuthors } from './byline.ts';
import { CARD_SIZE } from './social-card.ts';
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

/** What an article's structured data takes from the archive rather than the article itself. */
export interface ArticleImages {
  /** Absolute URL of the article's card. */
  image: string;
  /** Absolute URL of the publication page's card (the name set in type; never the outlet's own logo). */
  publisherLogo?: string;
  /** The day the archive last revised the record (its seed or its facts), when it has. */
  revised?: string;
}

/** schema.org `ImageObject` for one of the archive's cards. */
export const cardImage = (url: string): JsonLd => ({ '@type': 'ImageObject', url, ...CARD_SIZE });

/**
 * The article's author: the people its byline names, else its publisher as an organisation,
 * else nothing (never a guess).
 */
function author(
  article: ArticleCardData,
  publisher: JsonLd | undefined,
): JsonLd | JsonLd[] | undefined {
  const people = bylineAuthors(article.byline).map((p) => ({ '@type': 'Person', ...p }));
  return people.length > 0 ? people : publisher;
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
  images: ArticleImages,
  mentions: readonly MentionedPerson[] = [],
): JsonLd {
  const publisher = article.publication.slug
    ? {
        '@type': 'NewsMediaOrganization',
        name: article.publication.name,
        ...(images.publisherLogo ? { logo: cardImage(images.publisherLogo) } : {}),
      }
    : undefined;
  const byWhom = author(article, publisher);
  const node: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    url,
    mainEntityOfPage: url,
    image: cardImage(images.image),
    inLanguage: 'en-GB',
    wordCount: article.wordCount,
    description: article.summary,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: siteUrl },
  };
  if (article.date) node['datePublished'] = article.date;
  if (images.revised) node['dateModified'] = images.revised;
  if (byWhom) node['author'] = byWhom;
  if (publisher) node['publisher'] = publisher;
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
