import { z } from 'astro/zod';
import { topicAssignmentSchema } from './topic.ts';

/**
 * The archive's article record: what the ingest writes as frontmatter and what
 * the `articles` content collection validates. Types are inferred from here only.
 */

export const datePrecisionSchema = z.enum(['day', 'month', 'unknown']);

/** `YYYY-MM-DD` for a known day, `YYYY-MM` when only the month is known. */
export const archiveDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM');

export const removedBoilerplateSchema = z.object({
  rule: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
});

export const publicationRefSchema = z.object({
  /** Slug in src/data/publications.json, or null when the publication is unknown. */
  slug: z.string().nullable(),
  name: z.string(),
  /** editorial: confirmed in src/data/article-facts.json; signature: recognised by a publisher rule; unknown. */
  source: z.enum(['editorial', 'signature', 'unknown']),
  /** The words in the seed that identify the publisher. */
  evidence: z.string().optional(),
  /** What kind of furniture the evidence is (publications.json), and its 1-based line. */
  evidenceKind: z.enum(['masthead', 'copyright', 'houseLine', 'selfReference']).optional(),
  evidenceLine: z.number().int().positive().optional(),
  /** high: a masthead, copyright or house line; medium: the outlet's references to itself only. */
  confidence: z.enum(['high', 'medium']).optional(),
});

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const paragraphNumber = z.number().int().positive();

/** A window of the paragraph around a mention, for lists of mentions on person pages. */
export const excerptSchema = z.object({ before: z.string(), match: z.string(), after: z.string() });

/** A person named in a body paragraph (offsets into the paragraph's plain text). */
export const mentionSchema = z.object({
  person: slug,
  paragraph: paragraphNumber,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  kind: z.enum([
    'full-name',
    'alias',
    'misspelling',
    'honorific-surname',
    'surname',
    'first-name',
    'role',
    'seat',
    'camp',
  ]),
  excerpt: excerptSchema,
});

/** A Westminster seat named in a body paragraph. */
export const constituencyMentionSchema = z.object({
  constituency: slug,
  paragraph: paragraphNumber,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** A direct quotation; `speaker` is null when the article does not name a registry person. */
export const quoteSchema = z.object({
  speaker: slug.nullable(),
  speakerText: z.string(),
  paragraph: paragraphNumber,
  lastParagraph: paragraphNumber,
  text: z.string(),
  attribution: z.enum(['explicit', 'pronoun', 'continuation', 'none']),
});

/**
 * What every list, index, feed and search fact needs of an article: everything but the
 * per-paragraph detail. This is all the `articles` collection keeps in Astro's content
 * data store, which Astro embeds in the build whole, so its size per article decides
 * how many articles a build can hold (BENCHMARKS.md, "The content data store").
 */
const articleCardFields = z.object({
  title: z.string().min(1),
  /** seed: the seed's own first line; editorial: an editor's headline; derived: the archive's from the opening words. */
  titleSource: z.enum(['seed', 'editorial', 'derived']),
  titleNote: z.string().optional(),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  date: archiveDateSchema.nullable(),
  datePrecision: datePrecisionSchema,
  /**
   * seed-marker: the seed's own `date` line; printed: a timestamp the outlet printed (its line
   * is the evidence); editorial: an editor's estimate with evidence; none.
   */
  dateSource: z.enum(['seed-marker', 'printed', 'editorial', 'none']),
  /** 1-based line of the seed the date was read from; null for editorial and unknown dates. */
  dateLine: z.number().int().positive().nullable().default(null),
  dateEvidence: z.string().optional(),
  publication: publicationRefSchema,
  standfirst: z.string().nullable(),
  /** The byline the outlet printed, without "By" ("Jane Doe, Political Editor"), or null. */
  byline: z.string().nullable().default(null),
  /** True when the copy stops mid-sentence: kept, and noted in ingestNotes. */
  truncated: z.boolean().default(false),
  summary: z.string(),
  summarySource: z.enum(['standfirst', 'opening-paragraph']),
  sourceFile: z.string(),
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().positive(),
  paragraphCount: z.number().int().nonnegative(),
  /** Editorial topics the article belongs to by the rules in src/data/topics.json, with the matched terms. */
  topics: z.array(topicAssignmentSchema),
  /** People named in the journalism, in order of first mention (slugs in src/data/people.json). */
  people: z.array(slug),
  /** Seats named in the journalism, in order of first mention (slugs in src/data/constituencies.json). */
  constituencies: z.array(slug),
  removedBoilerplate: z.array(removedBoilerplateSchema),
  ingestNotes: z.array(z.string()),
});

/** A date's precision must be the one its form says. */
function checkDatePrecision(
  article: { date: string | null; datePrecision: string },
  ctx: z.RefinementCtx,
): void {
  const expected = article.date === null ? 'unknown' : article.date.length === 10 ? 'day' : 'month';
  if (article.datePrecision !== expected) {
    ctx.addIssue({
      code: 'custom',
      path: ['datePrecision'],
      message: `date ${String(article.date)} has ${expected} precision, not ${article.datePrecision}`,
    });
  }
}

/** The `articles` collection's schema: one article as every page but its own sees it. */
export const articleCardSchema = articleCardFields.superRefine(checkDatePrecision);

/**
 * The whole article record, as the ingest writes it into the frontmatter: the card plus
 * where each person, seat and quotation sits in the body. Read by the article's own page
 * and by the person pages that list it, never held for the whole corpus at once.
 */
export const articleSchema = articleCardFields
  .extend({
    mentions: z.array(mentionSchema),
    constituencyMentions: z.array(constituencyMentionSchema),
    quotes: z.array(quoteSchema),
  })
  .superRefine((article, ctx) => {
    checkDatePrecision(article, ctx);
    // Lists and feeds know an article's people from the card alone, so every person the
    // detail names must be on it.
    const people = new Set(article.people);
    for (const [i, { person }] of article.mentions.entries()) {
      if (!people.has(person))
        ctx.addIssue({
          code: 'custom',
          path: ['mentions', i, 'person'],
          message: `${person} is not in people`,
        });
    }
    for (const [i, { speaker }] of article.quotes.entries()) {
      if (speaker && !people.has(speaker))
        ctx.addIssue({
          code: 'custom',
          path: ['quotes', i, 'speaker'],
          message: `${speaker} is not in people`,
        });
    }
    const seats = new Set(article.constituencies);
    for (const [i, { constituency }] of article.constituencyMentions.entries()) {
      if (!seats.has(constituency)) {
        ctx.addIssue({
          code: 'custom',
          path: ['constituencyMentions', i, 'constituency'],
          message: `${constituency} is not in constituencies`,
        });
      }
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;
export type ArticleCardData = z.infer<typeof articleCardSchema>;
export type ArticleMention = z.infer<typeof mentionSchema>;
export type ArticleQuote = z.infer<typeof quoteSchema>;
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
