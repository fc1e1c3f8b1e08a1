import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArchive } from '../../../archive/archive.ts';
import { articlePath } from '../../../archive/articles.ts';
import { articleFeedItem, FEED_NAMESPACES, feedChannelData } from '../../../lib/feeds.ts';
import { personPath } from '../../../archive/person-page.ts';
import { personPagesKey } from '../../../archive/page-keys.ts';
import { SITE_NAME } from '../../../lib/site.ts';

/** Items in a person's feed. */
const PERSON_FEED_LIMIT = 50;

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.people.map((person) => ({
    params: { slug: person.slug },
    props: { person, articles: archive.articlesByPerson.get(person.slug) ?? [] },
    cacheKey: personPagesKey(archive, person.slug),
  }));
}

/** A feed per person, so a reader can follow one MP. */
export function GET(context: APIContext) {
  const { person, articles } = context.props as Awaited<
    ReturnType<typeof getStaticPaths>
  >[number]['props'];
  return rss({
    title: `${SITE_NAME}: ${person.name}`,
    description: `Articles in the archive that mention ${person.name}.`,
    site: new URL(personPath(person.slug), context.site).href,
    // The newest only: a feed is for following what is new (the person page lists the rest by year).
    items: articles
      .slice(0, PERSON_FEED_LIMIT)
      .map((a) => articleFeedItem(a.data, articlePath(a.data.slug))),
    xmlns: FEED_NAMESPACES,
    customData: feedChannelData(new URL(context.url.pathname, context.site).href),
  });
}
