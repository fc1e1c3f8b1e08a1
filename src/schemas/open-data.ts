import { z } from 'astro/zod';
import { archiveDateSchema, datePrecisionSchema } from './article.ts';

/**
 * The archive's open data (`/data/articles.json`, `/data/people.json` and CSV twins),
 * documented in docs/open-data.md. Tests validate the published files against these.
 */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const articleRowSchema = z.object({
  url: z.url(),
  title: z.string(),
  date: archiveDateSchema.nullable(),
  datePrecision: datePrecisionSchema,
  /** True when the date is an editor's estimate, not stated in the article. */
  dateEstimated: z.boolean(),
  publication: z.string(),
  sourceFile: z.string(),
  people: z.array(slug),
  constituencies: z.array(slug),
  wordCount: z.number().int().nonnegative(),
});

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const personRowSchema = z.object({
  slug,
  url: z.url(),
  name: z.string(),
  aliases: z.array(z.string()),
  isMP: z.boolean(),
  constituencies: z.array(
    z.object({
      constituency: slug,
      name: z.string(),
      from: partialDate,
      to: partialDate.nullable(),
      parties: z.array(
        z.object({ party: z.string(), from: partialDate.nullable(), to: partialDate.nullable() }),
      ),
    }),
  ),
  articles: z.array(z.url()),
});

export const articlesExportSchema = z.array(articleRowSchema);
export const peopleExportSchema = z.array(personRowSchema);

export type ArticleRow = z.infer<typeof articleRowSchema>;
export type PersonRow = z.infer<typeof personRowSchema>;
