/**
 * Bounded listings: a page that lists "all of something" shows only the latest items
 * and links to one page per year, so no page grows with the size of the archive and
 * each year keeps a stable address a reader can cite (`/timeline/2019/`).
 * Pure: the caller passes the items already in the order its pages show them.
 */
import { compareCodePoints } from './order.ts';

/** How many items an overview page shows before sending the reader to the year pages. */
export const LATEST_LIMIT = 50;

/**
 * How many items one page of a year holds before the year continues on numbered pages
 * (`/people/<slug>/2019/2/`): a year of a much-mentioned MP holds thousands of articles at
 * archive scale, each with its excerpts.
 */
export const YEAR_PAGE_SIZE = 100;

/** The key of the year page for items with no known date. */
export const UNDATED = 'undated';

export interface YearGroup<T> {
  /** `YYYY`, or `undated`: also the year page's path segment. */
  key: string;
  /** What the reader sees: `2019`, or `Undated`. */
  label: string;
  items: T[];
}

/** A year page as a link: its key, label and how many items it lists. */
export interface YearSummary {
  key: string;
  label: string;
  count: number;
}

export interface YearListing<T> {
  /** Every item, one group per year: newest year first, undated last. */
  groups: YearGroup<T>[];
  /** The groups as links with counts, in the same order. */
  years: YearSummary[];
  /** The first `limit` items, in the caller's order: what the overview page lists. */
  latest: T[];
  /** How many items in all. */
  total: number;
}

const YEAR = /^(\d{4})-\d{2}(?:-\d{2})?$/;

/**
 * The year page an archive date (`YYYY-MM-DD`, `YYYY-MM` or null) belongs on.
 * @example yearKey('2019-02-18') // '2019'
 * @example yearKey(null) // 'undated'
 */
export function yearKey(date: string | null): string {
  return (date ? YEAR.exec(date)?.[1] : undefined) ?? UNDATED;
}

/**
 * Groups items by year in one pass, keeping their order within each year; years newest
 * first, undated last (label "Undated").
 * @example groupByYear([{ d: '2015-08' }, { d: null }, { d: '2019-02-01' }], (x) => x.d).map((g) => g.key) // ['2019', '2015', 'undated']
 */
export function groupByYear<T>(
  items: readonly T[],
  dateOf: (item: T) => string | null,
): YearGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = yearKey(dateOf(item));
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  // Sorting the keys, not the items: at most one key per year plus one.
  return [...groups.keys()]
    .sort((a, b) => (a === UNDATED ? 1 : b === UNDATED ? -1 : compareCodePoints(b, a)))
    .map((key) => ({ key, label: key === UNDATED ? 'Undated' : key, items: groups.get(key)! }));
}

/**
 * The year groups as links with counts.
 * @example yearSummaries([{ key: '2019', label: '2019', items: [a, b] }]) // [{ key: '2019', label: '2019', count: 2 }]
 */
export function yearSummaries(groups: readonly YearGroup<unknown>[]): YearSummary[] {
  return groups.map(({ key, label, items }) => ({ key, label, count: items.length }));
}

/**
 * Everything an overview page and its year pages need, from one pass over the items:
 * the year groups, the year links with counts, and the latest `limit` items.
 * @example yearListing(articlesNewestFirst, (a) => a.data.date).latest.length // at most 50
 */
export function yearListing<T>(
  items: readonly T[],
  dateOf: (item: T) => string | null,
  limit = LATEST_LIMIT,
): YearListing<T> {
  const groups = groupByYear(items, dateOf);
  return {
    groups,
    years: yearSummaries(groups),
    latest: items.slice(0, limit),
    total: items.length,
  };
}

/**
 * The address of a year page under a listing's base path.
 * @example yearPath('/topics/brexit/', '2019') // '/topics/brexit/2019/'
 */
export function yearPath(base: string, key: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${key}/`;
}

/**
 * How a year page's text names the span it lists.
 * @example yearPhrase({ key: '2019', label: '2019' }) // 'from 2019'
 * @example yearPhrase({ key: 'undated', label: 'Undated' }) // 'with no known date'
 */
export function yearPhrase(group: { key: string; label: string }): string {
  return group.key === UNDATED ? 'with no known date' : `from ${group.label}`;
}
