import { dateSpan, periodOnDate, type Period } from './period.ts';
import type { Person } from '../../schemas/people.ts';

/**
 * The span of a person's recorded public life: the first and last day any seat, post
 * or party stint can cover. `null` bounds are open: no start recorded before the
 * first period, or a period still running.
 */
export interface Career {
  first: string | null;
  last: string | null;
}

/** Years before a career's first recorded day in which a full name may still be theirs. */
export const ERA_BEFORE_YEARS = 1;
/** Years after a career's last recorded day in which a full name may still be theirs. */
export const ERA_AFTER_YEARS = 4;

type Dated = Pick<Person, 'seats' | 'roles' | 'parties'>;

function periodsOf(person: Dated): Period[] {
  return [
    ...(person.seats ?? []),
    ...(person.seats ?? []).flatMap((s) => s.parties),
    ...person.roles,
    ...(person.parties ?? []),
  ];
}

/**
 * The career span of a person, or null when no period of theirs is dated at all
 * (an editorial entry known only from the seeds), so that nothing is ruled out.
 * @example careerOf({ roles: [], seats: [{ from: '1997-05-01', to: '2010-04-12', … }] })
 *   // { first: '1997-05-01', last: '2010-04-12' }
 */
export function careerOf(person: Dated): Career | null {
  let first: string | null | undefined;
  let last: string | null | undefined;
  for (const period of periodsOf(person)) {
    const starts = period.from ? [period.from] : (period.attested ?? []);
    const ends =
      period.from || period.to ? (period.to ? [period.to] : []) : (period.attested ?? []);
    if (starts.length === 0) first = null;
    for (const date of starts) if (first !== null) first = min(first, dateSpan(date).first);
    if (ends.length === 0) last = null;
    for (const date of ends) if (last !== null) last = max(last, dateSpan(date).last);
  }
  if (first === undefined && last === undefined) return null;
  return { first: first ?? null, last: last ?? null };
}

const min = (a: string | undefined, b: string) => (a === undefined || b < a ? b : a);
const max = (a: string | undefined, b: string) => (a === undefined || b > a ? b : a);

function shiftYears(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) + years;
  return `${String(year).padStart(4, '0')}${day.slice(4)}`;
}

/**
 * True when an article's date is a stand-in for "no date" (any year before 1900):
 * no career can be placed against it.
 * @example isUndated('1000') // true
 */
export function isUndated(date: string): boolean {
  return date.slice(0, 4) < '1900';
}

/**
 * Whether an article of this date can be about this career: from a year before its
 * first recorded day to four years after its last. A name seen far outside that
 * window is more likely someone else's (the Labour leader John Smith, who died in
 * 1994, is not the John Smith who sat from 1997 to 2010). Always true for an
 * undated article or an undated career.
 * @example inEra({ first: '1997-05-01', last: '2010-04-12' }, '2015-06') // false
 * @example inEra({ first: '1997-05-01', last: '2010-04-12' }, '2013-06') // true
 */
export function inEra(career: Career | null, date: string): boolean {
  if (!career || isUndated(date)) return true;
  const day = dateSpan(date);
  if (career.first && day.last < shiftYears(career.first, -ERA_BEFORE_YEARS)) return false;
  if (career.last && day.first > shiftYears(career.last, ERA_AFTER_YEARS)) return false;
  return true;
}

/**
 * Whether the person sat in the Commons or held a recorded post at some time the date
 * can stand for (a possible overlap counts: this only narrows a choice between
 * people, it never links anyone alone). False for an undated article.
 * @example activeOn(angelaSmithBasildon, '2008-03') // true
 */
export function activeOn(person: Pick<Person, 'seats' | 'roles'>, date: string): boolean {
  if (isUndated(date)) return false;
  const periods: Period[] = [...(person.seats ?? []), ...person.roles];
  return periods.some((period) => periodOnDate(period, date) !== 'none');
}
