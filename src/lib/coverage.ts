/**
 * How many articles the archive holds per month (or per year, over a long span): what the
 * coverage chart on person, seat and timeline pages draws and tabulates. Pure: the caller
 * passes the dated records; nothing here reads the archive.
 */
import type { DatePrecision } from '../schemas/article.ts';
import { formatArchiveDate } from './dates.ts';
import { countOf } from './plural.ts';

/** A span longer than this many months is counted per year: 36 bars is as many as a phone shows legibly. */
export const MAX_MONTH_BINS = 36;

/** What the counting needs of an article: its date at its real precision. */
export interface DatedRecord {
  date: string | null;
  datePrecision: DatePrecision;
}

export type CoverageUnit = 'month' | 'year';

/** One bar of the chart and one row of its table. */
export interface CoverageBin {
  /** `YYYY-MM` for a month, `YYYY` for a year: also a valid `<time datetime>`. */
  key: string;
  /** What the reader sees: `September 2018`, or `2018`. */
  label: string;
  count: number;
}

export interface Coverage {
  unit: CoverageUnit;
  /** Every month (or year) from the first dated article's to the last's, oldest first, empty ones included. */
  bins: CoverageBin[];
  /** How many articles the bins count. */
  dated: number;
  /** Articles with no known date: stated in words, never plotted. */
  undated: number;
  /** The largest count in any bin (0 when nothing is dated). */
  peak: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:-\d{2})?$/;

/** Months since year 0, so a span of months is a subtraction. */
function monthIndex(date: string | null, precision: DatePrecision): number | null {
  if (date === null || precision === 'unknown') return null;
  const match = MONTH.exec(date);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const monthKey = (index: number) => `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;

/**
 * Counts articles per month from the first dated one to the last, or per year when that
 * span is longer than `maxMonths`; a day-precision date counts in its month, and an
 * article whose date is unknown (or not a calendar month) counts as undated.
 * @example
 * const c = coverage([
 *   { date: '2018-09-11', datePrecision: 'day' },
 *   { date: '2018-11', datePrecision: 'month' },
 *   { date: null, datePrecision: 'unknown' },
 * ]);
 * c.unit // 'month'
 * c.bins.map((b) => `${b.key}:${b.count}`) // ['2018-09:1', '2018-10:0', '2018-11:1']
 * c.undated // 1
 */
export function coverage(records: readonly DatedRecord[], maxMonths = MAX_MONTH_BINS): Coverage {
  const perMonth = new Map<number, number>();
  let undated = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const record of records) {
    const index = monthIndex(record.date, record.datePrecision);
    if (index === null) {
      undated += 1;
      continue;
    }
    perMonth.set(index, (perMonth.get(index) ?? 0) + 1);
    if (index < first) first = index;
    if (index > last) last = index;
  }
  const dated = records.length - undated;
  if (dated === 0) return { unit: 'month', bins: [], dated, undated, peak: 0 };

  const bins: CoverageBin[] = [];
  const unit: CoverageUnit = last - first + 1 > maxMonths ? 'year' : 'month';
  if (unit === 'month') {
    for (let i = first; i <= last; i++) {
      const key = monthKey(i);
      bins.push({ key, label: formatArchiveDate(key, 'month'), count: perMonth.get(i) ?? 0 });
    }
  } else {
    const firstYear = Math.floor(first / 12);
    for (let year = firstYear; year <= Math.floor(last / 12); year++) {
      bins.push({ key: pad(year, 4), label: pad(year, 4), count: 0 });
    }
    for (const [index, count] of perMonth) bins[Math.floor(index / 12) - firstYear]!.count += count;
  }
  return { unit, bins, dated, undated, peak: Math.max(...bins.map((b) => b.count)) };
}

/** "September 2018", "September 2018 and May 2019", "2015, 2017 and 2018". */
function listOf(labels: readonly string[]): string {
  return labels.length === 1
    ? labels[0]!
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** Bins that tie for the most, named in full up to this many. */
const MAX_NAMED_PEAKS = 3;

/**
 * The chart in one sentence, its text alternative: the span, where most articles fall,
 * and how many are undated (which the chart leaves out).
 * @example describeCoverage(coverage(articles)) // '12 articles from March 2015 to June 2019; most in September 2018 (4).'
 * @example describeCoverage({ unit: 'month', bins: [{ key: '2018-09', label: 'September 2018', count: 1 }], dated: 1, undated: 0, peak: 1 })
 *   // '1 article, in September 2018.'
 */
export function describeCoverage({ unit, bins, dated, undated, peak }: Coverage): string {
  const parts: string[] = [];
  if (bins.length === 1) {
    parts.push(`${countOf(dated, 'article')}, ${dated === 1 ? '' : 'all '}in ${bins[0]!.label}.`);
  } else if (bins.length > 1) {
    const peaks = bins.filter((b) => b.count === peak).map((b) => b.label);
    const most =
      peaks.length === 1
        ? `most in ${peaks[0]} (${peak})`
        : peaks.length <= MAX_NAMED_PEAKS
          ? `most in ${listOf(peaks)} (${peak} each)`
          : `at most ${peak} in any ${unit}`;
    parts.push(
      `${countOf(dated, 'article')} from ${bins[0]!.label} to ${bins.at(-1)!.label}; ${most}.`,
    );
  }
  if (undated > 0 && dated === 0) {
    parts.push(
      undated === 1
        ? 'The 1 article has no known date.'
        : `None of the ${undated} articles has a known date.`,
    );
  } else if (undated > 0) {
    const [has, is] = undated === 1 ? ['has', 'is'] : ['have', 'are'];
    parts.push(`Another ${countOf(undated, 'article')} ${has} no known date and ${is} not shown.`);
  }
  return parts.join(' ');
}
