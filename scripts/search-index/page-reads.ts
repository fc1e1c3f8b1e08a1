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
  /** URL path → sha256 of its file's bytes, when asked for (the part cache's keys). */
  hashOf: Map<string, string>;
}

/**
 * The quick read of every page. A page it is unsure of is read fully at once; any page the
 * plan cannot place is reported now (SearchIndexError naming every one), before anything is
 * indexed. With `hash`, each indexed page's bytes are hashed on the same read.
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
    if (hash) hashOf.set(quick.urlPath, createHash('sha256').update(bytes).digest('hex'));
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

/**
 * Reads every page fully (start tags, as Pagefind does): what it offers the index and its
 * problems. Hands the event loop back every few pages, so Pagefind's indexing, driven from
 * the same thread, goes on meanwhile in its own process.
 */
export async function scanPages(
  siteDir: string,
  sitePages: readonly SitePage[],
  resultTypes: readonly string[],
): Promise<{ pages: IndexablePage[]; problems: string[] }> {
  const pages: IndexablePage[] = [];
  const problems: string[] = [];
  for (const [i, sitePage] of sitePages.entries()) {
    if (i % 25 === 24) await new Promise((resolve) => setImmediate(resolve));
    // Synchronous reads: an async read's four round trips through libuv's pool per page left
    // the scan idle for a third of its time.
    const page = indexablePage(
      sitePage.urlPath,
      readFileSync(join(siteDir, sitePage.file), 'utf8'),
    );
    if (!page) continue;
    pages.push(page);
    problems.push(...pageProblems(page, resultTypes));
  }
  if (pages.length === 0) problems.push(...indexProblems(pages, resultTypes));
  return { pages, problems };
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
