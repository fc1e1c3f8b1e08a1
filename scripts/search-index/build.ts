import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_SORT_KEY } from '../../src/search/facts.ts';
import { chunkDirectory } from '../../src/search/parts/directory.ts';
import { type FilterDirectory, MANIFEST_PATH, MANIFEST_VERSION, PEOPLE_BUNDLE_PATH, type SearchPartsManifest } from '../../src/search/parts/manifest.ts';
import { encodePartSet } from '../../src/search/parts/part-set.ts';
import { type PartPage, type PlannedPart, planSearchParts, SEARCH_PART_MAX_PAGES } from '../../src/search/parts/plan.ts';
import { forEachStartTag } from '../lib/html-elements.ts';
import { bundleWords } from '../../src/search/pagefind/bundle.ts';
import { listSitePages, type SitePage } from '../lib/site-files.ts';
import { compareCodePoints } from '../../src/lib/order.ts';


/**
 * Builds the site's Pagefind index with Pagefind's Node API (docs/search.md), checking
 * every step: any error Pagefind reports, a page it indexes that declares no result
 * type, or a count that disagrees with the pages marked `data-pagefind-body` fails the
 * build with a message saying what to fix.
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

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** What one built page offers the index, read from its markup. */
export interface IndexablePage {
  urlPath: string;
  /** Filter values the page declares (`data-pagefind-filter="name[value]"` or `"name:value"`). */
  filters: Map<string, string[]>;
  /** The page's date sort key (`data-pagefind-sort="date[value]"`), which places an article in its search part. */
  sortDate: string | null;
}

/** Pagefind's own totals, from its log. */
export interface PagefindTotals {
  pages: number;
  words: number;
  filters: number;
  sorts: number;
}

/** One search part as indexed. */
export interface PartReport {
  id: string;
  label: string;
  pages: number;
  /** Distinct (stemmed) words Pagefind indexed in it. */
  words: number;
  filters: number;
}

export interface SearchIndexReport {
  /** Pages, distinct words and filters over all parts; the most sorts a part has. */
  totals: PagefindTotals;
  parts: PartReport[];
  /** Pages per `type` filter value. */
  pagesByType: Map<string, number>;
  /** Distinct values per filter. */
  filterValues: Map<string, Set<string>>;
}

/**
 * The filter declarations in one `data-pagefind-filter` attribute, for the two forms the
 * archive uses: `name[attribute]` (value from that attribute) and `name:value` (inline,
 * to the end). Other forms (the element's text) give the name with no value.
 * @example filterDeclarations('person[value]', new Map([['value', 'Luciana Berger']])) // [['person', 'Luciana Berger']]
 * @example filterDeclarations('year:2019', new Map()) // [['year', '2019']]
 */
export function filterDeclarations(attribute: string, attrs: ReadonlyMap<string, string>): [string, string | null][] {
  const inline = /^\s*([^:[\],]+?)\s*:(.*)$/s.exec(attribute);
  if (inline) return [[inline[1]!, inline[2]!.trim()]];
  return attribute
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part): [string, string | null] => {
      const fromAttribute = /^([^[\]]+)\[([^\]]+)\]$/.exec(part);
      if (fromAttribute) return [fromAttribute[1]!.trim(), attrs.get(fromAttribute[2]!.trim()) ?? null];
      return [part, null];
    });
}

/** Matches the attribute name however it is written (the tokenizer lower-cases names, never decodes them). */
const BODY_ATTRIBUTE = /data-pagefind-body/i;

/**
 * What one page offers the index, or null when Pagefind would not index it (no element
 * with `data-pagefind-body`, as soon as any page has one). Reads start tags only, like
 * Pagefind's own streaming parser, and skips a page whose text never spells the attribute
 * without tokenizing it; filters count wherever they are on the page, as Pagefind reads them.
 * @example indexablePage('/a/', '<main data-pagefind-body><data value="2019" data-pagefind-filter="year[value]"></data></main>')
 *   // { urlPath: '/a/', filters: Map { 'year' => ['2019'] } }
 */
