import { z } from 'astro/zod';

/**
 * The people, constituency and party registries (src/data/people.json,
 * constituencies.json, parties.json).
 *
 * Dates are partial ISO dates: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where only the
 * month or year is sure. An absent `to` means no end is recorded: the registry is
 * researched for 2015–2019, and later changes are recorded only where certain.
 * Every fact not stated in the seeds carries a `source` note.
 */

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'a slug is kebab-case: lowercase letters, digits and hyphens',
  );

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day. */
export const partialDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'a date is YYYY, YYYY-MM or YYYY-MM-DD',
  );

const source = z.string().min(3);

/**
 * A period with known bounds, or (for facts only a seed states) the dates at which
 * the press attested it: `attested: ['2019-02']` means "true when an article of
 * February 2019 was written", nothing more.
 */
const period = {
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
  attested: z.array(partialDateSchema).min(1).optional(),
};

/**
 * An office or position. `refs` are the lowercase phrases by which the press names
 * the holder without naming them ("the shadow chancellor"); only roles with `refs`
 * are used to resolve such phrases, and only on dates the role was certainly held.
 */
export const roleSchema = z.object({
  title: z.string().min(2),
  ...period,
  refs: z
    .array(
      z
        .string()
        .min(2)
        .regex(/^[^A-Z]*$/, 'refs are lowercase'),
    )
    .optional(),
  /** `to` is the last day the source records, not the role's end: it was still held then. */
  toIsRecordEnd: z.boolean().optional(),
  source,
});

export const partyStintSchema = z.object({
  party: slug,
  ...period,
  source,
});

/**
 * A continuous period as MP for one constituency, with the party (or parties) they sat for.
 * The stints need not cover the whole seat: where a source vouches for seats but not for
 * party changes (an imported register after its parties-complete date), the seat goes on
 * and its party on those dates is not recorded (`partyOnDate` gives nothing).
 */
export const seatSchema = z.object({
  constituency: slug,
  from: partialDateSchema,
  to: partialDateSchema.optional(),
  parties: z.array(partyStintSchema),
  source,
});

/** A misspelt form of the name exactly as it occurs in a seed, and which seed. */
export const misspellingSchema = z.object({
  text: z.string().min(2),
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
});

export const honorificSchema = z.enum(['Mr', 'Ms', 'Mrs', 'Miss', 'Dr']);

/**
 * When a bare surname ("Corbyn") or honorific + surname ("Mr Corbyn") names the person:
 * - `after-full-name` (default): only once the full name has appeared earlier in the article;
 * - `always`: also before, when no one else in the registry or the article shares the surname
 *   (for distinctive surnames the press uses alone, such as Corbyn or Burnham);
 * - `never`: the bare surname is a common word ("May"), so only the honorific form counts,
 *   after the full name.
 */
export const surnameAloneSchema = z.enum(['after-full-name', 'always', 'never']);

/** Identifiers in public registers: TheyWorkForYou's person id, UK Parliament's member id, Wikidata. */
export const personIdsSchema = z.object({
  /** TheyWorkForYou (parlparse) person id, e.g. `uk.org.publicwhip/person/10133`. */
  twfy: z
    .string()
    .regex(/^uk\.org\.publicwhip\/person\/\d+$/)
    .optional(),
  /** UK Parliament member id (MNIS, `datadotparl_id`). */
  parliament: z.string().regex(/^\d+$/).optional(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  source: source.optional(),
});

/**
 * Where a person's record comes from: the editorial registry, the imported register, or
 * both (one person, editorial facts winning). Absent means editorial.
 */
export const originSchema = z.enum(['editorial', 'imported', 'both']);

/**
 * A known, sourced correction of the imported register: the editorial fact wins and the
 * difference is not reported. `fact` and `register` are exactly the disagreement's key and
 * the register's value (`seat normanton-pontefract-and-castleford from`, `1997-05-01`), so a
 * different value in a later import is reported again.
 */
export const correctionSchema = z.object({
  fact: z.string().min(3),
  register: z.string(),
  source,
});

export const personSchema = z.object({
  slug,
  /** Canonical name: first name(s) then surname, e.g. "Iain McNicol". */
  name: z.string().min(3),
  honorific: honorificSchema.optional(),
  /** Defaults to the last word of `name`. */
  surname: z.string().min(2).optional(),
  surnameAlone: surnameAloneSchema.optional(),
  /** Other correct forms of the full name ("Christopher Leslie"). */
  aliases: z.array(z.string().min(3)),
  misspellings: z.array(misspellingSchema),
  /** One factual sentence. */
  description: z.string().min(10),
  source,
  roles: z.array(roleSchema),
  /** Westminster seats, for MPs. */
  seats: z.array(seatSchema).optional(),
  /** Party membership outside a Westminster seat (councillors, activists). */
  parties: z.array(partyStintSchema).optional(),
  ids: personIdsSchema.optional(),
  origin: originSchema.optional(),
  /** Where the editorial record knowingly differs from the imported register. */
  corrects: z.array(correctionSchema).optional(),
});

export const constituencySchema = z.object({
  slug,
  name: z.string().min(2),
  /** Other forms the press uses that name only this seat. */
  aliases: z.array(z.string().min(2)),
  region: z.string().optional(),
  /**
   * The bare name is also a town or area ("Canterbury", "Birkenhead"): it counts as the
   * seat only in seat context ("Canterbury MP", "represents Birkenhead", "won Canterbury").
   */
  nameIsAlsoPlace: z.boolean(),
  source,
});

export const partySchema = z.object({
  slug,
  name: z.string().min(2),
  shortName: z.string().min(2),
  aliases: z.array(z.string().min(2)).optional(),
  /** A party this one is part of (Labour/Co-operative MPs are Labour MPs): agrees with it. */
  partOf: slug.optional(),
  source: source.optional(),
});

export const peopleFileSchema = z.array(personSchema);
export const constituenciesFileSchema = z.array(constituencySchema);
export const partiesFileSchema = z.array(partySchema);

export type PartialDate = z.infer<typeof partialDateSchema>;
export type Role = z.infer<typeof roleSchema>;
export type PartyStint = z.infer<typeof partyStintSchema>;
export type Seat = z.infer<typeof seatSchema>;
export type Misspelling = z.infer<typeof misspellingSchema>;
export type Honorific = z.infer<typeof honorificSchema>;
export type SurnameAlone = z.infer<typeof surnameAloneSchema>;
export type Person = z.infer<typeof personSchema>;
export type PersonIds = z.infer<typeof personIdsSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Constituency = z.infer<typeof constituencySchema>;
export type Party = z.infer<typeof partySchema>;

/** The three registries together, as the matcher takes them. */
export interface Registry {
  people: readonly Person[];
  constituencies: readonly Constituency[];
  parties: readonly Party[];
}
