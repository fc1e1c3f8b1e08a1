import { z } from 'astro/zod';
import { dateSpan } from './period.ts';

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
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is kebab-case: lowercase letters, digits and hyphens');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

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
  twfy: z.string().regex(/^uk\.org\.publicwhip\/person\/\d+$/).optional(),
  /** UK Parliament member id (MNIS, `datadotparl_id`). */
  parliament: z.string().regex(/^\d+$/).optional(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
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

/** The person's surname: `surname` if given, else the last word of `name`. */
export function surnameOf(person: Pick<Person, 'name' | 'surname'>): string {
  return person.surname ?? person.name.split(/\s+/).at(-1)!;
}

/** The person's first name: the first word of `name`. */
export function firstNameOf(person: Pick<Person, 'name'>): string {
  return person.name.split(/\s+/)[0]!;
}

const earliest = (date: string) => dateSpan(date).first;
const latest = (date: string) => dateSpan(date).last;

function checkPeriod(
  where: string,
  item: { from?: string | undefined; to?: string | undefined; attested?: string[] | undefined },
  problems: string[],
): void {
  if (item.from && item.to && earliest(item.from) > latest(item.to))
    problems.push(`${where}: from ${item.from} is after to ${item.to}`);
  if (!item.from && !item.to && !item.attested) problems.push(`${where}: needs from/to or attested dates`);
}

/**
 * Records who claims each name form and reports clashes: a form may be held by several
 * claimants only when every one of them marks it shareable.
 */
function nameClaims(problems: string[]) {
  const owners = new Map<string, { owner: string; shareable: boolean }[]>();
  return (form: string, owner: string, shareable = false) => {
    const key = form.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
    const previous = owners.get(key) ?? [];
    if (previous.some((p) => p.owner === owner))
      problems.push(`${owner}: name form "${form}" is listed twice`);
    else {
      const clash = previous.find((p) => !(p.shareable && shareable));
      if (clash) problems.push(`name form "${form}" is claimed by both ${clash.owner} and ${owner}`);
    }
    owners.set(key, [...previous, { owner, shareable }]);
  };
}

/**
 * Checks the registries against each other and throws one error listing every
 * problem: duplicate slugs, a seat pointing to a missing constituency, a party stint
 * pointing to a missing party, a name form claimed by two people, a party stint
 * outside its seat, a period that ends before it starts. Parses with the zod schemas
 * first, so it also accepts the raw JSON.
 * @example validateRegistry(peopleJson, constituenciesJson, partiesJson) // { people, constituencies, parties }
 * @example validateRegistry([{ ...berger, seats: [{ ...seat, constituency: 'wavertree' }] }], [], parties)
 *   // throws Error: Registry invalid: luciana-berger seat 1: no constituency "wavertree"
 */
export function validateRegistry(people: unknown, constituencies: unknown, parties: unknown): Registry {
  const registry: Registry = {
    people: peopleFileSchema.parse(people),
    constituencies: constituenciesFileSchema.parse(constituencies),
    parties: partiesFileSchema.parse(parties),
  };
  const problems: string[] = [];
  const duplicates = (label: string, slugs: string[]) => {
    const seen = new Set<string>();
    for (const s of slugs) {
      if (seen.has(s)) problems.push(`duplicate ${label} slug "${s}"`);
      seen.add(s);
    }
    return seen;
  };
  duplicates(
    'person',
    registry.people.map((p) => p.slug),
  );
  const seatSlugs = duplicates(
    'constituency',
    registry.constituencies.map((c) => c.slug),
  );
  const partySlugs = duplicates(
    'party',
    registry.parties.map((p) => p.slug),
  );

  const claim = nameClaims(problems);
  for (const c of registry.constituencies)
    [c.name, ...c.aliases].forEach((form) => claim(form, `constituency ${c.slug}`));

  for (const person of registry.people) {
    // Two people may share a full name (the two Angela Smiths); the register's name forms
    // may be shared, the matcher chooses among them. An editor's alias or misspelling names
    // one person only.
    const imported = person.origin === 'imported';
    claim(person.name, person.slug, true);
    person.aliases.forEach((form) => claim(form, person.slug, imported));
    person.misspellings.forEach((m) => claim(m.text, person.slug));
    person.roles.forEach((role, i) => checkPeriod(`${person.slug} role ${i + 1} (${role.title})`, role, problems));
    person.parties?.forEach((stint, i) => {
      if (!partySlugs.has(stint.party)) problems.push(`${person.slug} party ${i + 1}: no party "${stint.party}"`);
      checkPeriod(`${person.slug} party ${i + 1}`, stint, problems);
    });
    person.seats?.forEach((seat, i) => {
      const where = `${person.slug} seat ${i + 1}`;
      if (!seatSlugs.has(seat.constituency)) problems.push(`${where}: no constituency "${seat.constituency}"`);
      checkPeriod(where, seat, problems);
      seat.parties.forEach((stint, j) => {
        if (!partySlugs.has(stint.party)) problems.push(`${where} party ${j + 1}: no party "${stint.party}"`);
        checkPeriod(`${where} party ${j + 1}`, stint, problems);
        if (stint.from && latest(stint.from) < earliest(seat.from))
          problems.push(`${where} party ${j + 1}: starts before the seat`);
        if (stint.to && seat.to && earliest(stint.to) > latest(seat.to))
          problems.push(`${where} party ${j + 1}: ends after the seat`);
      });
    });
  }
  if (problems.length > 0) throw new Error(`Registry invalid: ${problems.join('; ')}`);
  return registry;
}
