import { disagreementsOf } from './disagreements.ts';
import { dateSpan } from './period.ts';
import type { ImportedRegister } from '../../schemas/register.ts';
import type { Constituency, Party, Person, Registry, Role, Seat } from '../../schemas/people.ts';
import { compareCodePoints } from '../order.ts';

export interface MergedRegister extends Registry {
  disagreements: string[];
}

const key = (text: string) => text.toLowerCase().replace(/&/g, 'and').replace(/\s+/g, ' ').trim();

/** Two periods with a start and an optional end (open = still going) share a day. */
export function periodsOverlap(
  a: { from?: string | undefined; to?: string | undefined },
  b: { from?: string | undefined; to?: string | undefined },
): boolean {
  const first = (p: { from?: string | undefined }) => (p.from ? dateSpan(p.from).first : '0000');
  const last = (p: { to?: string | undefined }) => (p.to ? dateSpan(p.to).last : '9999');
  return first(a) <= last(b) && first(b) <= last(a);
}

/** Maps each imported slug to the editorial entry naming the same thing, by slug or name. */
function slugMap<T extends { slug: string; name: string }>(
  editorial: readonly T[],
  imported: readonly T[],
  names: (entry: T) => string[],
): Map<string, string> {
  const byName = new Map<string, string>();
  for (const entry of editorial) for (const name of names(entry)) byName.set(key(name), entry.slug);
  const slugs = new Set(editorial.map((e) => e.slug));
  return new Map(
    imported.map((entry) => [
      entry.slug,
      slugs.has(entry.slug) ? entry.slug : (byName.get(key(entry.name)) ?? entry.slug),
    ]),
  );
}

function remapSeats(
  seats: readonly Seat[],
  places: Map<string, string>,
  parties: Map<string, string>,
): Seat[] {
  return seats.map((seat) => ({
    ...seat,
    constituency: places.get(seat.constituency) ?? seat.constituency,
    parties: seat.parties.map((stint) => ({
      ...stint,
      party: parties.get(stint.party) ?? stint.party,
    })),
  }));
}

/**
 * The editorial person an imported one is: by TheyWorkForYou id, else by name plus a seat
 * both hold at a shared time.
 */
function editorialFinder(editorial: readonly Person[]): (person: Person) => Person | undefined {
  const byId = new Map(editorial.flatMap((e) => (e.ids?.twfy ? [[e.ids.twfy, e] as const] : [])));
  const byName = new Map<string, Person[]>();
  for (const e of editorial.filter((p) => !p.ids?.twfy && p.seats?.length))
    for (const n of [e.name, ...e.aliases]) byName.set(key(n), [...(byName.get(key(n)) ?? []), e]);
  return (person) => {
    const found = person.ids?.twfy ? byId.get(person.ids.twfy) : undefined;
    if (found) return found;
    const candidates = [person.name, ...person.aliases].flatMap((n) => byName.get(key(n)) ?? []);
    return candidates.find((e) =>
      e.seats!.some((s) =>
        (person.seats ?? []).some((t) => s.constituency === t.constituency && periodsOverlap(s, t)),
      ),
    );
  };
}

/** Words that do not tell two post titles apart ("Secretary of State for Health", "Health Secretary"). */
const TITLE_FILLER = new Set(['secretary', 'of', 'state', 'for', 'the', 'and', 'department', 'hm']);
const titleWords = (title: string) =>
  new Set(
    key(title)
      .replace(/[^a-z ]/g, ' ')
      .split(' ')
      .filter((w) => w && !TITLE_FILLER.has(w)),
  );
const within = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((w) => b.has(w));

/**
 * The same post, told two ways, at overlapping times: one title's telling words all in the
 * other's ("Shadow Culture Secretary" and "Shadow Secretary of State for Culture, Media and
 * Sport"), or a press phrase in common.
 */
function sameRole(a: Role, b: Role): boolean {
  if (!periodsOverlap(a, b)) return false;
  const [x, y] = [titleWords(a.title), titleWords(b.title)];
  return within(x, y) || within(y, x) || (a.refs ?? []).some((r) => (b.refs ?? []).includes(r));
}

/**
 * One person known to both layers: the editorial record, with the register's identifiers,
 * the seats it has at times the editor gives none, and its posts the editor does not list.
 */
function mergePerson(editorial: Person, imported: Person): Person {
  const edSeats = editorial.seats ?? [];
  const extraSeats = (imported.seats ?? []).filter(
    (seat) => !edSeats.some((s) => periodsOverlap(s, seat)),
  );
  const extraRoles = imported.roles.filter(
    (role) => !editorial.roles.some((r) => sameRole(r, role)),
  );
  const seats = [...edSeats, ...extraSeats].toSorted((a, b) => compareCodePoints(a.from, b.from));
  return {
    ...editorial,
    ids: { ...imported.ids, ...editorial.ids },
    origin: 'both',
    roles: [...editorial.roles, ...extraRoles],
    ...(seats.length > 0 ? { seats } : {}),
  };
}

/**
 * The editorial registry and an imported register as one: editorial entries win and keep
 * their slugs; the register adds everyone and every seat and party it has that the editor
 * does not. Returns the disagreements not listed in a person's `corrects`.
 * @example mergeRegisters(editorial, imported).people.find((p) => p.slug === 'jeremy-corbyn')
 *   // { …, origin: 'both' }
 */
export function mergeRegisters(editorial: Registry, register: ImportedRegister): MergedRegister {
  const partyNames = (p: Party) => [p.name, p.shortName, ...(p.aliases ?? [])];
  const parties = slugMap(editorial.parties, register.parties, partyNames);
  const places = slugMap(editorial.constituencies, register.constituencies, (c) => [
    c.name,
    ...c.aliases,
  ]);
  const editorialSlugs = new Set(editorial.people.map((p) => p.slug));
  const merged = new Map(editorial.people.map((p) => [p.slug, p]));
  const disagreements: string[] = [];
  const findEditorial = editorialFinder(editorial.people);
  const added: Person[] = [];
  for (const raw of register.people) {
    const person = { ...raw, seats: remapSeats(raw.seats ?? [], places, parties) };
    const match = findEditorial(person);
    if (!match) {
      const clash = editorialSlugs.has(person.slug) && person.seats[0];
      added.push(
        clash ? { ...person, slug: `${person.slug}-${person.seats[0]!.constituency}` } : person,
      );
      continue;
    }
    merged.set(match.slug, mergePerson(match, person));
    disagreements.push(...disagreementsOf(match, person, { editorial, meta: register.meta }));
  }
  const newPlaces = register.constituencies.filter(
    (c) =>
      places.get(c.slug) === c.slug && !editorial.constituencies.some((e) => e.slug === c.slug),
  );
  const newParties = register.parties.filter(
    (p) => parties.get(p.slug) === p.slug && !editorial.parties.some((e) => e.slug === p.slug),
  );
  return {
    people: [...merged.values(), ...added],
    constituencies: [...editorial.constituencies, ...newPlaces] as Constituency[],
    parties: [...editorial.parties, ...newParties],
    disagreements,
  };
}
