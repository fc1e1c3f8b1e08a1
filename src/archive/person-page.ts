import type { Archive } from './archive.ts';
import type { Article } from './articles.ts';
import { listingCoverage } from './listings.ts';
import type { Coverage } from '../lib/coverage.ts';
import { articleFilePath } from './records.ts';
import { runRecordTaskForPage } from './record-workers.ts';
import { describePersonAt, personAt } from '../lib/person-at.ts';
import { partyOnDate } from '../lib/people/on-date.ts';
import type { Person } from '../schemas/people.ts';
import type { ArticleMention, ArticleQuote } from '../schemas/article.ts';
import type { YearListing } from '../lib/year-pages.ts';

/** How many people "often appear alongside" a person lists. */
const ALONGSIDE_LIMIT = 8;

export interface PersonArticle {
  article: Article;
  /** Who they were on the article's date ("Labour MP for Canterbury"); empty when unknown. */
  then: string;
  mentions: ArticleMention[];
}

export type PersonQuote = { article: Article; quote: ArticleQuote };

/** The articles one person page lists, each with the person's mentions in it, and their quotations in them. */
export interface PersonArticles {
  articles: PersonArticle[];
  quotes: PersonQuote[];
}

export interface PersonPageData extends PersonArticles {
  person: Person;
  /** Every article naming them, by year: the overview lists `latest`, the year pages the rest. */
  listing: YearListing<Article>;
  alongside: { person: Person; count: number }[];
  /** How many of their articles fall in each month (or year), for the coverage chart. */
  coverage: Coverage;
}

/**
 * The entries of one person page's article list (the overview's latest articles, or one
 * year's): the person's mentions and quotations come from each article's record, which the
 * collection's cards do not carry, so only the articles shown are read.
 */
export async function personArticles(
  archive: Archive,
  person: Person,
  shown: readonly Article[],
): Promise<PersonArticles> {
  const partyName = (slug: string) => archive.partyBySlug.get(slug)!.shortName;
  const seatName = (slug: string) => archive.constituencyBySlug.get(slug)!.name;
  // All at once: on a worker thread in a build (record-workers.ts).
  const found = await Promise.all(
    shown.map((article) =>
      runRecordTaskForPage({
        kind: 'person',
        filePath: articleFilePath(article),
        person: person.slug,
      }),
    ),
  );
  const articles: PersonArticle[] = [];
  const quotes: PersonQuote[] = [];
  shown.forEach((article, i) => {
    const { mentions, quotes: said } = found[i]!;
    articles.push({
      article,
      then: describePersonAt(personAt(person, article.data.date, partyName, seatName)),
      mentions,
    });
    quotes.push(...said.map((quote) => ({ article, quote })));
  });
  return { articles, quotes };
}

/** Everything a person's overview page shows: profile data, the latest articles, the year links and who they appear with. */
export async function personPageData(
  archive: Archive,
  person: Person,
  listing: YearListing<Article>,
): Promise<PersonPageData> {
  const alongside = (archive.peopleAlongside.get(person.slug) ?? [])
    .slice(0, ALONGSIDE_LIMIT)
    .map(([slug, count]) => ({ person: archive.personBySlug.get(slug)!, count }));
  return {
    person,
    listing,
    alongside,
    coverage: listingCoverage(listing),
    ...(await personArticles(archive, person, listing.latest)),
  };
}

export { constituencyPath, personPath } from '../lib/paths.ts';

/**
 * The search filter values an article adds for its people: each person's name, each
 * seat it concerns, and the party each person certainly belonged to on its date.
 */
export function articleEntityFacts(
  archive: Archive,
  article: Article,
): { filter: 'person' | 'constituency' | 'party'; value: string }[] {
  const { data } = article;
  const people = data.people.map((slug) => archive.personBySlug.get(slug)!);
  const parties = data.date
    ? people.flatMap((person) =>
        partyOnDate(person, data.date!)
          .filter((p) => p.certain)
          .map((p) => archive.partyBySlug.get(p.value)!.name),
      )
    : [];
  return [
    ...people.map((p) => ({ filter: 'person' as const, value: p.name })),
    ...(archive.seatsBySlug.get(data.slug) ?? []).map((s) => ({
      filter: 'constituency' as const,
      value: archive.constituencyBySlug.get(s)!.name,
    })),
    ...parties.map((value) => ({ filter: 'party' as const, value })),
  ];
}
