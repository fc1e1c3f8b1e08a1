import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * The permalink registry (src/data/permalinks.json): each seed file's article slug,
 * fixed the first time the article is ingested. An editor who renames a slug keeps
 * the old one in `redirectFrom`, and the site leaves a redirect page there. A slug from a
 * title the archive derived is `provisional` and is replaced once, the same way.
 */
export const permalinkSchema = z.object({
  slug,
  redirectFrom: z.array(slug).default([]),
  /** Set while the slug comes from a derived title: the first trusted headline replaces it. */
  provisional: z.literal(true).optional(),
});

export const permalinksFileSchema = z.record(z.string().regex(/\.txt$/), permalinkSchema);

export type Permalink = z.infer<typeof permalinkSchema>;
export type Permalinks = z.infer<typeof permalinksFileSchema>;
