import { getCollection } from 'astro:content';
import { allArticles } from './articles.ts';
import { chronological, groupByKeys, withinMonths } from '../lib/grouping.ts';
import { type RelatedKey, relatedItems } from '../lib/related.ts';
import { seatOnDate } from '../lib/people/on-date.ts';
import { checkReferences, coMentions, seatsOfArticle } from '../lib/people-in-articles.ts';
import { lastChanged } from '../lib/record-dates.ts';
import type { Article } from './articles.ts';

/** Related articles shown at the foot of an article. */
const RELATED_LIMIT = 4;
/** Neighbours in time considered per shared key (keeps related articles linear in corpus size). */
const RELATED_WINDOW = 25;

type Collections = Awaited<ReturnType<typeof readCollections>>;

/** Every collection, each read once. */
async function readCollections() {
  const [
    articles,
    publications,
    topics,
    storyThreads,
    people,
    constituencies,
    parties,
    recordDates,
  ] = await Promise.all([
    allArticles(),
    getCollection('publications'),
    getCollection('topics'),
    getCollection('storyThreads'),
    getCollection('people'),
    getCollection('constituencies'),
    getCollection('parties'),
    getCollection('recordDates'),
  ]);
  return {
    articles,
    publications,
    topics,
    storyThreads,
    people,
    constituencies,
    parties,
    recordDates,
  };
}

/** When the archive added each article and last revised it (src/data/record-dates.json), by seed file. */
function recordDateIndexes(articles: readonly Article[], entries: Collections['recordDates']) {
  const recordDateBySource = new Map(entries.map((r) => [r.id, r.data]));
  const recordDateOf = (article: Article) => recordDateBySource.get(article.data.sourceFile);
  /** The last day any of these articles' records changed: when a page listing them last changed for it. */
  const lastChangedOf = (list: readonly Pick<Article, 'data'>[]) =>
    lastChanged(list.map((a) => recordDateBySource.get(a.data.sourceFile)));
  return { recordDateOf, lastChangedOf, archiveLastChanged: lastChangedOf(articles) };
}

/**
 * People, seats and parties. The register knows every MP; pages exist only for the people and
 * seats the articles name.
 */
function registerIndexes(
  articles: readonly Article[],
  collections: Pick<Collections, 'people' | 'constituencies' | 'parties'>,
) {
  const registryPeople = collections.people.map((p) => p.data);
  const registryConstituencies = collections.constituencies.map((c) => c.data);
  const parties = collections.parties.map((p) => p.data);
  const personBySlug = new Map(registryPeople.map((p) => [p.slug, p]));
  const constituencyBySlug = new Map(registryConstituencies.map((c) => [c.slug, c]));
  checkReferences(articles, personBySlug, constituencyBySlug);
  /** The seat an MP certainly held on an article's date, or null. */
  const seatOn = (person: string, date: string | null) => {
    const held = date ? seatOnDate(personBySlug.get(person)!, date) : [];
    return held.find((h) => h.certain)?.value ?? null;
  };
  const seatsBySlug = new Map(
    articles.map((a) => [
      a.data.slug,
      seatsOfArticle(a.data.constituencies, a.data.people, (p) => seatOn(p, a.data.date)),
    ]),
  );
  const articlesByPerson = groupByKeys(articles, (a) => a.data.people);
  const articlesByConstituency = groupByKeys(articles, (a) => seatsBySlug.get(a.data.slug)!);
  const people = registryPeople.filter((p) => articlesByPerson.has(p.slug));
  /** MPs who held each seat named in the archive, from the register's seats (not from articles). */
  const mpsByConstituency = groupByKeys(
    registryPeople.flatMap((person) =>
      (person.seats ?? [])
        .filter((seat) => articlesByConstituency.has(seat.constituency))
        .map((seat) => ({ person, seat })),
    ),
    ({ seat }) => [seat.constituency],
  );
  return {
    people,
    mps: people.filter((p) => (p.seats ?? []).length > 0),
    constituencies: registryConstituencies.filter((c) => articlesByConstituency.has(c.slug)),
    /** Whether a person or seat has a page: only those the articles name. */
    hasPersonPage: (slug: string) => articlesByPerson.has(slug),
    hasConstituencyPage: (slug: string) => articlesByConstituency.has(slug),
    parties,
    personBySlug,
    constituencyBySlug,
    partyBySlug: new Map(parties.map((p) => [p.slug, p])),
    articlesByPerson,
    articlesByConstituency,
    seatsBySlug,
    peopleAlongside: coMentions(articles.map((a) => a.data)),
    mpsByConstituency,
  };
}

