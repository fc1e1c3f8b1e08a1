import { getArchive } from './archive.ts';
import type { Article } from './articles.ts';
import { type Coverage, coverage } from '../lib/coverage.ts';
import { timeline, type TimelineMonth } from '../lib/grouping.ts';
import { UNDATED, type YearListing, yearListing } from '../lib/year-pages.ts';

/** A dated year of the timeline: its articles by month, oldest first. */
export interface TimelineYearPage {
  key: string;
  label: string;
  months: TimelineMonth<Article>[];
}

const dateOf = (article: Article) => article.data.date;

/**
 * Every bounded article listing (all articles, each topic, publication, person and seat), built once
 * per build from the archive's indexes: each listing is grouped by year in one pass, so
 * the overview pages and all their year pages together cost linear time in the archive.
 */
async function loadListings() {
  const {
    articles,
    articlesByTopic,
    articlesByPublication,
    articlesByPerson,
    articlesByConstituency,
  } = await getArchive();
  const all = yearListing(articles, dateOf);
  const timelineYears: TimelineYearPage[] = all.groups
    .filter((group) => group.key !== UNDATED)
    .map(({ key, label, items }) => {
      const line = timeline(items.map((article) => ({ date: article.data.date, article })));
      // The ingest only writes calendar dates; one the timeline cannot place would vanish from its year page.
      if (line.undated.length > 0 || line.years.length !== 1) {
        throw new Error(
          `${line.undated[0]?.article.data.sourceFile ?? key}: a date in ${key} that is not a calendar date`,
        );
      }
      const months = line.years[0]!.months.map((month) => ({
        ...month,
        items: month.items.map((i) => i.article),
      }));
      return { key, label, months };
    });
  const byKey = (index: ReadonlyMap<string, Article[]>) =>
    new Map<string, YearListing<Article>>(
      [...index].map(([slug, list]) => [slug, yearListing(list, dateOf)]),
    );
  return {
    all,
    timelineYears,
    undated: all.groups.find((group) => group.key === UNDATED)?.items ?? [],
    byTopic: byKey(articlesByTopic),
    byPublication: byKey(articlesByPublication),
    byPerson: byKey(articlesByPerson),
    byConstituency: byKey(articlesByConstituency),
  };
}

export type ArticleListings = Awaited<ReturnType<typeof loadListings>>;

/** An empty listing, for a topic or publication with no articles yet. */
export const NO_ARTICLES: YearListing<Article> = yearListing([], dateOf);

let listings: Promise<ArticleListings> | undefined;

export function getArticleListings(): Promise<ArticleListings> {
  listings ??= loadListings();
  return listings;
}

/**
 * How many of a listing's articles fall in each month (or year), for its coverage chart:
 * every article the listing holds, not only the latest the overview shows.
 * @example listingCoverage(byPerson.get('chris-leslie')!).bins.map((b) => b.count) // [2, 0, 0, 0, 0, 1]
 */
export function listingCoverage(listing: YearListing<Article>): Coverage {
  return coverage(listing.groups.flatMap((group) => group.items.map((article) => article.data)));
}
