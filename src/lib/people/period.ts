/**
 * Partial ISO dates as spans of days. `2019-02` is "some day in February 2019",
 * `2011` "some day in 2011". Spans compare as `YYYY-MM-DD` strings; a month's last
 * day is written `-31` whatever its length, which orders correctly against real dates.
 */

export interface Span {
  /** Earliest day the date can be. */
  first: string;
  /** Latest day the date can be. */
  last: string;
}

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * The days a partial date can stand for.
 * @example dateSpan('2019-02') // { first: '2019-02-01', last: '2019-02-31' }
 * @example dateSpan('2018-09-11') // { first: '2018-09-11', last: '2018-09-11' }
 * @example dateSpan('2011') // { first: '2011-01-01', last: '2011-12-31' }
 */
export function dateSpan(date: string): Span {
  if (!PARTIAL_DATE.test(date))
    throw new Error(`Not a YYYY, YYYY-MM or YYYY-MM-DD date: "${date}"`);
  if (date.length === 4) return { first: `${date}-01-01`, last: `${date}-12-31` };
  if (date.length === 7) return { first: `${date}-01`, last: `${date}-31` };
  return { first: date, last: date };
}

/** A period with optional bounds and, failing bounds, the dates it was attested at. */
export interface Period {
  from?: string | undefined;
  to?: string | undefined;
  attested?: readonly string[] | undefined;
}

/** How a period relates to a date: held throughout it, possibly held in it, or not. */
export type Overlap = 'certain' | 'possible' | 'none';

/**
 * Whether a period covers a date, honest about precision.
 *
 * - `certain`: every day the date can stand for lies inside every day the period can
 *   cover (a period from `2015-09` is certain only from 2015-09-31 on, since the day
 *   in September is unknown);
 * - `possible`: the two can overlap but need not (the month a party change happened);
 * - `none`: they cannot overlap.
 *
 * A period with no `from` and no `to` is known only at its `attested` dates: certain
 * on a date whose span overlaps one of them, otherwise `none`. A period with only a
 * `to` has an unknown start: `possible` before its end. Both ends are inclusive.
 * @example periodOnDate({ from: '2015-09', to: '2020-04' }, '2018-09-11') // 'certain'
 * @example periodOnDate({ from: '2010-05-06', to: '2019-02-18' }, '2019-02') // 'possible'
 * @example periodOnDate({ from: '2019-02-18' }, '2018-09') // 'none'
 * @example periodOnDate({ attested: ['2019-02'] }, '2019-02') // 'certain'
 */
export function periodOnDate(period: Period, date: string): Overlap {
  const day = dateSpan(date);
  if (!period.from && !period.to) {
    const seen = (period.attested ?? []).some((a) => {
      const span = dateSpan(a);
      return span.first <= day.last && day.first <= span.last;
    });
    return seen ? 'certain' : 'none';
  }
  const from = period.from ? dateSpan(period.from) : undefined;
  const to = period.to ? dateSpan(period.to) : undefined;
  // Could the period cover some day of the date at all?
  if (from && from.first > day.last) return 'none';
  if (to && to.last < day.first) return 'none';
  // Does it certainly cover all of it? An unknown start is never certain.
  if (!from) return 'possible';
  const certainStart = from.last <= day.first;
  const certainEnd = !to || to.first >= day.last;
  return certainStart && certainEnd ? 'certain' : 'possible';
}
