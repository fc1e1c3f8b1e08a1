import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartPage } from '../../src/search/parts/plan.ts';
import type { SitePage } from '../site/site-files.ts';
import { SearchIndexError } from './error.ts';
import {
  type IndexablePage,
  indexablePage,
  indexProblems,
  pageProblems,
  quickPartPage,
} from './page-markup.ts';
import { scanKey } from './scan-cache.ts';

/**
 * The two reads of the built pages. The quick one, before anything is indexed, takes each
 * page's type and date from the tags SearchFacts writes, to plan the parts. The full one
 * (start tags, as Pagefind reads them) runs while Pagefind indexes, for the checks, and must
 * agree with the quick one. Either holds one page in memory at a time.
 */

/** What the quick read found: each indexed page as the plan needs it, and its file. */
export interface QuickRead {
  planned: Map<string, PartPage>;
  /** URL path → file under the site folder. */
  fileOf: Map<string, string>;
  /** File under the site folder → sha256 of its bytes, for every page, when asked for (the caches' keys). */
  hashOf: Map<string, string>;
}

/**
 * The quick read of every page. A page it is unsure of is read fully at once; any page the
 * plan cannot place is reported now (SearchIndexError naming every one), before anything is
 * indexed. With `hash`, each page's bytes are hashed on the same read.
 */
export function quickReadPages(
  siteDir: string,
  sitePages: readonly SitePage[],
  resultTypes: readonly string[],
  hash = false,
): QuickRead {
  const planned = new Map<string, PartPage>();
  const fileOf = new Map<string, string>();
  const hashOf = new Map<string, string>();
  const early: string[] = [];
  let bodies = 0;
  for (const sitePage of sitePages) {
    const bytes = readFileSync(join(siteDir, sitePage.file));
    const html = bytes.toString('utf8');
    if (hash) hashOf.set(sitePage.file, createHash('sha256').update(bytes).digest('hex'));
    let quick = quickPartPage(sitePage.urlPath, html, resultTypes);
    if (quick === 'unsure') {
      const page = indexablePage(sitePage.urlPath, html);
      const problems = page ? pageProblems(page, resultTypes) : [];
      if (page) bodies += 1;
      early.push(...problems);
      quick = page && problems.length === 0 ? partPageOf(page) : null;
    } else if (quick) bodies += 1;
    if (!quick) continue;
    planned.set(quick.urlPath, quick);
    fileOf.set(quick.urlPath, sitePage.file);
  }
  if (bodies === 0) early.push(...indexProblems([], resultTypes));
  if (early.length > 0) {
    throw new SearchIndexError(
      `search index: ${early.length} problem(s):\n  ${early.join('\n  ')}`,
    );
  }
  return { planned, fileOf, hashOf };
}

/** A fully read page (with exactly one result type) as the plan needs it. */
function partPageOf(page: IndexablePage): PartPage {
  return { urlPath: page.urlPath, type: page.filters.get('type')![0]!, sortDate: page.sortDate };
}

/** Earlier full reads (scan-cache.ts) and the hashes of this run's files, to find them by. */
export interface KnownReads {
  /** File under the site folder → sha256 of its bytes. */
  hashOf: ReadonlyMap<string, string>;
  /** {@link scanKey} → the page's read. */
  reads: ReadonlyMap<string, IndexablePage | null>;
}

/** What the full read found: the indexed pages, their problems, and every page's read by {@link scanKey} (with `known`). */
export interface ScannedPages {
  pages: IndexablePage[];
  problems: string[];
  reads: Map<string, IndexablePage | null>;
  /** How many pages were read from their files (not remembered). */
  parsed: number;
}

/**
 * Reads every page fully (start tags, as Pagefind does): what it offers the index and its
 * problems. Hands the event loop back every few pages, so Pagefind's indexing, driven from
 * the same thread, goes on meanwhile in its own process. With `known`, a page whose bytes
 * and URL path were read before is not parsed again; the checks still see its result.
 */
export async function scanPages(
  siteDir: string,
  sitePages: readonly SitePage[],
  resultTypes: readonly string[],
  known: KnownReads | null = null,
): Promise<ScannedPages> {
  const pages: IndexablePage[] = [];
  const problems: string[] = [];
  const reads = new Map<string, IndexablePage | null>();
  let parsed = 0;
  for (const [i, sitePage] of sitePages.entries()) {
    if (i % 25 === 24) await new Promise((resolve) => setImmediate(resolve));
    const hash = known?.hashOf.get(sitePage.file);
    const key = hash === undefined ? null : scanKey(hash, sitePage.urlPath);
    const remembered = key === null ? undefined : known!.reads.get(key);
    // Synchronous reads: an async read's four round trips through libuv's pool per page left
    // the scan idle for a third of its time.
    if (remembered === undefined) parsed += 1;
    const page =
      remembered !== undefined
        ? remembered
        : indexablePage(sitePage.urlPath, readFileSync(join(siteDir, sitePage.file), 'utf8'));
    if (key !== null) reads.set(key, page);
    if (!page) continue;
    pages.push(page);
    problems.push(...pageProblems(page, resultTypes));
  }
  if (pages.length === 0) problems.push(...indexProblems(pages, resultTypes));
  return { pages, problems, reads, parsed };
}

/**
 * Throws unless the full read found the same pages, types and dates as the quick read that
 * placed them in parts.
 */
export function checkReadsAgree(
  pages: readonly IndexablePage[],
  planned: ReadonlyMap<string, PartPage>,
): void {
  const disagree = pages
    .filter((page) => {
      const quick = planned.get(page.urlPath);
      return (
        !quick || quick.type !== page.filters.get('type')![0] || quick.sortDate !== page.sortDate
      );
    })
    .map((page) => page.urlPath);
  if (disagree.length === 0 && pages.length === planned.size) return;
  const scanned = new Set(pages.map((page) => page.urlPath));
  const missing = [...planned.keys()].filter((urlPath) => !scanned.has(urlPath));
  throw new SearchIndexError(
    "search index: the quick read of the pages' type and date (which placed them in parts) " +
      `disagrees with the full read for ${[...disagree, ...missing].join(', ')}`,
  );
}
