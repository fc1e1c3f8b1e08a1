import type { PopoloFile, PopoloMembership, PopoloPerson } from '../../src/schemas/popolo.ts';
import type { Constituency, Party, Person, Seat } from '../../src/schemas/people.ts';
import type { ImportedRegister, RegisterMeta } from '../../src/schemas/register.ts';
import { describeImported, nameIsAlsoPlace } from './describe.ts';
import { type RolePhrase, rolesOf } from './roles.ts';
import { seatsOf } from './seats.ts';
import { personSlugs, slugOfName } from './slugs.ts';

export interface ImportOptions {
  /** The input file's basename, kept in the meta. */
  file: string;
  importedOn: string;
  partiesCompleteUntil: string | null;
  /** Default: the latest date in the ministerial memberships. */
  postsCompleteUntil: string | null;
  phrases: readonly RolePhrase[];
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The archive's slug for a Popolo post: the id's last part if kebab-case, else the name's. */
function constituencySlug(post: PopoloFile['posts'][number]): string {
  const tail = post.id.split('/').at(-1)!;
  return KEBAB.test(tail) ? tail : slugOfName(post.area.name);
}

/** The latest date any ministerial or shadow membership mentions. */
export function latestPostDate(memberships: readonly PopoloMembership[]): string | null {
  const dates = memberships
    .filter((m) => m.role && !m.post_id)
    .flatMap((m) => [m.start_date, m.end_date ?? '']);
  return dates.reduce<string | null>((max, d) => (d && (!max || d > max) ? d : max), null);
}

function constituenciesOf(file: PopoloFile, source: string): Constituency[] {
  return file.posts.map((post) => {
    const name = post.area.name.trim();
    const aliases = [...new Set((post.area.other_names ?? []).map((n) => n.trim()))].filter(
      (n) => n !== name,
    );
    return {
      slug: constituencySlug(post),
      name,
      aliases,
      nameIsAlsoPlace: nameIsAlsoPlace(name),
      source,
    };
  });
}

function partiesOf(file: PopoloFile, source: string): Party[] {
  return file.organizations
    .filter((org) => org.classification === 'party')
    .map((org) => ({ slug: slugOfName(org.id), name: org.name, shortName: org.name, source }));
}

/** Name forms and identifiers the register gives for a person. */
function namesAndIds(person: PopoloPerson) {
  const pairs = (person.other_names ?? []).filter((n) => n.given_name && n.family_name);
  const full = (n: { given_name?: string; family_name?: string }) =>
    `${n.given_name!.trim()} ${n.family_name!.trim()}`;
  const aliases = [...new Set(pairs.map(full))].filter((form) => form !== person.name);
  const own = pairs.find((n) => full(n) === person.name)?.family_name?.trim();
  const surname = own && own !== person.name.split(/\s+/).at(-1) ? own : undefined;
  const id = (scheme: string) => person.identifiers?.find((i) => i.scheme === scheme)?.identifier;
  const twfy = /^uk\.org\.publicwhip\/person\/\d+$/.test(person.id) ? person.id : undefined;
  const ids = { twfy, parliament: id('datadotparl_id'), wikidata: id('wikidata') };
  const defined = Object.fromEntries(Object.entries(ids).filter(([, v]) => v !== undefined));
  return { aliases, surname, ids: defined };
}

/**
 * A Popolo register as the archive's own people, constituencies and parties, with its meta.
 * @example convertPopolo(parsePopolo(json), { file: 'people.json', importedOn: '2026-12-04', … })
 */
export function convertPopolo(file: PopoloFile, options: ImportOptions): ImportedRegister {
  const source = `TheyWorkForYou register, imported ${options.importedOn}`;
  const postsCompleteUntil =
    options.postsCompleteUntil ?? latestPostDate(file.memberships) ?? options.importedOn;
  const constituencies = constituenciesOf(file, source);
  const bySlug = new Map(file.posts.map((p, i) => [p.id, constituencies[i]!]));
  const byPerson = Map.groupBy(file.memberships, (m) => m.person_id);
  const seatOptions = {
    partiesCompleteUntil: options.partiesCompleteUntil,
    source,
    constituencyOf: (postId: string) => bySlug.get(postId)?.slug ?? slugOfName(postId),
    partyOf: (orgId: string) => slugOfName(orgId),
  };
  const roleOptions = { postsCompleteUntil, source, phrases: options.phrases };
  const built = file.persons.map((person) => {
    const memberships = byPerson.get(person.id) ?? [];
    return {
      person,
      seats: seatsOf(memberships, seatOptions),
      roles: rolesOf(memberships, roleOptions),
    };
  });
  const slugs = personSlugs(
    built.map((b) => ({
      name: b.person.name,
      firstSeat: b.seats[0]?.constituency,
      firstYear: b.seats[0]?.from.slice(0, 4),
    })),
  );
  const nameOf = (slug: string) => constituencies.find((c) => c.slug === slug)?.name ?? slug;
  const people: Person[] = built.map(({ person, seats, roles }, i) => {
    const { aliases, surname, ids } = namesAndIds(person);
    return {
      slug: slugs[i]!,
      name: person.name.trim(),
      ...(surname ? { surname } : {}),
      aliases,
      misspellings: [],
      description: describeImported(seats, nameOf, options.importedOn),
      source,
      roles,
      seats,
      ids,
      origin: 'imported' as const,
    };
  });
  const parties = partiesOf(file, source);
  const meta = metaOf(file, options, postsCompleteUntil, {
    people,
    parties,
    seats: built.flatMap((b) => b.seats),
  });
  return { meta, people, constituencies, parties };
}

function metaOf(
  file: PopoloFile,
  options: ImportOptions,
  postsCompleteUntil: string,
  built: { people: Person[]; parties: Party[]; seats: Seat[] },
): RegisterMeta {
  const seatDates = file.memberships
    .filter((m) => m.post_id)
    .flatMap((m) => [m.start_date, m.end_date ?? m.start_date]);
  const sorted = seatDates.toSorted();
  return {
    source: 'TheyWorkForYou register',
    file: options.file,
    importedOn: options.importedOn,
    partiesCompleteUntil: options.partiesCompleteUntil,
    postsCompleteUntil,
    period: { from: sorted[0] ?? null, to: sorted.at(-1) ?? null },
    counts: {
      people: built.people.length,
      seats: built.seats.length,
      parties: built.parties.length,
      posts: built.people.reduce((n, p) => n + p.roles.length, 0),
    },
  };
}