/** Topics, story threads and publications, each article's references to them checked. */
function editorialIndexes(
  articles: readonly Article[],
  collections: Pick<Collections, 'topics' | 'storyThreads' | 'publications'>,
) {
  const { topics, storyThreads, publications } = collections;
  const articlesByPublication = groupByKeys(articles, (a) =>
    a.data.publication.slug ? [a.data.publication.slug] : [],
  );
  const articlesByTopic = groupByKeys(articles, (a) => a.data.topics.map((t) => t.topic));
  const topicBySlug = new Map(topics.map((t) => [t.id, t.data]));
  const publicationBySlug = new Map(publications.map((p) => [p.id, p.data]));
  for (const thread of storyThreads) {
    if (!topicBySlug.has(thread.data.topic))
      throw new Error(`story thread ${thread.id} names unknown topic ${thread.data.topic}`);
  }
  for (const article of articles) {
    for (const { topic } of article.data.topics) {
      if (!topicBySlug.has(topic))
        throw new Error(`${article.data.sourceFile}: unknown topic ${topic}`);
    }
    const slug = article.data.publication.slug;
    if (slug && !publicationBySlug.has(slug))
      throw new Error(`${article.data.sourceFile}: unknown publication ${slug}`);
  }
  const threads = storyThreads.map((thread) => ({
    ...thread.data,
    articles: chronological(
      (articlesByTopic.get(thread.data.topic) ?? []).filter((a) =>
        withinMonths(a.data.date, thread.data.from, thread.data.to),
      ),
      (a) => a.data.date,
    ),
  }));
  return {
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

type RegisterIndexes = ReturnType<typeof registerIndexes>;
type EditorialIndexes = ReturnType<typeof editorialIndexes>;

/** Each article's related articles: those sharing a person (weighted most), a seat or a topic. */
function relatedArticles(
  articles: readonly Article[],
  register: RegisterIndexes,
  editorial: EditorialIndexes,
) {
  const { personBySlug, constituencyBySlug, seatsBySlug } = register;
  const { topicBySlug } = editorial;
  const keysOf = (a: Article): RelatedKey[] => [
    ...a.data.people.map((person) => ({
      key: `person:${person}`,
      reason: `also mentions ${personBySlug.get(person)!.name}`,
      weight: 3,
    })),
    ...seatsBySlug.get(a.data.slug)!.map((seat) => ({
      key: `seat:${seat}`,
      reason: `also about ${constituencyBySlug.get(seat)!.name}`,
      weight: 2,
    })),
    ...a.data.topics.map(({ topic }) => ({
      key: `topic:${topic}`,
      reason: `also about ${topicBySlug.get(topic)!.name.toLowerCase()}`,
      weight: 1,
    })),
  ];
  return relatedItems(
    articles.map((a) => ({ id: a.data.slug, date: a.data.date, keys: keysOf(a) })),
    { limit: RELATED_LIMIT, window: RELATED_WINDOW },
  );
}

/**
 * The archive, loaded once per build: every collection read a single time and every
 * index built in one pass over the articles, shared by all pages that need them.
 */
async function loadArchive() {
  const collections = await readCollections();
  const { articles } = collections;
  const register = registerIndexes(articles, collections);
  const editorial = editorialIndexes(articles, collections);
  return {
    articles,
    articleBySlug: new Map(articles.map((a) => [a.data.slug, a])),
    ...recordDateIndexes(articles, collections.recordDates),
    ...register,
    ...editorial,
    relatedBySlug: relatedArticles(articles, register, editorial),
  };
}

export type Archive = Awaited<ReturnType<typeof loadArchive>>;

let archive: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  archive ??= loadArchive();
  return archive;
}
