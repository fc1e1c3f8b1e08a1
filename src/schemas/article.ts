import { z } from 'astro/zod';
import { topicAssignmentSchema } from './topic.ts';

/**
 * The archive's article record: what the ingest writes as frontmatter and what
 * the `articles` content collection validates. Types are inferred from here only.
 */

export const datePrecisionSchema = z.enum(['day', 'month', 'unknown']);

/** `YYYY-MM-DD` for a known day, `YYYY-MM` when only the month is known. */
export const archiveDateSchema = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM');

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
  text: z.string(),
  kind: z.enum(['full-name', 'alias', 'misspelling', 'honorific-surname', 'surname', 'first-name', 'role', 'camp']),
  excerpt: excerptSchema,
});

/** A Westminster seat named in a body paragraph. */
export const constituencyMentionSchema = z.object({
  constituency: slug,
  paragraph: paragraphNumber,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
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

/** A capitalised name the registry does not know, reported by the build. */
export const unknownNameSchema = z.object({ name: z.string(), paragraph: paragraphNumber });

export const articleSchema = z
  .object({
    title: z.string().min(1),
    /** seed: the seed's own first line; editorial: an editor's headline; derived: the archive's from the opening words. */
    titleSource: z.enum(['seed', 'editorial', 'derived']),
    titleNote: z.string().optional(),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    date: archiveDateSchema.nullable(),
    datePrecision: datePrecisionSchema,
    /** seed-marker: the seed's own `date` line; editorial: an editor's estimate with evidence; none. */
    dateSource: z.enum(['seed-marker', 'editorial', 'none']),
    dateEvidence: z.string().optional(),
    publication: publicationRefSchema,
    standfirst: z.string().nullable(),
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
    mentions: z.array(mentionSchema),
    constituencyMentions: z.array(constituencyMentionSchema),
    quotes: z.array(quoteSchema),
    unknownNames: z.array(unknownNameSchema),
    removedBoilerplate: z.array(removedBoilerplateSchema),
    ingestNotes: z.array(z.string()),
  })
  .superRefine((article, ctx) => {
    const expected = article.date === null ? 'unknown' : article.date.length === 10 ? 'day' : 'month';
    if (article.datePrecision !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['datePrecision'],
        message: `date ${String(article.date)} has ${expected} precision, not ${article.datePrecision}`,
      });
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;
export type ArticleMention = z.infer<typeof mentionSchema>;
export type ArticleQuote = z.infer<typeof quoteSchema>;
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
