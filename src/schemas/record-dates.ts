import { z } from 'astro/zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * When the archive took each article in, and when it last changed the record
 * (src/data/record-dates.json, written by the ingest beside the permalink registry). The
 * record is the seed's bytes and the editor's facts for it: `key` is their hash, and a run
 * that finds a different one sets `revised` to the day of that run (UK time).
 */
export const recordDateSchema = z.object({
  added: day,
  revised: day.optional(),
  key: z.string().regex(/^[0-9a-f]{64}$/),
});

export const recordDatesFileSchema = z.record(z.string().regex(/\.txt$/), recordDateSchema);

export type RecordDate = z.infer<typeof recordDateSchema>;
export type RecordDates = z.infer<typeof recordDatesFileSchema>;
