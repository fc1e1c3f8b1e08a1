import { format } from 'date-fns';
import { compareCodePoints } from '../../lib/order.ts';

/**
 * How the search index is cut into parts (docs/search.md). One Pagefind index over the
 * whole archive makes every first search pay for every page: at 10,000 articles its page
 * table alone is 94 KiB and a common word's index chunk several hundred (BENCHMARKS.md).
 * So the articles are indexed in parts by date, a year each (split by months when a year
 * outgrows `maxPages`), and the people and constituency pages in a part of their own.
 * The search page reads the newest parts first and only those that hold the words asked
 * for (the word directory), so a first search costs about one part.
 *
 * Parts are cut oldest first within a year, so new articles change only their own year's
 * newest part, and every other part (and the reader's cache of it) stays as it was.
 */

/** The most pages one article part holds: about what a first search can afford (BENCHMARKS.md). */
export const SEARCH_PART_MAX_PAGES = 500;

/** An indexed page as the plan needs it. */
export interface PartPage {
  urlPath: string;
  /** The page's result type: `Article`, `Person`, `Constituency`. */
  type: string;
  /** `YYYY-MM-DD` or `YYYY-MM` for a dated article, else null. */
  sortDate: string | null;
}

export type PartKind = 'people' | 'dated' | 'undated';

export interface PlannedPart {
  /** Folder name of the part's bundle: `people`, `2019`, `2024-01-2024-03`, `undated-2`. */
  id: string;
  /** How the search page names it: "People and constituencies", "2019", "January to March 2024". */
  label: string;
  kind: PartKind;
  /** First and last month it covers (`YYYY-MM`), for dated parts. */
  from: string | null;
  to: string | null;
  /** URL paths of its pages. */
  pages: string[];
}

export interface SearchPartsPlan {
  /** Every page that is not an article. */
  people: PlannedPart;
  /** Article parts, newest first; undated ones last. */
  articles: PlannedPart[];
}

const DATE = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

const monthName = (month: string) =>
  format(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1), 'MMMM');

/**
 * What a run of months is called: "2019" for a whole year's part, "March 2024",
 * "January to March 2024"; a month cut into pieces gets "(part 2 of 3)".
 * @example periodLabel('2024-01', '2024-03', false) // 'January to March 2024'
 */
export function periodLabel(from: string, to: string, wholeYear: boolean): string {
  const year = from.slice(0, 4);
  if (wholeYear) return year;
  if (from === to) return `${monthName(from)} ${year}`;
  return `${monthName(from)} to ${monthName(to)} ${year}`;
}

/** Cuts a list into pieces of at most `size`, keeping order. */
function pieces<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Pages by date, then URL: a part's page order (and so its bundle) depends only on which
 * pages it holds, never on the order the build listed them.
 */
function inDateOrder(pages: readonly PartPage[]): PartPage[] {
  return [...pages].sort(
    (a, b) =>
      compareCodePoints(a.sortDate ?? '', b.sortDate ?? '') ||
      compareCodePoints(a.urlPath, b.urlPath),
  );
}

/** One year's articles as parts, oldest first: the whole year, or runs of months of at most `maxPages`. */
function yearParts(
  year: string,
  pages: readonly { page: PartPage; month: string }[],
  maxPages: number,
): PlannedPart[] {
  if (pages.length > maxPages) return monthRunParts(pagesByMonth(pages), maxPages);
  const months = pages.map((p) => p.month).sort();
  const urls = inDateOrder(pages.map((p) => p.page)).map((p) => p.urlPath);
  return [
    { id: year, label: year, kind: 'dated', from: months[0]!, to: months.at(-1)!, pages: urls },
  ];
}

function pagesByMonth(
  pages: readonly { page: PartPage; month: string }[],
): Map<string, PartPage[]> {
  const byMonth = new Map<string, PartPage[]>();
  for (const { page, month } of pages) {
    const list = byMonth.get(month);
    if (list) list.push(page);
    else byMonth.set(month, [page]);
  }
  return byMonth;
}

