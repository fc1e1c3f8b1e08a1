import { getCollection } from 'astro:content';
import { allArticles } from './articles.ts';
import { chronological, groupByKeys, withinMonths } from '../lib/indexes.ts';
import { type RelatedKey, relatedItems } from '../lib/related.ts';
import { seatOnDate } from '../lib/people/on-date.ts';
import { checkReferences, coMentions, seatsOfArticle } from '../lib/people-index.ts';
import { lastChanged } from '../lib/record-dates.ts';
import type { Article } from './articles.ts';

/** Related articles shown at the foot of an article. */
const RELATED_LIMIT = 4;
/** Neighbours in time considered per shared key (keeps related articles linear in corpus size). */
const RELATED_WINDOW = 25;

/**
 * The archive, loaded once per build: every collection read a single time and every
 * index built in one pass over the articles, shared by all pages that need them.
 */
async function loadArchive() {
  const [articles, publications, topics, storyThreads, peopleEntries, constituencyEntries, partyEntries, recordDateEntries] = await Promise.all([
    allArticles(),
    getCollection('publications'),
    getCollection('topics'),
    getCollection('storyThreads'),
    getCollection('people'),
    getCollection('constituencies'),
    getCollection('parties'),
    getCollection('recordDates'),
  ]);
  /** When the archive added each article and last revised it (src/data/record-dates.json), by seed file. */
  const recordDateBySource = new Map(recordDateEntries.map((r) => [r.id, r.data]));
  const recordDateOf = (article: Article) => recordDateBySource.get(article.data.sourceFile);
  /** The last day any of these articles' records changed: when a page listing them last changed for it. */
  const lastChangedOf = (list: readonly Pick<Article, 'data'>[]) => lastChanged(list.map((a) => recordDateBySource.get(a.data.sourceFile)));
  const archiveLastChanged = lastChangedOf(articles);
  // The register knows every MP; pages exist only for the people and seats the articles name.
  const registryPeople = peopleEntries.map((p) => p.data);
  const registryConstituencies = constituencyEntries.map((c) => c.data);
  const parties = partyEntries.map((p) => p.data);
  const personBySlug = new Map(registryPeople.map((p) => [p.slug, p]));
  const constituencyBySlug = new Map(registryConstituencies.map((c) => [c.slug, c]));
  const partyBySlug = new Map(parties.map((p) => [p.slug, p]));
  checkReferences(articles, personBySlug, constituencyBySlug);

  /** The seat an MP certainly held on an article's date, or null. */
  const seatOn = (person: string, date: string | null) => {
    const held = date ? seatOnDate(personBySlug.get(person)!, date) : [];
    return held.find((h) => h.certain)?.value ?? null;
  };
  const seatsBySlug = new Map(
    articles.map((a) => [a.data.slug, seatsOfArticle(a.data.constituencies, a.data.people, (p) => seatOn(p, a.data.date))]),
  );
  const articlesByPerson = groupByKeys(articles, (a) => a.data.people);
  const articlesByConstituency = groupByKeys(articles, (a) => seatsBySlug.get(a.data.slug)!);
  const peopleAlongside = coMentions(articles.map((a) => a.data));
  const people = registryPeople.filter((p) => articlesByPerson.has(p.slug));
  const constituencies = registryConstituencies.filter((c) => articlesByConstituency.has(c.slug));
  /** MPs who held each seat named in the archive, from the register's seats (not from articles). */
  const mpsByConstituency = groupByKeys(
    registryPeople.flatMap((person) =>
      (person.seats ?? []).filter((seat) => articlesByConstituency.has(seat.constituency)).map((seat) => ({ person, seat })),
    ),
    ({ seat }) => [seat.constituency],
  );
  const mps = people.filter((p) => (p.seats ?? []).length > 0);
  /** Whether a person or seat has a page: only those the articles name. */
  const hasPersonPage = (slug: string) => articlesByPerson.has(slug);
  const hasConstituencyPage = (slug: string) => articlesByConstituency.has(slug);
  const articlesByPublication = groupByKeys(articles, (a) => (a.data.publication.slug ? [a.data.publication.slug] : []));
  const articlesByTopic = groupByKeys(articles, (a) => a.data.topics.map((t) => t.topic));
  const topicBySlug = new Map(topics.map((t) => [t.id, t.data]));
  const publicationBySlug = new Map(publications.map((p) => [p.id, p.data]));
  const threads = storyThreads.map((thread) => ({
    ...thread.data,
    articles: chronological(
      (articlesByTopic.get(thread.data.topic) ?? []).filter((a) => withinMonths(a.data.date, thread.data.from, thread.data.to)),
      (a) => a.data.date,
    ),
  }));
  for (const thread of storyThreads) {
    if (!topicBySlug.has(thread.data.topic)) throw new Error(`story thread ${thread.id} names unknown topic ${thread.data.topic}`);
  }
  for (const article of articles) {
    for (const { topic } of article.data.topics) {
      if (!topicBySlug.has(topic)) throw new Error(`${article.data.sourceFile}: unknown topic ${topic}`);
    }
    const slug = article.data.publication.slug;
    if (slug && !publicationBySlug.has(slug)) throw new Error(`${article.data.sourceFile}: unknown publication ${slug}`);
  }
  const articleBySlug = new Map(articles.map((a) => [a.data.slug, a]));
  const relatedBySlug = relatedItems(
    articles.map((a) => ({
      id: a.data.slug,
      date: a.data.date,
      keys: [
        ...a.data.people.map(
          (person): RelatedKey => ({ key: `person:${person}`, reason: `also mentions ${personBySlug.get(person)!.name}`, weight: 3 }),
        ),
        ...seatsBySlug.get(a.data.slug)!.map(
          (seat): RelatedKey => ({ key: `seat:${seat}`, reason: `also about ${constituencyBySlug.get(seat)!.name}`, weight: 2 }),
        ),
        ...a.data.topics.map(
          ({ topic }): RelatedKey => ({ key: `topic:${topic}`, reason: `also about ${topicBySlug.get(topic)!.name.toLowerCase()}`, weight: 1 }),
        ),
      ],
    })),
    { limit: RELATED_LIMIT, window: RELATED_WINDOW },
  );
  return {
    articles,
    articleBySlug,
    recordDateOf,
    lastChangedOf,
    archiveLastChanged,
    people,
    mps,
    constituencies,
    hasPersonPage,
    hasConstituencyPage,
    parties,
    personBySlug,
    constituencyBySlug,
    partyBySlug,
    articlesByPerson,
    articlesByConstituency,
    seatsBySlug,
    peopleAlongside,
    mpsByConstituency,
    relatedBySlug,
    // Outlets the registry knows but no article comes from get no page (as people and seats).
    publications: publications.map((p) => p.data).filter((p) => articlesByPublication.has(p.slug)),
    topics: topics.map((t) => t.data),
    threads,
    articlesByPublication,
    articlesByTopic,
    topicBySlug,
    publicationBySlug,
  };
}

export type Archive = Awaited<ReturnType<typeof loadArchive>>;

let archive: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  archive ??= loadArchive();
  return archive;
}
