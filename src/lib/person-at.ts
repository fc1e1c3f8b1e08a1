import { partyOnDate, roleOnDate, seatOnDate } from './people/on-date.ts';
import type { Person } from './people/schema.ts';

export interface PersonAt {
  /** Roles held on the date (certain ones; uncertain ones are marked). */
  roles: string[];
  /** Party name(s); two when the date's month straddles a change. */
  parties: string[];
  /** Seat name, for an MP. */
  seat: string | null;
  /** True when the date's precision leaves the party or seat uncertain. */
  uncertain: boolean;
}

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
  if (!date) return { roles: [], parties: [], seat: null, uncertain: true };
  const roles = roleOnDate(person, date).map((r) => (r.certain ? r.value.title : `${r.value.title} (around then)`));
  const parties = partyOnDate(person, date);
  const seats = seatOnDate(person, date);
  return {
    roles,
    parties: parties.map((p) => partyName(p.value)),
    seat: seats[0] ? seatName(seats[0].value) : null,
    uncertain: parties.some((p) => !p.certain) || seats.some((s) => !s.certain),
  };
}

/**
 * One line for a person at a date: "Shadow Chancellor of the Exchequer · Labour MP for Hayes and Harlington".
 * @example describePersonAt({ roles: [], parties: ['Labour'], seat: 'Canterbury', uncertain: false }) // 'Labour MP for Canterbury'
 */
export function describePersonAt(at: PersonAt): string {
  const party = at.parties.join(' or ');
  const membership = at.seat ? `${party ? `${party} ` : ''}MP for ${at.seat}` : party;
  const parts = [...at.roles, membership].filter(Boolean);
  const line = parts.join(' · ');
  return at.uncertain && at.parties.length > 1 ? `${line} (changed party that month)` : line;
}
