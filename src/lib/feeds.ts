import type { ArticleCardData } from '../schemas/article.ts';
import { parseArchiveDate } from './dates.ts';

/**
 * How many of the newest articles the archive feed carries: a feed is for following new
 * articles, and a reader's client fetches it again and again; the whole archive is the
 * open data in /data/.
 */
export const FEED_LIMIT = 100;

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}

/** Characters XML 1.0 forbids, and bidi controls: a feed holding one is unreadable or misleading. */
const NOT_IN_FEEDS = new RegExp(
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f' +
    '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufffe\\uffff]|\\p{Cs}',
  'gu',
);

/**
 * Text as a feed may carry it: plain, with characters XML forbids removed.
 * @example feedText('A\u0000 vote') // 'A vote'
 */
export function feedText(text: string): string {
  return text.replace(NOT_IN_FEEDS, '');
}

/**
 * An RSS description for plain text. RSS readers render a description as HTML, so the
 * text's `&`, `<` and `>` are escaped as HTML (then once more as XML by the feed
 * writer): a reader shows `<img onerror=…>` from a seed as those characters, never as markup.
 * @example feedDescription('<b>x</b> & y') // '&lt;b&gt;x&lt;/b&gt; &amp; y'
 */
export function feedDescription(text: string): string {
  return feedText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An RSS item for an article. RSS dates are full timestamps, so only an article
 * dated to the day gets a `pubDate`: a month-precision date would need an invented day.
 */
export function articleFeedItem(article: ArticleCardData, link: string): FeedItem {
  const date = article.datePrecision === 'day' ? parseArchiveDate(article.date) : null;
  return {
    title: feedText(article.title),
    link,
    description: feedDescription(article.summary),
    ...(date ? { pubDate: date } : {}),
    categories: article.publication.slug ? [feedText(article.publication.name)] : [],
  };
}
