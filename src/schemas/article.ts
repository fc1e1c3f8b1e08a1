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
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
