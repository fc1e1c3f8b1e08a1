import { z } from 'astro/zod';
import { datePrecisionSchema, publicationRefSchema, removedBoilerplateSchema } from './article.ts';

/**
 * An entry of the ingest's seed cache (scripts/ingest/seed-cache.ts): one seed's built
 * article as the run takes it. Strict throughout: an entry is read back exactly as written,
 * so a key it should not have means the file is not one the ingest wrote.
 */

const unknownNameSchema = z.strictObject({
  name: z.string(),
  paragraph: z.number().int().positive(),
});

const reportEntrySchema = z.strictObject({
  sourceFile: z.string(),
  slug: z.string(),
  title: z.string(),
  titleSource: z.enum(['seed', 'editorial', 'derived']),
  publication: publicationRefSchema.strict(),
  date: z.string().nullable(),
  datePrecision: datePrecisionSchema,
  dateSource: z.string(),
  truncated: z.boolean(),
  unknownNames: z.array(unknownNameSchema),
  removed: z.array(removedBoilerplateSchema.strict()),
});

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const builtSeedSchema = z.strictObject({
  file: z.string(),
  journalismHash: sha256,
  unknownNames: z.array(unknownNameSchema),
  log: z.array(z.string()),
  sourceFile: z.string(),
  slug: z.string(),
  sourceSha256: sha256,
  recordKey: sha256,
  provisionalSlug: z.boolean(),
  report: reportEntrySchema,
});

/**
 * The first line of an entry: which seed it is (checked against the seed it is read for),
 * the article's length, and everything of the article but its file, which follows the line
 * as it is, so reading an entry parses a kilobyte of JSON rather than the whole article.
 */
export const seedCacheHeaderSchema = z.strictObject({
  name: z.string(),
  fileLength: z.number().int().nonnegative(),
  article: builtSeedSchema.omit({ file: true }),
});

export type SeedCacheHeader = z.infer<typeof seedCacheHeaderSchema>;