export function indexablePage(urlPath: string, html: string): IndexablePage | null {
  if (!BODY_ATTRIBUTE.test(html)) return null;
  let body = false;
  let sortDate: string | null = null;
  const filters = new Map<string, string[]>();
  forEachStartTag(html, (tag) => {
    let attribute: string | undefined;
    let sort: string | undefined;
    for (const { name, value } of tag.attrs) {
      if (name === 'data-pagefind-body') body = true;
      else if (name === 'data-pagefind-filter') attribute = value;
      else if (name === 'data-pagefind-sort') sort = value;
    }
    if (attribute === undefined && sort === undefined) return;
    const attrs = new Map(tag.attrs.map((a) => [a.name, a.value]));
    for (const [name, value] of filterDeclarations(attribute ?? '', attrs)) {
      if (value !== null) filters.set(name, [...(filters.get(name) ?? []), value]);
    }
    for (const [name, value] of filterDeclarations(sort ?? '', attrs)) {
      if (name === SEARCH_SORT_KEY && value !== null) sortDate = value;
    }
  });
  return body ? { urlPath, filters, sortDate } : null;
}

/**
 * What makes one indexed page wrong even though Pagefind accepts it: not exactly one known result type.
 * @example pageProblems({ urlPath: '/people/x/', filters: new Map() }, ['Person']) // ['/people/x/: declares no result type (…)']
 */
export function pageProblems(page: IndexablePage, resultTypes: readonly string[]): string[] {
  const types = page.filters.get('type') ?? [];
  if (types.length === 0) return [`${page.urlPath}: declares no result type (render <SearchFacts type="…"> inside its data-pagefind-body)`];
  if (types.length > 1) return [`${page.urlPath}: declares ${types.length} result types (${types.join(', ')}); one only`];
  if (!resultTypes.includes(types[0]!)) return [`${page.urlPath}: result type "${types[0]}" is not one of ${resultTypes.join(', ')}`];
  return [];
}

/**
 * Problems that make the index wrong even though Pagefind accepts it: nothing to index,
 * or an indexed page without exactly one known result type.
 * @example indexProblems([{ urlPath: '/people/x/', filters: new Map() }], ['Person']) // ['/people/x/: declares no result type (…)']
 */
export function indexProblems(pages: readonly IndexablePage[], resultTypes: readonly string[]): string[] {
  if (pages.length === 0) return ['no page has a data-pagefind-body element: nothing would be searchable'];
  return pages.flatMap((page) => pageProblems(page, resultTypes));
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
  const totals = { pages: count('page'), words: count('word'), filters: count('filter'), sorts: count('sort') };
  return Object.values(totals).some((v) => v === null) ? null : (totals as PagefindTotals);
}

/**
 * Throws when a Pagefind call reported errors (its Node API returns them rather than throwing).
 * @example failOn('addDirectory(dist)', ['Error: Provided glob … did not parse']) // throws SearchIndexError
 */
export function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Options of {@link buildSearchIndex}. */
export interface SearchIndexOptions {
  /** The most pages one article part holds (default SEARCH_PART_MAX_PAGES); tests use small parts to get several from the seeds. */
  maxPartPages?: number;
}

