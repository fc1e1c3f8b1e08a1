/** Grouping and ordering items by their keys and dates, each in one pass: what the archive's indexes and listings are built from. */
import { format } from 'date-fns';
import { parseArchiveDate } from './dates.ts';

interface Dated {
  date: string | null;
}

/**
 * Groups items under every key they belong to, in one pass, keeping input order.
 * @example groupByKeys([{ t: ['a', 'b'] }], (x) => x.t).get('b') // [{ t: ['a', 'b'] }]
 */
export function groupByKeys<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** Sort key that puts a month-precision date at the start of its month. */
function dayKey(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

/**
 * Orders items oldest first (reading order for a story); undated last.
 * @example chronological([{ date: '2019-02' }, { date: '2015-08' }], (d) => d.date) // 2015-08 first
 */
export function chronological<T>(items: readonly T[], dateOf: (item: T) => string | null): T[] {
  return [...items].sort((x, y) => {
    const a = dateOf(x);
    const b = dateOf(y);
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return dayKey(a) < dayKey(b) ? -1 : dayKey(a) > dayKey(b) ? 1 : a.length - b.length;
  });
}

export interface TimelineMonth<T> {
  /** `YYYY-MM`. */
  month: string;
  label: string;
  items: T[];
}

export interface TimelineYear<T> {
  year: string;
  months: TimelineMonth<T>[];
}

export interface Timeline<T> {
  years: TimelineYear<T>[];
  undated: T[];
}

/**
 * Lays items on one dated line, grouped by year and month, oldest first. Items
 * known only to the month sit in their month like the rest, never on an invented day.
 */
export function timeline<T extends Dated>(items: readonly T[]): Timeline<T> {
  const years: TimelineYear<T>[] = [];
  const undated: T[] = [];
  for (const item of chronological(items, (i) => i.date)) {
    const parsed = parseArchiveDate(item.date);
    if (!item.date || !parsed) {
      undated.push(item);
      continue;
    }
    const year = item.date.slice(0, 4);
    const month = item.date.slice(0, 7);
    let currentYear = years.at(-1);
    if (currentYear?.year !== year) {
      currentYear = { year, months: [] };
      years.push(currentYear);
    }
    let currentMonth = currentYear.months.at(-1);
    if (currentMonth?.month !== month) {
      currentMonth = { month, label: format(parsed, 'MMMM yyyy'), items: [] };
      currentYear.months.push(currentMonth);
    }
    currentMonth.items.push(item);
  }
  return { years, undated };
}

/**
 * Whether a date falls within a span of months (inclusive), compared at month level.
 * @example withinMonths('2015-08', '2015-01', '2015-12') // true
 */
export function withinMonths(date: string | null, from: string, to: string): boolean {
  if (!date) return false;
  const month = date.slice(0, 7);
  return month >= from && month <= to;
}
