import type { Archive } from './archive.ts';
import type { Article } from './articles.ts';
import { readArticleRecord } from './article-record.ts';
import { describePersonAt, personAt } from './person-at.ts';
import { partyOnDate } from './people/on-date.ts';
import type { Person } from './people/schema.ts';
import type { ArticleMention, ArticleQuote } from '../schemas/article.ts';

/** How many people "often appear alongside" a person lists. */
const ALONGSIDE_LIMIT = 8;

export interface PersonArticle {
  article: Article;
  /** Who they were on the article's date ("Labour MP for Canterbury"); empty when unknown. */
  then: string;
  mentions: ArticleMention[];
}

export interface PersonPageData {
  person: Person;
  articles: PersonArticle[];
  quotes: { article: Article; quote: ArticleQuote }[];
  alongside: { person: Person; count: number }[];
}

/**
 * Everything a person page shows, from the archive's one-pass indexes plus the records of
 * the articles listed (their mentions and quotations are not in the collection's cards).
 */
export async function personPageData(archive: Archive, person: Person): Promise<PersonPageData> {
  const partyName = (slug: string) => archive.partyBySlug.get(slug)!.shortName;
  const seatName = (slug: string) => archive.constituencyBySlug.get(slug)!.name;
  const articles: PersonArticle[] = [];
  const quotes: PersonPageData['quotes'] = [];
  for (const article of archive.articlesByPerson.get(person.slug) ?? []) {
    const { data } = await readArticleRecord(article);
    articles.push({
      article,
      then: describePersonAt(personAt(person, article.data.date, partyName, seatName)),
      mentions: data.mentions.filter((m) => m.person === person.slug),
    });
    quotes.push(...data.quotes.filter((q) => q.speaker === person.slug).map((quote) => ({ article, quote })));
  }
  const alongside = (archive.peopleAlongside.get(person.slug) ?? [])
    .slice(0, ALONGSIDE_LIMIT)
    .map(([slug, count]) => ({ person: archive.personBySlug.get(slug)!, count }));
  return { person, articles, quotes, alongside };
}

export { constituencyPath, personPath } from './paths.ts';

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
    ? people.flatMap((person) => partyOnDate(person, data.date!).filter((p) => p.certain).map((p) => archive.partyBySlug.get(p.value)!.name))
    : [];
  return [
    ...people.map((p) => ({ filter: 'person' as const, value: p.name })),
    ...(archive.seatsBySlug.get(data.slug) ?? []).map((s) => ({ filter: 'constituency' as const, value: archive.constituencyBySlug.get(s)!.name })),
    ...parties.map((value) => ({ filter: 'party' as const, value })),
  ];
}