/** A year too big for one part: runs of whole months up to `maxPages`, a too-big month cut alone. */
function monthRunParts(byMonth: ReadonlyMap<string, PartPage[]>, maxPages: number): PlannedPart[] {
  const parts: PlannedPart[] = [];
  let run: { months: string[]; pages: PartPage[] } = { months: [], pages: [] };
  const close = () => {
    if (run.pages.length === 0) return;
    const from = run.months[0]!;
    const to = run.months.at(-1)!;
    const id = from === to ? from : `${from}-${to}`;
    const urls = run.pages.map((p) => p.urlPath);
    parts.push({ id, label: periodLabel(from, to, false), kind: 'dated', from, to, pages: urls });
    run = { months: [], pages: [] };
  };
  for (const month of [...byMonth.keys()].sort()) {
    const monthPages = inDateOrder(byMonth.get(month)!);
    if (monthPages.length > maxPages) {
      close();
      parts.push(...monthPieces(month, monthPages, maxPages));
      continue;
    }
    if (run.pages.length + monthPages.length > maxPages) close();
    run.months.push(month);
    run.pages.push(...monthPages);
  }
  close();
  return parts;
}

/** A month too big for one part, cut in date order (the day, where known). */
function monthPieces(month: string, monthPages: PartPage[], maxPages: number): PlannedPart[] {
  const cut = pieces(monthPages, maxPages);
  return cut.map((piece, i) => ({
    id: `${month}-${i + 1}`,
    label: `${periodLabel(month, month, false)} (part ${i + 1} of ${cut.length})`,
    kind: 'dated',
    from: month,
    to: month,
    pages: piece.map((p) => p.urlPath),
  }));
}

/**
 * The parts of the search index for a set of indexed pages. Articles with a date are
 * grouped by year (split into runs of months above `maxPages`), newest part first; articles
 * with no known date follow in parts of `maxPages`, in URL order; every other page goes in
 * the `people` part. One pass over the pages, then a sort per year.
 * @example planSearchParts([{ urlPath: '/articles/a/', type: 'Article', sortDate: '2019-02-18' }, { urlPath: '/people/x/', type: 'Person', sortDate: null }])
 *   // { people: { id: 'people', pages: ['/people/x/'], … }, articles: [{ id: '2019', label: '2019', from: '2019-02', to: '2019-02', pages: ['/articles/a/'], … }] }
 */
export function planSearchParts(
  pages: readonly PartPage[],
  maxPages = SEARCH_PART_MAX_PAGES,
): SearchPartsPlan {
  if (!Number.isInteger(maxPages) || maxPages < 1)
    throw new Error(`search parts: maxPages must be a whole number above 0, not ${maxPages}`);
  const people: string[] = [];
  const undated: string[] = [];
  const byYear = new Map<string, { page: PartPage; month: string }[]>();
  for (const page of pages) {
    if (page.type !== 'Article') {
      people.push(page.urlPath);
      continue;
    }
    const date = page.sortDate === null ? null : DATE.exec(page.sortDate);
    if (!date) {
      undated.push(page.urlPath);
      continue;
    }
    const year = date[1]!;
    const entry = { page, month: `${year}-${date[2]}` };
    const list = byYear.get(year);
    if (list) list.push(entry);
    else byYear.set(year, [entry]);
  }
  const dated = [...byYear.keys()]
    .sort()
    .flatMap((year) => yearParts(year, byYear.get(year)!, maxPages))
    .reverse();
  const undatedPieces = pieces([...undated].sort(), maxPages);
  const undatedParts = undatedPieces.map((piece, i): PlannedPart => ({
    id: `undated-${i + 1}`,
    label:
      undatedPieces.length === 1
        ? 'Articles with no known date'
        : `Articles with no known date (${i + 1} of ${undatedPieces.length})`,
    kind: 'undated',
    from: null,
    to: null,
    pages: piece,
  }));
  return {
    people: {
      id: 'people',
      label: 'People and constituencies',
      kind: 'people',
      from: null,
      to: null,
      pages: [...people].sort(),
    },
    articles: [...dated, ...undatedParts],
  };
}
