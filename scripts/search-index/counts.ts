import type { PlannedPart } from '../../src/search/parts/plan.ts';
import { SearchIndexError } from './error.ts';
import type { IndexedParts } from './index-parts.ts';
import type { IndexablePage } from './page-markup.ts';

/**
 * What the indexed pages declare, counted in one pass: pages per result type, each filter's
 * values and which parts hold them (for the filter file), and the filter names of each part,
 * which must be the ones Pagefind counted in it.
 */

/** One search part as indexed. */
export interface PartReport {
  id: string;
  label: string;
  pages: number;
  /** Distinct (stemmed) words Pagefind indexed in it. */
  words: number;
  filters: number;
  /** Copied from the part cache rather than indexed by Pagefind. */
  reused: boolean;
}

/** How many pages hold one filter value, and in which parts (by position). */
export interface ValueCount {
  pages: number;
  parts: Set<number>;
}

export interface PageCounts {
  /** Pages per `type` filter value. */
  pagesByType: Map<string, number>;
  /** Distinct values per filter. */
  filterValues: Map<string, Set<string>>;
  /** Filter → value → its pages and parts. */
  filterParts: Map<string, Map<string, ValueCount>>;
  /** The filter names each part's pages declare, to check against what Pagefind indexed. */
  declaredFilters: Set<string>[];
}

/** Counts the pages' declarations; `parts` are the planned parts, people part first. */
export function countPages(
  pages: readonly IndexablePage[],
  parts: readonly PlannedPart[],
): PageCounts {
  const partOf = new Map<string, number>();
  for (const [number, part] of parts.entries())
    for (const urlPath of part.pages) partOf.set(urlPath, number);
  const counts: PageCounts = {
    pagesByType: new Map(),
    filterValues: new Map(),
    filterParts: new Map(),
    declaredFilters: parts.map(() => new Set<string>()),
  };
  for (const page of pages) {
    const type = page.filters.get('type')![0]!;
    counts.pagesByType.set(type, (counts.pagesByType.get(type) ?? 0) + 1);
    const part = partOf.get(page.urlPath)!;
    for (const [name, values] of page.filters) {
      counts.declaredFilters[part]!.add(name);
      const set = counts.filterValues.get(name) ?? new Set<string>();
      const byValue = counts.filterParts.get(name) ?? new Map<string, ValueCount>();
      for (const value of new Set(values)) {
        set.add(value);
        const entry = byValue.get(value) ?? { pages: 0, parts: new Set<number>() };
        entry.pages += 1;
        entry.parts.add(part);
        byValue.set(value, entry);
      }
      counts.filterValues.set(name, set);
      counts.filterParts.set(name, byValue);
    }
  }
  return counts;
}

/**
 * Each written part's report. Throws when Pagefind counted other filters in a part than its
 * pages declare: a filter inside `data-pagefind-ignore="all"` is silently dropped.
 */
export function partReports(
  parts: readonly PlannedPart[],
  indexed: IndexedParts,
  declaredFilters: readonly Set<string>[],
): PartReport[] {
  const reports: PartReport[] = [];
  for (const [number, part] of parts.entries()) {
    const totals = indexed.totals[number];
    if (!totals) continue;
    const declared = declaredFilters[number]!;
    if (totals.filters !== declared.size) {
      throw new SearchIndexError(
        `Pagefind indexed ${totals.filters} filters for part ${part.id}, but its pages declare ` +
          `${declared.size} (${[...declared].join(', ')}): ` +
          'a filter inside data-pagefind-ignore="all" or outside an indexed page is dropped',
      );
    }
    const words = indexed.words[number]!;
    reports.push({
      id: part.id,
      label: part.label,
      pages: part.pages.length,
      words,
      filters: totals.filters,
      reused: indexed.reused[number] ?? false,
    });
  }
  return reports;
}
