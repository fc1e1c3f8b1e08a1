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

const phrases = z.array(z.string().min(1));

/** The kinds of furniture that identify an outlet in copied text, strongest first. */
export const evidenceKinds = ['masthead', 'copyright', 'houseLine', 'selfReference'] as const;

export const publicationSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string(),
  description: z.string(),
  evidence: z.object({
    /** The outlet's name standing alone on a line ("The Guardian", "theguardian.com"). */
    mastheads: phrases,
    /** Words of its copyright line; they count on a line that carries "©" or "Copyright". */
    copyright: phrases,
    /** Phrases of the furniture it prints under every article (its newsletter, its appeals). */
    houseLines: phrases,
    /** How it names itself as a source ("told The Herald"), never how others quote it. */
    selfReferences: phrases,
    /** How other outlets name it in prose ("the Guardian"), to recognise it being quoted. */
    names: phrases,
  }),
  /** Where each kind of evidence comes from. */
  source: z.object({
    mastheads: z.string(),
    copyright: z.string(),
    houseLines: z.string(),
    selfReferences: z.string(),
  }),
});

export const publicationsFileSchema = z.array(publicationSchema);

export type ArticleFacts = z.infer<typeof articleFactsSchema>;
export type Publication = z.infer<typeof publicationSchema>;