/** Files of a Pagefind bundle that an article part keeps: what `mergeIndex` reads. The script, worker and wasm come from the people part's bundle. */
const MERGED_BUNDLE_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

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
async function indexPart(part: PlannedPart, stagingDir: string, bundleDir: string, logfile: string): Promise<PagefindTotals> {
  try {
    return await runPagefind(part, stagingDir, bundleDir, logfile);
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    // The Node API rejects with "Pagefind backend closed" when its indexer process dies.
    throw new SearchIndexError(`search index: Pagefind's indexer stopped while indexing part ${part.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function runPagefind(part: PlannedPart, stagingDir: string, bundleDir: string, logfile: string): Promise<PagefindTotals> {
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
  if (warnings.length > 0) throw new SearchIndexError(`Pagefind reported problems in part ${part.id}:\n  ${warnings.join('\n  ')}`);
  const totals = parsePagefindTotals(log);
  if (!totals) throw new SearchIndexError(`could not read Pagefind's totals for part ${part.id} from its log:\n${log}`);
  if (totals.pages !== part.pages.length) {
    throw new SearchIndexError(`Pagefind indexed ${totals.pages} pages for part ${part.id}, but it has ${part.pages.length} pages with data-pagefind-body (${part.pages.join(', ')})`);
  }
  return totals;
}

/** The start tags SearchFacts writes for a page's result type and date (attribute values are plain: a type name, `YYYY-MM[-DD]`). */
const TYPE_TAG = /<data value="([^"<>&]*)" data-pagefind-filter="type\[value\]"/g;
const DATE_TAG = /<data value="([^"<>&]*)" data-pagefind-sort="date\[value\]"/g;

/**
 * What the part plan needs of a page (its type and date), read quickly from the markup
 * SearchFacts writes; null when the page has no search body, or when it is not written that
 * way, or not with one known result type (then the full read, {@link indexablePage},
 * decides). The full read of every page runs while Pagefind indexes, and must agree with
 * this (checked in {@link buildSearchIndex}).
 * @example quickPartPage('/a/', '<main data-pagefind-body><data value="Article" data-pagefind-filter="type[value]"></data><data value="2019-02" data-pagefind-sort="date[value]"></data></main>', ['Article'])
 *   // { urlPath: '/a/', type: 'Article', sortDate: '2019-02' }
 */
export function quickPartPage(urlPath: string, html: string, resultTypes: readonly string[]): PartPage | null | 'unsure' {
  if (!BODY_ATTRIBUTE.test(html)) return null;
  const types = [...html.matchAll(TYPE_TAG)];
  const dates = [...html.matchAll(DATE_TAG)];
  if (types.length !== 1 || dates.length > 1 || !resultTypes.includes(types[0]![1]!)) return 'unsure';
  return { urlPath, type: types[0]![1]!, sortDate: dates[0]?.[1] ?? null };
}

/**
 * Reads every page fully (start tags, as Pagefind does): what it offers the index and its
 * problems. Hands the event loop back every few pages, so Pagefind's indexing, driven from
 * the same thread, goes on meanwhile in its own process.
 */
async function scanPages(siteDir: string, sitePages: readonly SitePage[], resultTypes: readonly string[]): Promise<{ pages: IndexablePage[]; problems: string[] }> {
  const pages: IndexablePage[] = [];
  const problems: string[] = [];
  for (const [i, sitePage] of sitePages.entries()) {
    if (i % 25 === 24) await new Promise((resolve) => setImmediate(resolve));
    // Synchronous reads: an async read's four round trips through libuv's pool per page left
    // the scan idle for a third of its time.
    const page = indexablePage(sitePage.urlPath, readFileSync(join(siteDir, sitePage.file), 'utf8'));
    if (!page) continue;
    pages.push(page);
    problems.push(...pageProblems(page, resultTypes));
  }
  if (pages.length === 0) problems.push(...indexProblems(pages, resultTypes));
  return { pages, problems };
}

/** Adds `value` to the list kept under `key`, creating it: one pass, no copying. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes the built site in `siteDir` into `<siteDir>/pagefind/`: one Pagefind bundle per
 * search part (src/search/parts/plan.ts), the word directory and filter file, and the
 * manifest the search page reads (src/search/parts/manifest.ts). The plan comes from a
 * quick read of each page's type and date; Pagefind then indexes the parts one after another
 * while every page is read fully for the checks (never more than one page held). Throws
 * SearchIndexError naming the problem (every page with one); returns the counts to print.
 */
