import type { Archive } from '../archive/archive.ts';
import { partiesOnDates, type PartyCount } from './person-at.ts';
import type { Constituency, Person, Seat } from '../schemas/people.ts';

/** One row of `/mps/`: an MP in the archive, one seat they held, and their articles while they held it. */
export interface MpRow {
  seat: Constituency;
  person: Person;
  held: Seat;
  /** The party on each of those articles' dates, counted (null: not recorded). */
  parties: PartyCount[];
  /** Every article naming the MP, whatever the date. */
  articles: number;
}

/**
 * The `/mps/` table: every MP the articles name, once per seat they held, by seat A–Z then
 * from the earliest holder. Linear in MPs' seats plus their articles.
 */
export function mpRows(
  archive: Pick<Archive, 'mps' | 'articlesByPerson' | 'constituencyBySlug' | 'partyBySlug'>,
): MpRow[] {
  const partyName = (slug: string) => archive.partyBySlug.get(slug)!.shortName;
  const rows = archive.mps.flatMap((person) => {
    const dates = (archive.articlesByPerson.get(person.slug) ?? []).map((a) => a.data.date);
    return (person.seats ?? []).map((held) => ({
      seat: archive.constituencyBySlug.get(held.constituency)!,
      person,
      held,
      parties: partiesOnDates({ ...person, seats: [held] }, dates, partyName),
      articles: dates.length,
    }));
  });
  return rows.sort(
    (a, b) => byName.compare(a.seat.name, b.seat.name) || (a.held.from < b.held.from ? -1 : 1),
  );
}

const byName = new Intl.Collator('en-GB');
