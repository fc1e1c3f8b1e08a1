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

/**
 * An RSS item for an article. RSS dates are full timestamps, so only an article
 * dated to the day gets a `pubDate`: a month-precision date would need an invented day.
 */
export function articleFeedItem(article: ArticleCardData, link: string): FeedItem {
  const date = article.datePrecision === 'day' ? parseArchiveDate(article.date) : null;
  return {
    title: article.title,
    link,
    description: article.summary,
    ...(date ? { pubDate: date } : {}),
    categories: article.publication.slug ? [article.publication.name] : [],
  };
}
