/** Site paths for each kind of page, in one place (pure: no collection access). */

/** A page as a link: its name, as its breadcrumb gives it, and its address. */
export interface Section {
  name: string;
  path: string;
  /** What the header's menu calls it, when shorter than its name. */
  short?: string;
}

type SectionKey =
  'articles' | 'people' | 'mps' | 'constituencies' | 'timeline' | 'topics' | 'publications';

/**
 * The archive's index pages, in the order the header lists them: the one list the header,
 * the breadcrumbs and every link to an index take their names and addresses from.
 */
export const SECTIONS: Readonly<Record<SectionKey, Section>> = {
  articles: { name: 'Articles', path: '/articles/' },
  people: { name: 'People', path: '/people/' },
  mps: { name: 'MPs', path: '/mps/' },
  constituencies: { name: 'Constituencies', path: '/constituencies/', short: 'Seats' },
  timeline: { name: 'Timeline', path: '/timeline/' },
  topics: { name: 'Topics', path: '/topics/' },
  publications: { name: 'Publications', path: '/publications/' },
};

export const HOME_PATH = '/';

/** The search page; the header's search box sends its query there too. */
export const SEARCH: Section = { name: 'Search', path: '/search/' };

/** The archive's feed of its newest articles. */
export const FEED_PATH = '/rss.xml';

/** @example articlePath('labour-row') // '/articles/labour-row/' */
export function articlePath(slug: string): string {
  return `${SECTIONS.articles.path}${slug}/`;
}

/** @example personPath('luciana-berger') // '/people/luciana-berger/' */
export function personPath(slug: string): string {
  return `${SECTIONS.people.path}${slug}/`;
}

/** @example personFeedPath('luciana-berger') // '/people/luciana-berger/rss.xml' */
export function personFeedPath(slug: string): string {
  return `${personPath(slug)}rss.xml`;
}

/** @example constituencyPath('canterbury') // '/constituencies/canterbury/' */
export function constituencyPath(slug: string): string {
  return `${SECTIONS.constituencies.path}${slug}/`;
}

/** @example topicPath('brexit') // '/topics/brexit/' */
export function topicPath(slug: string): string {
  return `${SECTIONS.topics.path}${slug}/`;
}

/** @example publicationPath('bbc-news') // '/publications/bbc-news/' */
export function publicationPath(slug: string): string {
  return `${SECTIONS.publications.path}${slug}/`;
}
