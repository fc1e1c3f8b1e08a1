import { periodOnDate } from './period.ts';
import type { Person, Role } from '../../schemas/people.ts';

/** Something a person held, and whether they certainly held it on the date asked. */
export interface HeldOnDate<T> {
  value: T;
  /** False when the date's precision straddles a change (e.g. the month they left a party). */
  certain: boolean;
}

function held<
  T extends {
    from?: string | undefined;
    to?: string | undefined;
    attested?: readonly string[] | undefined;
  },
>(items: readonly T[], date: string): HeldOnDate<T>[] {
  return items.flatMap((item) => {
    const overlap = periodOnDate(item, date);
    return overlap === 'none' ? [] : [{ value: item, certain: overlap === 'certain' }];
  });
}

function certainFirst<T>(list: HeldOnDate<T>[]): HeldOnDate<T>[] {
  return list.sort((a, b) => Number(b.certain) - Number(a.certain));
}

/**
 * The roles a person held on a date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), certain ones
 * first. A role held for only part of a month-precision date comes back with
 * `certain: false`.
 * @example roleOnDate(mcdonnell, '2018-09-11') // [{ value: { title: 'Shadow Chancellor of the Exchequer', … }, certain: true }]
 * @example roleOnDate(leslie, '2015-09') // [{ value: { title: 'Shadow Chancellor of the Exchequer', … }, certain: false }]
 */
export function roleOnDate(person: Pick<Person, 'roles'>, date: string): HeldOnDate<Role>[] {
  return certainFirst(held(person.roles, date));
}

/**
 * The party (slug) a person belonged to on a date: from their seats' party stints,
 * and for non-MPs from `parties`. Usually one; two, both uncertain, in the month of
 * a change at month precision. None when no fact covers the date, including a seat whose
 * party the registry does not record then (an imported register's seat after the date up to
 * which its party changes are complete): see {@link partyNotRecordedOnDate}.
 * @example partyOnDate(berger, '2019-01-15') // [{ value: 'labour', certain: true }]
 * @example partyOnDate(berger, '2019-02') // [{ value: 'labour', certain: false }, { value: 'change-uk', certain: false }]
 * @example partyOnDate(berger, '2019-03-01') // [{ value: 'change-uk', certain: true }]
 */
export function partyOnDate(
  person: Pick<Person, 'seats' | 'parties'>,
  date: string,
): HeldOnDate<string>[] {
  const stints = [
    ...(person.seats ?? []).flatMap((seat) => seat.parties),
    ...(person.parties ?? []),
  ];
  const byParty = new Map<string, boolean>();
  for (const { value, certain } of held(stints, date))
    byParty.set(value.party, (byParty.get(value.party) ?? false) || certain);
  return certainFirst([...byParty].map(([value, certain]) => ({ value, certain })));
}

/**
 * The Westminster seat (constituency slug) a person held on a date, if any.
 * @example seatOnDate(duffield, '2018-09') // [{ value: 'canterbury', certain: true }]
 * @example seatOnDate(brazier, '2018-09') // []
 */
export function seatOnDate(person: Pick<Person, 'seats'>, date: string): HeldOnDate<string>[] {
  return certainFirst(
    held(person.seats ?? [], date).map(({ value, certain }) => ({
      value: value.constituency,
      certain,
    })),
  );
}

/**
 * True when the person certainly sat for a seat on the date but no party stint can cover
 * it: the party on that date is not recorded (pages say so rather than guess).
 * @example partyNotRecordedOnDate(importedMp, '2019-03-01') // true: parties complete to 2019-01-31
 * @example partyNotRecordedOnDate(berger, '2019-03-01') // false: Change UK, an editorial fact
 */
export function partyNotRecordedOnDate(
  person: Pick<Person, 'seats' | 'parties'>,
  date: string,
): boolean {
  const seated = seatOnDate(person, date).some((seat) => seat.certain);
  return seated && partyOnDate(person, date).length === 0;
}
