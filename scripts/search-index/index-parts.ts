import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { bundleWords, MERGED_BUNDLE_FILES } from '../../src/search/pagefind/bundle.ts';
import type { PlannedPart } from '../../src/search/parts/plan.ts';
import { SearchIndexError } from './error.ts';
import { type KeyedPage, partKey, restorePart, storePart } from './part-cache.ts';

/**
 * Runs Pagefind's Node API over the search parts, one bundle per part, checking every call:
 * any error Pagefind returns or logs, or a page count that disagrees with the part's pages,
 * fails the build. Each part's pages are staged in a folder of their own, and its indexer
 * freed before the next, so Pagefind's memory is one part's, not the archive's. With a cache
 * (part-cache.ts), a part whose key matches a stored entry is linked back instead.
 */

/**
 * Markup inside indexed content that is not text to search, left out by selector because
 * it is generated on many pages: the "¶" link rehypeParagraphAnchors adds to every
 * paragraph (the paragraph itself, with its id, stays), and the "Source: …" notes on person
 * and constituency pages (provenance, like an article's "About this record", which is
 * ignored; they name other people and would dilute the page's own words).
 * Page chrome uses `data-pagefind-ignore` instead.
 */
export const EXCLUDE_SELECTORS = ['.para-link', '.source-note'];

/** Pagefind's own totals, from its log. */
export interface PagefindTotals {
  pages: number;
  words: number;
  filters: number;
  sorts: number;
}

/**
 * Pagefind's closing totals from its log file (the last "Total:" block).
 * @example parsePagefindTotals('[Info]: Total: \n  Indexed 1 language\n  Indexed 5 pages\n  Indexed 940 words\n  Indexed 2 filters\n  Indexed 1 sort\n')
 *   // { pages: 5, words: 940, filters: 2, sorts: 1 }
 */
export function parsePagefindTotals(log: string): PagefindTotals | null {
  const block = log.split(/Total:/).at(-1);
  if (block === undefined || !log.includes('Total:')) return null;
  const count = (noun: string) => {
    const match = new RegExp(`Indexed (\\d+) ${noun}s?\\b`).exec(block);
    return match ? Number(match[1]) : null;
  };
  const totals = {
    pages: count('page'),
    words: count('word'),
    filters: count('filter'),
    sorts: count('sort'),
  };
  return Object.values(totals).some((v) => v === null) ? null : (totals as PagefindTotals);
}

/**
 * Throws when a Pagefind call reported errors (its Node API returns them rather than throwing).
 * @example failOn('addDirectory(dist)', ['Error: Provided glob … did not parse']) // throws SearchIndexError
 */
export function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0)
    throw new SearchIndexError(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Puts a part's pages, at their own paths, in a folder of their own (hard links to the
 * built files, copies where the file system cannot link), so Pagefind walks only them: its
 * walk of the whole site, once per part, cost a third of a second each at 10,000 articles.
 */
function stagePart(siteDir: string, files: readonly string[], stagingDir: string): void {
  mkdirSync(stagingDir, { recursive: true });
  for (const file of files) {
    const target = join(stagingDir, file);
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(join(siteDir, file), target);
    } catch {
      copyFileSync(join(siteDir, file), target);
    }
  }
}

/**
 * Indexes one part's pages into a bundle of its own with Pagefind, checks what it did and
 * frees its memory. Pagefind reads and parses the staged pages itself, on every core.
 */
