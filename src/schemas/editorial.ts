import { z } from 'astro/zod';
import { archiveDateSchema } from './article.ts';

/**
 * Editorial facts: what an editor established about a seed that the seed does not
 * state itself. Kept in src/data/article-facts.json, keyed by seed file name,
 * each fact with the evidence it rests on.
 */
export const articleFactsSchema = z.object({
  headline: z.object({ text: z.string().min(1), note: z.string().min(1) }).optional(),
  publication: z
    .object({
      slug: z.string(),
      /** Exact words from the seed that identify the publisher; the ingest checks they are there. */
      evidence: z.string().min(1),
    })
    .optional(),
  date: z
    .object({
      value: archiveDateSchema,
      precision: z.enum(['day', 'month']),
      evidence: z.string().min(1),
    })
    .optional(),
});

export const articleFactsFileSchema = z.record(z.string().regex(/\.txt$/), articleFactsSchema);

export const publicationSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string(),
  description: z.string(),
  /** Phrases only this publisher prints (page furniture, "told The X"); used to recognise new articles. */
  signatures: z.array(z.string().min(1)),
  source: z.string(),
});

export const publicationsFileSchema = z.array(publicationSchema);

export type ArticleFacts = z.infer<typeof articleFactsSchema>;
export type Publication = z.infer<typeof publicationSchema>;
