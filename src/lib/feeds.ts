import type { ArticleCardData } from '../schemas/article.ts';
import { datetimeAttribute, formatArchiveDate, parseArchiveDate } from './dates.ts';

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
  /** The item's `dc:date`: its date at its real precision ("2015-08" or "2015-08-10"). */
  customData?: string;
}

/**
 * The namespaces every feed declares: Atom for the channel's link to itself, Dublin Core for
 * dates at their real precision (W3C dates may stop at the month; RSS's `pubDate` may not).
 */
export const FEED_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

const xmlAttribute = (text: string) =>
  feedText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The channel's own elements: its language and an `atom:link rel="self"` to the feed's URL,
 * which feed readers and validators use to know where the feed lives.
 * @example feedChannelData('https://example.org/rss.xml')
 *   // '<language>en-gb</language><atom:link href="https://example.org/rss.xml" rel="self" type="application/rss+xml"/>'
 */
export function feedChannelData(selfUrl: string): string {
  const self = `<atom:link href="${xmlAttribute(selfUrl)}" rel="self" type="application/rss+xml"/>`;
  return `<language>en-gb</language>${self}`;
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
 * An RSS item for an article. RSS dates are full timestamps, so only an article dated to
 * the day gets a `pubDate`: a month-precision date would need an invented day. Every dated
 * item carries `dc:date` at its real precision, and a month-precision item says in its
 * description that its day is not recorded.
 */
export function articleFeedItem(article: ArticleCardData, link: string): FeedItem {
  const day = article.datePrecision === 'day' ? parseArchiveDate(article.date) : null;
  const w3cDate = datetimeAttribute(article.date, article.datePrecision);
  const caveat =
    w3cDate && !day
      ? `Dated ${formatArchiveDate(article.date, article.datePrecision)}; the day is not recorded. `
      : '';
  return {
    title: feedText(article.title),
    link,
    description: feedDescription(caveat + article.summary),
    ...(day ? { pubDate: day } : {}),
    ...(w3cDate ? { customData: `<dc:date>${w3cDate}</dc:date>` } : {}),
    categories: article.publication.slug ? [feedText(article.publication.name)] : [],
  };
}