async function indexPart(
  part: PlannedPart,
  stagingDir: string,
  bundleDir: string,
  logfile: string,
): Promise<PagefindTotals> {
  try {
    return await runPagefind(part, stagingDir, bundleDir, logfile);
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    // The Node API rejects with "Pagefind backend closed" when its indexer process dies.
    throw new SearchIndexError(
      `search index: Pagefind's indexer stopped while indexing part ${part.id}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function runPagefind(
  part: PlannedPart,
  stagingDir: string,
  bundleDir: string,
  logfile: string,
): Promise<PagefindTotals> {
  const created = await pagefind.createIndex({ logfile, excludeSelectors: EXCLUDE_SELECTORS });
  failOn('createIndex', created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
  try {
    // addDirectory, not addHTMLFile per page: Pagefind's service parses added files one at a
    // time but a directory on all cores, and sending pages costs a base64 copy of each.
    if (part.pages.length > 0) {
      const added = await index.addDirectory({ path: stagingDir });
      failOn(`addDirectory for part ${part.id}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    failOn(`writeFiles for part ${part.id}`, written.errors);
  } finally {
    await index.deleteIndex();
  }
  const log = readFileSync(logfile, 'utf8');
  const warnings = log.split('\n').filter((line) => /^\[(Warn|Error)\]/.test(line));
  if (warnings.length > 0)
    throw new SearchIndexError(
      `Pagefind reported problems in part ${part.id}:\n  ${warnings.join('\n  ')}`,
    );
  const totals = parsePagefindTotals(log);
  if (!totals)
    throw new SearchIndexError(
      `could not read Pagefind's totals for part ${part.id} from its log:\n${log}`,
    );
  if (totals.pages !== part.pages.length) {
    throw new SearchIndexError(
      `Pagefind indexed ${totals.pages} pages for part ${part.id}, but it has ${part.pages.length} pages with data-pagefind-body (${part.pages.join(', ')})`,
    );
  }
  return totals;
}

/** What indexing the parts gave, by part position, and every word's parts. */
export interface IndexedParts {
  /** Pagefind's totals per part; none for an empty article part, which is not written. */
  totals: (PagefindTotals | undefined)[];
  /** Distinct (stemmed) words in each part's bundle. */
  words: number[];
  /** Word → the parts holding it, ascending (parts are indexed in order). */
  wordParts: Map<string, number[]>;
  /** Whether each written part was linked from the cache rather than indexed. */
  reused: boolean[];
  /** The cache keys of the written parts (none without a cache). */
  keys: string[];
}

/** Where the part cache is and what its keys need: the code digest and each page's sha256. */
export interface PartCacheUse {
  dir: string;
  codeDigest: string;
  /** File under the site folder → sha256 of its bytes. */
  pageHashes: ReadonlyMap<string, string>;
}

/** Adds `value` to the list kept under `key`, creating it: one pass, no copying. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A part's key in the cache, from its pages' files and hashes. */
function keyOf(
  cache: PartCacheUse,
  part: PlannedPart,
  wholeBundle: boolean,
  fileOf: ReadonlyMap<string, string>,
): string {
  const pages = part.pages.map((urlPath): KeyedPage => {
    const file = fileOf.get(urlPath)!;
    const sha256 = cache.pageHashes.get(file);
    // A key without a page's hash would match whatever that page held before.
    if (sha256 === undefined) throw new Error(`search index: no hash for ${file}`);
    return { urlPath, file, sha256 };
  });
  return partKey(cache.codeDigest, part, wholeBundle, pages);
}

/**
 * Stages one part's pages, indexes them into `bundleDir` with Pagefind and keeps, for an
 * article part, only what `mergeIndex` reads; returns Pagefind's totals and the bundle's words.
 */
async function freshPart(
  siteDir: string,
  part: PlannedPart,
  wholeBundle: boolean,
  fileOf: ReadonlyMap<string, string>,
  dirs: { staging: string; bundle: string; logfile: string },
): Promise<{ totals: PagefindTotals; words: Set<string> }> {
  const stagingDir = join(dirs.staging, part.id);
  stagePart(
    siteDir,
    part.pages.map((urlPath) => fileOf.get(urlPath)!),
    stagingDir,
  );
  const totals = await indexPart(part, stagingDir, dirs.bundle, dirs.logfile);
  rmSync(stagingDir, { recursive: true, force: true });
  const words = bundleWords(dirs.bundle);
  if (!wholeBundle) {
    for (const entry of readdirSync(dirs.bundle)) {
      if (!MERGED_BUNDLE_FILES.test(entry)) rmSync(join(dirs.bundle, entry), { recursive: true });
    }
  }
  return { totals, words };
}

/**
 * Indexes every part into `outDir`: the people part (position 0) into `outDir` itself, as a
 * whole bundle; each article part into `parts/<id>/`, keeping only what `mergeIndex` reads.
 * `fileOf` maps each page's URL path to its file under `siteDir`. With `cache`, a part with
 * a sound entry under its key is linked from it, and every part indexed is stored.
 */
export async function indexParts(
  siteDir: string,
  outDir: string,
  parts: readonly PlannedPart[],
  fileOf: ReadonlyMap<string, string>,
  cache: PartCacheUse | null = null,
): Promise<IndexedParts> {
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-log-'));
  // Beside the site, on its file system, so the staged pages can be hard links.
  const staging = mkdtempSync(join(dirname(resolve(siteDir)), '.search-parts-'));
  const logfile = join(scratch, 'pagefind.log');
  const indexed: IndexedParts = {
    totals: [],
    words: [],
    wordParts: new Map(),
    reused: [],
    keys: [],
  };
  try {
    for (const [number, part] of parts.entries()) {
      // The people part is written even when empty: its bundle carries the script every part shares.
      if (part.pages.length === 0 && number > 0) continue;
      // The people part comes first, into the still empty outDir, so its bundle is all that is there.
      const wholeBundle = number === 0;
      const bundle = wholeBundle ? outDir : join(outDir, 'parts', part.id);
      const key = cache ? keyOf(cache, part, wholeBundle, fileOf) : null;
      const stored = cache && key ? restorePart(cache.dir, key, bundle) : null;
      let words: Set<string>;
      if (stored) {
        indexed.totals[number] = stored.totals;
        words = new Set(stored.words);
      } else {
        const fresh = await freshPart(siteDir, part, wholeBundle, fileOf, {
          staging,
          bundle,
          logfile,
        });
        indexed.totals[number] = fresh.totals;
        words = fresh.words;
        if (cache && key)
          storePart(cache.dir, key, bundle, { totals: fresh.totals, words: [...words].sort() });
      }
      indexed.reused[number] = stored !== null;
      if (key) indexed.keys.push(key);
      for (const word of words) addTo(indexed.wordParts, word, number);
      indexed.words[number] = words.size;
    }
  } finally {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
  return indexed;
}
