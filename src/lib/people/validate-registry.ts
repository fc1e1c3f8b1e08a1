import {
  constituenciesFileSchema,
  partiesFileSchema,
  peopleFileSchema,
  type Person,
  type Registry,
  type Seat,
} from '../../schemas/people.ts';
import { dateSpan } from './period.ts';

const earliest = (date: string) => dateSpan(date).first;
const latest = (date: string) => dateSpan(date).last;

interface Dated {
  from?: string | undefined;
  to?: string | undefined;
  attested?: string[] | undefined;
}
type Claim = (form: string, owner: string, shareable?: boolean) => void;

/**
 * Checks the registries against each other and throws one error listing every
 * problem: duplicate slugs, a seat pointing to a missing constituency, a party stint
 * pointing to a missing party, a name form claimed by two people, a party stint
 * outside its seat, a period that ends before it starts. Parses with the zod schemas
 * first, so it also accepts the raw JSON.
 * @example validateRegistry(peopleJson, constituenciesJson, partiesJson)
 *   // { people, constituencies, parties }
 * @example validateRegistry([{ ...berger, seats: [{ ...seat, constituency: 'wavertree' }] }],
 *   [], parties)
 *   // throws Error: Registry invalid: luciana-berger seat 1: no constituency "wavertree"
 */
export function validateRegistry(
  people: unknown,
  constituencies: unknown,
  parties: unknown,
): Registry {
  const registry: Registry = {
    people: peopleFileSchema.parse(people),
    constituencies: constituenciesFileSchema.parse(constituencies),
    parties: partiesFileSchema.parse(parties),
  };
  const problems: string[] = [];
  uniqueSlugs('person', registry.people, problems);
  const seatSlugs = uniqueSlugs('constituency', registry.constituencies, problems);
  const partySlugs = uniqueSlugs('party', registry.parties, problems);
  const claim = nameClaims(problems);
  for (const c of registry.constituencies)
    [c.name, ...c.aliases].forEach((form) => claim(form, `constituency ${c.slug}`));
  for (const person of registry.people) {
    claimNameForms(person, claim);
    checkPerson(person, { seatSlugs, partySlugs }, problems);
  }
  if (problems.length > 0) throw new Error(`Registry invalid: ${problems.join('; ')}`);
  return registry;
}

/** The slugs of a list, each duplicate reported. */
function uniqueSlugs(
  label: string,
  items: readonly { slug: string }[],
  problems: string[],
): Set<string> {
  const seen = new Set<string>();
  for (const { slug: s } of items) {
    if (seen.has(s)) problems.push(`duplicate ${label} slug "${s}"`);
    seen.add(s);
  }
  return seen;
}

/**
 * Records who claims each name form and reports clashes: a form may be held by several
 * claimants only when every one of them marks it shareable.
 */
function nameClaims(problems: string[]): Claim {
  const owners = new Map<string, { owner: string; shareable: boolean }[]>();
  return (form: string, owner: string, shareable = false) => {
    const key = form.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
    const previous = owners.get(key) ?? [];
    if (previous.some((p) => p.owner === owner))
      problems.push(`${owner}: name form "${form}" is listed twice`);
    else {
      const clash = previous.find((p) => !(p.shareable && shareable));
      if (clash) {
        problems.push(`name form "${form}" is claimed by both ${clash.owner} and ${owner}`);
      }
    }
    owners.set(key, [...previous, { owner, shareable }]);
  };
}

/**
 * Two people may share a full name (the two Angela Smiths); the register's name forms may
 * be shared, the matcher chooses among them. An editor's alias or misspelling names one
 * person only.
 */
function claimNameForms(person: Person, claim: Claim): void {
  const imported = person.origin === 'imported';
  claim(person.name, person.slug, true);
  person.aliases.forEach((form) => claim(form, person.slug, imported));
  person.misspellings.forEach((m) => claim(m.text, person.slug));
}

/** A person's roles, party stints and seats: dated, and pointing at real parties and seats. */
function checkPerson(
  person: Person,
  known: { seatSlugs: Set<string>; partySlugs: Set<string> },
  problems: string[],
): void {
  person.roles.forEach((role, i) =>
    checkPeriod(`${person.slug} role ${i + 1} (${role.title})`, role, problems),
  );
  person.parties?.forEach((stint, i) => {
    if (!known.partySlugs.has(stint.party))
      problems.push(`${person.slug} party ${i + 1}: no party "${stint.party}"`);
    checkPeriod(`${person.slug} party ${i + 1}`, stint, problems);
  });
  person.seats?.forEach((seat, i) => {
    const where = `${person.slug} seat ${i + 1}`;
    if (!known.seatSlugs.has(seat.constituency))
      problems.push(`${where}: no constituency "${seat.constituency}"`);
    checkPeriod(where, seat, problems);
    checkSeatParties(where, seat, known.partySlugs, problems);
  });
}

/** A seat's party stints: real parties, dated, and within the seat. */
function checkSeatParties(
  where: string,
  seat: Seat,
  partySlugs: Set<string>,
  problems: string[],
): void {
  seat.parties.forEach((stint, j) => {
    if (!partySlugs.has(stint.party))
      problems.push(`${where} party ${j + 1}: no party "${stint.party}"`);
    checkPeriod(`${where} party ${j + 1}`, stint, problems);
    if (stint.from && latest(stint.from) < earliest(seat.from))
      problems.push(`${where} party ${j + 1}: starts before the seat`);
    if (stint.to && seat.to && earliest(stint.to) > latest(seat.to))
      problems.push(`${where} party ${j + 1}: ends after the seat`);
  });
}

function checkPeriod(where: string, item: Dated, problems: string[]): void {
  if (item.from && item.to && earliest(item.from) > latest(item.to))
    problems.push(`${where}: from ${item.from} is after to ${item.to}`);
  if (!item.from && !item.to && !item.attested)
    problems.push(`${where}: needs from/to or attested dates`);
}
