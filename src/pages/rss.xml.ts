import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allArticles, articlePath } from '../archive/articles.ts';
import { articleFeedItem, FEED_LIMIT, FEED_NAMESPACES, feedChannelData } from '../lib/feeds.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

export async function GET(context: APIContext) {
  const articles = await allArticles();
  return rss({
    title: SITE_NAME,
    description: `${SITE_DESCRIPTION} This feed carries the newest articles (up to ${FEED_LIMIT}); every article is listed in /data/articles.json.`,
    site: context.site!,
    items: articles
      .slice(0, FEED_LIMIT)
      .map((a) => articleFeedItem(a.data, articlePath(a.data.slug))),
    xmlns: FEED_NAMESPACES,
    customData: feedChannelData(new URL(context.url.pathname, context.site).href),
  });
}