export async function buildSearchIndex(siteDir: string, resultTypes: readonly string[], options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const sitePages = listSitePages(siteDir);
  if (sitePages.length === 0) throw new SearchIndexError(`${siteDir} holds no HTML pages: run "astro build" first`);

  const planned = new Map<string, PartPage>();
  const fileOf = new Map<string, string>();
  const early: string[] = [];
  let bodies = 0;
  for (const sitePage of sitePages) {
    const html = readFileSync(join(siteDir, sitePage.file), 'utf8');
    let quick = quickPartPage(sitePage.urlPath, html, resultTypes);
    if (quick === 'unsure') {
      const page = indexablePage(sitePage.urlPath, html);
      const problems = page ? pageProblems(page, resultTypes) : [];
      if (page) bodies += 1;
      early.push(...problems);
      quick = page && problems.length === 0 ? { urlPath: page.urlPath, type: page.filters.get('type')![0]!, sortDate: page.sortDate } : null;
    } else if (quick) bodies += 1;
    if (!quick) continue;
    planned.set(quick.urlPath, quick);
    fileOf.set(quick.urlPath, sitePage.file);
  }
  // A page the plan cannot place is reported now, before anything is indexed.
  if (bodies === 0) early.push(...indexProblems([], resultTypes));
  if (early.length > 0) throw new SearchIndexError(`search index: ${early.length} problem(s):\n  ${early.join('\n  ')}`);

  const plan = planSearchParts([...planned.values()], options.maxPartPages ?? SEARCH_PART_MAX_PAGES);
  const parts = [plan.people, ...plan.articles];
  const outDir = join(siteDir, 'pagefind');
  rmSync(outDir, { recursive: true, force: true });
  const partOf = new Map<string, number>();
  for (const [number, part] of parts.entries()) for (const urlPath of part.pages) partOf.set(urlPath, number);

  const scanning = scanPages(siteDir, sitePages, resultTypes);
  scanning.catch(() => {}); // awaited below; this only stops Node calling a rejection unhandled
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-log-'));
  // Beside the site, on its file system, so the staged pages can be hard links.
  const staging = mkdtempSync(join(dirname(resolve(siteDir)), '.search-parts-'));
  const logfile = join(scratch, 'pagefind.log');
  const partTotals: PagefindTotals[] = [];
  const partWords: number[] = [];
  /** Word → the parts holding it, ascending (parts are indexed in order). */
  const wordParts = new Map<string, number[]>();
  try {
    for (const [number, part] of parts.entries()) {
      // The people part is written even when empty: its bundle carries the script every part shares.
      if (part.pages.length === 0 && number > 0) continue;
      const bundleDir = number === 0 ? outDir : join(outDir, 'parts', part.id);
      const stagingDir = join(staging, part.id);
      stagePart(siteDir, part.pages.map((urlPath) => fileOf.get(urlPath)!), stagingDir);
      partTotals[number] = await indexPart(part, stagingDir, bundleDir, logfile);
      rmSync(stagingDir, { recursive: true, force: true });
      const words = bundleWords(bundleDir);
      for (const word of words) addTo(wordParts, word, number);
      partWords[number] = words.size;
      if (number > 0) {
        for (const entry of readdirSync(bundleDir)) if (!MERGED_BUNDLE_FILES.test(entry)) rmSync(join(bundleDir, entry), { recursive: true });
      }
    }
  } finally {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }

  const { pages, problems } = await scanning;
  if (problems.length > 0) throw new SearchIndexError(`search index: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  // The plan came from the quick read: the full read must find the same pages, types and dates.
  const disagree = pages
    .filter((page) => {
      const quick = planned.get(page.urlPath);
      return !quick || quick.type !== page.filters.get('type')![0] || quick.sortDate !== page.sortDate;
    })
    .map((page) => page.urlPath);
  if (disagree.length > 0 || pages.length !== planned.size) {
    const scanned = new Set(pages.map((page) => page.urlPath));
    const missing = [...planned.keys()].filter((urlPath) => !scanned.has(urlPath));
    throw new SearchIndexError(
      `search index: the quick read of the pages' type and date (which placed them in parts) disagrees with the full read for ${[...disagree, ...missing].join(', ')}`,
    );
  }

  /** The filter names each part's pages declare, to check against what Pagefind indexed. */
  const declaredFilters = parts.map(() => new Set<string>());
  const pagesByType = new Map<string, number>();
  const filterValues = new Map<string, Set<string>>();
  /** Filter → value → [pages, the parts holding them]. */
  const filterParts = new Map<string, Map<string, { pages: number; parts: Set<number> }>>();
  for (const page of pages) {
    const type = page.filters.get('type')![0]!;
    pagesByType.set(type, (pagesByType.get(type) ?? 0) + 1);
    const part = partOf.get(page.urlPath)!;
    for (const [name, values] of page.filters) {
      declaredFilters[part]!.add(name);
      const set = filterValues.get(name) ?? new Set<string>();
      const byValue = filterParts.get(name) ?? new Map<string, { pages: number; parts: Set<number> }>();
      for (const value of new Set(values)) {
        set.add(value);
        const entry = byValue.get(value) ?? { pages: 0, parts: new Set<number>() };
        entry.pages += 1;
        entry.parts.add(part);
        byValue.set(value, entry);
      }
      filterValues.set(name, set);
      filterParts.set(name, byValue);
    }
  }
  const partReports: PartReport[] = [];
  for (const [number, part] of parts.entries()) {
    const totals = partTotals[number];
    if (!totals) continue;
    if (totals.filters !== declaredFilters[number]!.size) {
      throw new SearchIndexError(
        `Pagefind indexed ${totals.filters} filters for part ${part.id}, but its pages declare ${declaredFilters[number]!.size} (${[...declaredFilters[number]!].join(', ')}): ` +
          'a filter inside data-pagefind-ignore="all" or outside an indexed page is dropped',
      );
    }
    partReports.push({ id: part.id, label: part.label, pages: part.pages.length, words: partWords[number]!, filters: totals.filters });
  }

  const filterDirectory: FilterDirectory = {};
  for (const [name, byValue] of [...filterParts].sort(([a], [b]) => compareCodePoints(a, b))) {
    filterDirectory[name] = Object.fromEntries(
      [...byValue].sort(([a], [b]) => compareCodePoints(a, b)).map(([value, { pages: count, parts: holding }]) => [value, [count, encodePartSet(holding)]]),
    );
  }
  const filtersText = JSON.stringify(filterDirectory);
  const filtersFile = `filters-${shortHash(filtersText)}.json`;
  writeFileSync(join(outDir, filtersFile), filtersText);

  const sortedWords = [...wordParts.keys()].sort();
  const chunks = chunkDirectory(
    (function* () {
      for (const word of sortedWords) yield [word, encodePartSet(wordParts.get(word)!)] as const;
    })(),
  );
  mkdirSync(join(outDir, 'words'), { recursive: true });
  const words = chunks.map((chunk) => {
    const file = `words/${shortHash(chunk.text)}.txt`;
    writeFileSync(join(outDir, file), chunk.text);
    return { first: chunk.first, file };
  });

  // What Pagefind wrote into the people part's entry file: every part's is the same.
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind-entry.json'), 'utf8')) as { version: string; include_characters?: string[] };
  const manifest: SearchPartsManifest = {
    version: MANIFEST_VERSION,
    pagefind: entry.version,
    includeCharacters: entry.include_characters ?? [],
    parts: parts.map((part, number) => ({
      id: part.id,
      label: part.label,
      kind: part.kind,
      from: part.from,
      to: part.to,
      pages: part.pages.length,
      bundle: number === 0 ? PEOPLE_BUNDLE_PATH : `${PEOPLE_BUNDLE_PATH}parts/${part.id}/`,
    })),
    words,
    filters: filtersFile,
  };
  writeFileSync(join(siteDir, MANIFEST_PATH), `${JSON.stringify(manifest)}\n`);

  const totals: PagefindTotals = { pages: pages.length, words: wordParts.size, filters: filterValues.size, sorts: Math.max(0, ...partTotals.filter(Boolean).map((t) => t.sorts)) };
  return { totals, pagesByType, filterValues, parts: partReports };
}
