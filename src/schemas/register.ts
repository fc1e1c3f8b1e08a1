import { z } from 'astro/zod';
import { constituencySchema, partySchema, personSchema } from './people.ts';

/** The imported register of MPs (`npm run registry:import`): its file and what it says about itself. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What an import says about itself (`register.json`'s `meta`). */
export const registerMetaSchema = z.object({
  source: z.literal('TheyWorkForYou register'),
  file: z.string(),
  importedOn: isoDate,
  /** Party stints end here: the source records no party change after it. */
  partiesCompleteUntil: isoDate.nullable(),
  /** Ministerial and shadow posts open in the source end here. */
  postsCompleteUntil: isoDate.nullable(),
  period: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }),
  counts: z.object({
    people: z.number(),
    seats: z.number(),
    parties: z.number(),
    posts: z.number(),
  }),
});

/** `src/data/imported/register.json`, written by `npm run registry:import`. */
export const importedRegisterSchema = z.object({
  meta: registerMetaSchema,
  people: z.array(personSchema),
  constituencies: z.array(constituencySchema),
  parties: z.array(partySchema),
});

export type RegisterMeta = z.infer<typeof registerMetaSchema>;
export type ImportedRegister = z.infer<typeof importedRegisterSchema>;
