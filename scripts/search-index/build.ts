import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { planSearchParts, SEARCH_PART_MAX_PAGES } from '../../src/search/parts/plan.ts';
import { listSitePages } from '../site/site-files.ts';
import { countPages, type PartReport, partReports } from './counts.ts';
import { SearchIndexError } from './error.ts';
import { writeFilterFile, writeManifest, writeWordDirectory } from './index-files.ts';
import { searchCodeDigest } from './code-digest.ts';
import { indexParts, type PagefindTotals } from './index-parts.ts';
import { checkReadsAgree, quickReadPages, scanPages } from './page-reads.ts';
import { pruneParts } from './part-cache.ts';
import { readScanCache, writeScanCache } from './scan-cache.ts';

/**
 * Builds the site's Pagefind index with Pagefind's Node API (docs/search.md), checking
 * every step: any error Pagefind reports, a page it indexes that declares no result
 * type, or a count that disagrees with the pages marked `data-pagefind-body` fails the
 * build with a message saying what to fix.
 */

/** Options of {@link buildSearchIndex}. */
export interface SearchIndexOptions {
  /** The most pages one article part holds (default SEARCH_PART_MAX_PAGES); tests use small parts to get several from the seeds. */
  maxPartPages?: number;
  /**
   * The cache's folder (part-cache.ts, scan-cache.ts): parts whose pages are unchanged are
   * linked from it, not indexed, and unchanged pages not read again; none (the default here;
   * the command's is node_modules/.cache/archive-search) indexes every part.
   */
  cacheDir?: string | null;
}

export interface SearchIndexReport {
  /** Pages, distinct words and filters over all parts; the most sorts a part has. */
  totals: PagefindTotals;
  parts: PartReport[];
  /** How many parts Pagefind indexed, and how many were linked from the cache. */
  indexedParts: number;
  reusedParts: number;
  /** How many pages were read fully this run (the rest were remembered from the cache). */
  parsedPages: number;
  /** Pages per `type` filter value. */
  pagesByType: Map<string, number>;
  /** Distinct values per filter. */
  filterValues: Map<string, Set<string>>;
}

/**
 * Indexes the built site in `siteDir` into `<siteDir>/pagefind/`: one Pagefind bundle per
 * search part (src/search/parts/plan.ts), the word directory and filter file, and the
 * manifest the search page reads (src/search/parts/manifest.ts). The plan comes from a
 * quick read of each page's type and date; Pagefind then indexes the parts one after another
 * while every page is read fully for the checks (never more than one page held); with a
 * cache, unchanged parts and page reads are taken from it instead. Throws
 * SearchIndexError naming the problem (every page with one); returns the counts to print.
 */
export async function buildSearchIndex(
  siteDir: string,
  resultTypes: readonly string[],
  options: SearchIndexOptions = {},
): Promise<SearchIndexReport> {
  const sitePages = listSitePages(siteDir);
  if (sitePages.length === 0)
    throw new SearchIndexError(`${siteDir} holds no HTML pages: run "astro build" first`);
  const cacheDir = options.cacheDir ?? null;
  const quick = quickReadPages(siteDir, sitePages, resultTypes, cacheDir !== null);
  const plan = planSearchParts(
    [...quick.planned.values()],
    options.maxPartPages ?? SEARCH_PART_MAX_PAGES,
  );
  const parts = [plan.people, ...plan.articles];
  const outDir = join(siteDir, 'pagefind');
  rmSync(outDir, { recursive: true, force: true });

  const cache =
    cacheDir === null
      ? null
      : { dir: cacheDir, codeDigest: searchCodeDigest(), pageHashes: quick.hashOf };
  const known = cache && {
    hashOf: cache.pageHashes,
    reads: readScanCache(cache.dir, cache.codeDigest),
  };
  const scanning = scanPages(siteDir, sitePages, resultTypes, known);
  scanning.catch(() => {}); // awaited below; this only stops Node calling a rejection unhandled
  const indexed = await indexParts(siteDir, outDir, parts, quick.fileOf, cache);
  const { pages, problems, reads, parsed } = await scanning;
  if (problems.length > 0) {
    throw new SearchIndexError(
      `search index: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
    );
  }
  checkReadsAgree(pages, quick.planned);

  const counts = countPages(pages, parts);
  const reports = partReports(parts, indexed, counts.declaredFilters);
  const filtersFile = writeFilterFile(outDir, counts.filterParts);
  const words = writeWordDirectory(outDir, indexed.wordParts);
  writeManifest(siteDir, parts, words, filtersFile);
  // Only a run that got this far tidies the cache: a failed one may still need its entries.
  if (cache) {
    pruneParts(cache.dir, new Set(indexed.keys));
    writeScanCache(cache.dir, cache.codeDigest, reads);
  }

  const sorts = Math.max(0, ...indexed.totals.filter((t) => t !== undefined).map((t) => t.sorts));
  const totals: PagefindTotals = {
    pages: pages.length,
    words: indexed.wordParts.size,
    filters: counts.filterValues.size,
    sorts,
  };
  const reusedParts = indexed.reused.filter(Boolean).length;
  return {
    totals,
    indexedParts: reports.length - reusedParts,
    reusedParts,
    parsedPages: parsed,
    pagesByType: counts.pagesByType,
    filterValues: counts.filterValues,
    parts: reports,
  };
}
