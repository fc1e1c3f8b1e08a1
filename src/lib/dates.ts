import { format, isValid, parse } from 'date-fns';
import type { DatePrecision } from '../schemas/article.ts';

/**
 * How an archive date reads on the page, at its real precision: a month-precision
 * date reads "August 2015", never with an invented day.
 * @example formatArchiveDate('2018-09-11', 'day') // '11 September 2018'
 * @example formatArchiveDate('2015-08', 'month') // 'August 2015'
 * @example formatArchiveDate(null, 'unknown') // 'Date unknown'
 */
export function formatArchiveDate(date: string | null, precision: DatePrecision): string {
  return remembered(labels, date, precision, () => {
    const parsed = parseArchiveDate(date);
    if (!parsed || precision === 'unknown') return 'Date unknown';
    return format(parsed, precision === 'day' ? 'd MMMM yyyy' : 'MMMM yyyy');
  });
}

/**
 * Every card, list and feed formats its article's date, so a build formats the same few
 * thousand dates hundreds of thousands of times; date-fns's parse is the costly part.
 * Results are kept per (date, precision): at most one entry per day of the archive.
 */
const labels = new Map<string, string>();
const datetimes = new Map<string, string | null>();

function remembered<T>(
  cache: Map<string, T>,
  date: string | null,
  precision: DatePrecision,
  compute: () => T,
): T {
  const key = `${date}|${precision}`;
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  cache.set(key, value);
  return value;
}

/**
 * The value for `<time datetime>`: a valid HTML date string (`2018-09-11`) or
 * month string (`2015-08`), matching the precision.
 * @example datetimeAttribute('2015-08', 'month') // '2015-08'
 */
export function datetimeAttribute(date: string | null, precision: DatePrecision): string | null {
  return remembered(datetimes, date, precision, () => {
    const parsed = parseArchiveDate(date);
    if (!parsed || precision === 'unknown') return null;
    return format(parsed, precision === 'day' ? 'yyyy-MM-dd' : 'yyyy-MM');
  });
}

/**
 * Parses `YYYY-MM-DD` or `YYYY-MM` (as the first of the month) strictly.
 * @example parseArchiveDate('2015-08')?.getMonth() // 7
 */
export function parseArchiveDate(date: string | null): Date | null {
  if (!date) return null;
  let time = parsedTimes.get(date);
  if (time === undefined) {
    const pattern = date.length === 7 ? 'yyyy-MM' : 'yyyy-MM-dd';
    const parsed = parse(date, pattern, new Date(2000, 0, 1));
    time = isValid(parsed) && format(parsed, pattern) === date ? parsed.getTime() : null;
    parsedTimes.set(date, time);
  }
  // A new Date each time: callers may change the one they get.
  return time === null ? null : new Date(time);
}

/** Parsed archive dates by their text (see `labels` above for why). */
const parsedTimes = new Map<string, number | null>();

/**
 * Orders archive dates newest first; undated articles go last. A month-precision
 * date sorts as the first of its month (the earliest it can be).
 */
export function compareNewestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const pa = a.length === 7 ? `${a}-01` : a;
  const pb = b.length === 7 ? `${b}-01` : b;
  return pa < pb ? 1 : pa > pb ? -1 : b.length - a.length;
}

/**
 * Formats a registry date of any precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @example formatPartialDate('2015-09-12') // '12 September 2015'
 * @example formatPartialDate('2019-02') // 'February 2019'
 * @example formatPartialDate('1983') // '1983'
 */
export function formatPartialDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  const precision = date.length === 7 ? 'month' : 'day';
  return formatArchiveDate(date, precision);
}

/**
 * A span of registry dates: "September 2015 – April 2020", "since June 2017".
 * @example formatSpan('2017-06-08', undefined) // 'from 8 June 2017'
 */
export function formatSpan(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
  if (from) return `from ${formatPartialDate(from)}`;
  if (to) return `until ${formatPartialDate(to)}`;
  return 'dates not recorded';
}

/**
 * A role's dates, saying so when its end is only where the source's records stop.
 * @example formatRoleSpan({ from: '2020-02-13', to: '2020-10-01', toIsRecordEnd: true })
 *   // 'from 13 February 2020, still held on 1 October 2020 (the last date the source records)'
 */
export function formatRoleSpan(role: {
  from?: string | undefined;
  to?: string | undefined;
  toIsRecordEnd?: boolean | undefined;
}): string {
  if (!role.toIsRecordEnd || !role.to) return formatSpan(role.from, role.to);
  const still = `still held on ${formatPartialDate(role.to)} (the last date the source records)`;
  return role.from ? `from ${formatPartialDate(role.from)}, ${still}` : still;
}
