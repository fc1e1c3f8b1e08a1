import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allArticles, articlePath } from '../lib/articles.ts';
import { articleFeedItem } from '../lib/feeds.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

export async function GET(context: APIContext) {
  const articles = await allArticles();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: context.site!,
    items: articles.map((a) => articleFeedItem(a.data, articlePath(a.data.slug))),
    customData: '<language>en-gb</language>',
  });
}
