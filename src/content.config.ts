import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleLoader } from './archive/collection-loader.ts';
import { articleCardSchema } from './schemas/article.ts';
import { loadRegister } from './archive/register.ts';
import { constituencySchema, partySchema, personSchema } from './schemas/people.ts';
import { publicationSchema } from './schemas/editorial.ts';
import { recordDateSchema } from './schemas/record-dates.ts';
import { storyThreadSchema, topicSchema } from './schemas/topic.ts';

/**
 * The archive's collections. Schemas live in src/schemas so the ingest validates
 * what it writes with the same rules the site reads with.
 */

/** Registries are arrays keyed by `slug`; the collection id is that slug. */
const bySlug = (text: string) =>
  (JSON.parse(text) as { slug: string }[]).map((entry) => ({ id: entry.slug, ...entry }));

/**
 * Written by `npm run ingest` from seeds/ into src/content/articles/. Entries are article
 * cards; an article's full record and body are read by the pages that show them
 * (src/archive/records.ts), so the data store stays small at any corpus size.
 */
const articles = defineCollection({
  loader: articleLoader({ base: './src/content/articles' }),
  schema: articleCardSchema,
});

const publications = defineCollection({
  loader: file('src/data/publications.json', { parser: bySlug }),
  schema: publicationSchema,
});

const topics = defineCollection({
  loader: file('src/data/topics.json', { parser: bySlug }),
  schema: topicSchema,
});

const storyThreads = defineCollection({
  loader: file('src/data/story-threads.json', { parser: bySlug }),
  schema: storyThreadSchema,
});

/** When the archive added each article and last revised its record, keyed by seed file (written by the ingest). */
const recordDates = defineCollection({
  loader: file('src/data/record-dates.json'),
  schema: recordDateSchema,
});

/**
 * The registry's three collections come from one merged register (src/data, plus the imported
 * register in src/data/imported when there is one: src/archive/register.ts), loaded once.
 */
let register: ReturnType<typeof loadRegister> | undefined;
const registerPart = (part: 'people' | 'constituencies' | 'parties') => async () => {
  register ??= loadRegister();
  return register.registry[part].map((entry) => ({ ...entry, id: entry.slug }));
};

/** The people registry: everyone named in the journalism, with sourced roles, seats and parties. */
const people = defineCollection({ loader: registerPart('people'), schema: personSchema });

const constituencies = defineCollection({
  loader: registerPart('constituencies'),
  schema: constituencySchema,
});

const parties = defineCollection({ loader: registerPart('parties'), schema: partySchema });

export const collections = {
  articles,
  publications,
  topics,
  storyThreads,
  recordDates,
  people,
  constituencies,
  parties,
};
