import { formatSpan } from './dates.ts';
import { partyOnDate, roleOnDate, seatOnDate } from './people/on-date.ts';
import type { Person, Seat } from '../schemas/people.ts';

export interface PersonAt {
  /** Roles held on the date (certain ones; uncertain ones are marked). */
  roles: string[];
  /** Party name(s); two when the date's month straddles a change. */
  parties: string[];
  /** Seat name, for an MP. */
  seat: string | null;
  /** True when the date's precision leaves the party or seat uncertain. */
  uncertain: boolean;
  /** True for an MP whose party on the date no source records (e.g. after the register's parties end). */
  partyUnrecorded: boolean;
}

/** Said wherever an MP's party on a date is not in any source, rather than guessing one. */
export const PARTY_NOT_RECORDED = 'party on this date not recorded';

/**
 * Who a person was on a date, for "People in this article" and per-article notes:
 * roles, party and seat from the registry, marking what the date's precision
 * cannot settle (e.g. Luciana Berger's party in February 2019, when she left Labour).
 */
export function personAt(
  person: Person,
  date: string | null,
  partyName: (slug: string) => string,
  seatName: (slug: string) => string,
): PersonAt {
  if (!date) return { roles: [], parties: [], seat: null, uncertain: true, partyUnrecorded: false };
  const roles = roleOnDate(person, date).map((r) =>
    r.certain ? r.value.title : `${r.value.title} (around then)`,
  );
  const parties = partyOnDate(person, date);
  const seats = seatOnDate(person, date);
  return {
    roles,
    parties: parties.map((p) => partyName(p.value)),
    seat: seats[0] ? seatName(seats[0].value) : null,
    uncertain: parties.some((p) => !p.certain) || seats.some((s) => !s.certain),
    partyUnrecorded: seats.length > 0 && parties.length === 0,
  };
}

/**
 * One line for a person at a date: "Shadow Chancellor of the Exchequer · Labour MP for Hayes and Harlington".
 * @example describePersonAt({ roles: [], parties: ['Labour'], seat: 'Canterbury', uncertain: false }) // 'Labour MP for Canterbury'
 */
export function describePersonAt(at: PersonAt): string {
  const party = at.parties.join(' or ');
  const unrecorded = at.partyUnrecorded ? ` (${PARTY_NOT_RECORDED})` : '';
  const membership = at.seat ? `${party ? `${party} ` : ''}MP for ${at.seat}${unrecorded}` : party;
  const parts = [...at.roles, membership].filter(Boolean);
  const line = parts.join(' · ');
  return at.uncertain && at.parties.length > 1 ? `${line} (changed party that month)` : line;
}

/** How many of a person's articles fall in each party (null: not recorded on that date). */
export interface PartyCount {
  party: string | null;
  articles: number;
}

/**
 * The party an MP sat for on each of their articles' dates, counted: what `/mps/` shows.
 * An undated article counts nowhere; a month that straddles a change counts both.
 * @example partiesOnDates(berger, ['2019-01-10', '2019-03-01'], name) // [{ party: 'Labour', articles: 1 }, { party: 'Change UK', articles: 1 }]
 */
export function partiesOnDates(
  person: Person,
  dates: readonly (string | null)[],
  partyName: (slug: string) => string,
): PartyCount[] {
  const counts = new Map<string | null, number>();
  for (const date of dates) {
    if (!date || seatOnDate(person, date).length === 0) continue;
    const parties = partyOnDate(person, date);
    const keys = parties.length > 0 ? parties.map((p) => partyName(p.value)) : [null];
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([party, articles]) => ({ party, articles }));
}

/**
 * The last day a seat's party is recorded, when the seat goes on past it with no party
 * recorded (a register whose party changes end at some date); null when none is missing.
 * @example partyRecordedUntil({ from: '1997-05-01', parties: [{ party: 'labour', from: '1997-05-01', to: '2019-01-31' }] }) // '2019-01-31'
 */
export function partyRecordedUntil(seat: Pick<Seat, 'to' | 'parties'>): string | null {
  if (seat.parties.length === 0 || seat.parties.some((stint) => !stint.to)) return null;
  const last = seat.parties
    .map((stint) => stint.to!)
    .sort()
    .at(-1)!;
  return !seat.to || seat.to > last ? last : null;
}

/**
 * The parties an MP sat for in one seat, with their dates, as the seat's page lists its MPs;
 * says so when the register records none.
 * @example seatParties({ parties: [{ party: 'lab', from: '2017-06-08' }] }, () => 'Lab')
 *   // 'Lab (from 8 June 2017)'
 */
export function seatParties(
  seat: Pick<Seat, 'parties'>,
  partyName: (slug: string) => string,
): string {
  if (seat.parties.length === 0) return PARTY_NOT_RECORDED;
  return seat.parties.map((s) => `${partyName(s.party)} (${formatSpan(s.from, s.to)})`).join('; ');
}
