import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_SORT_KEY } from '../../src/lib/search.ts';
import { chunkDirectory } from '../../src/lib/search-parts/directory.ts';
import { type FilterDirectory, MANIFEST_PATH, MANIFEST_VERSION, PEOPLE_BUNDLE_PATH, type SearchPartsManifest } from '../../src/lib/search-parts/manifest.ts';
import { encodePartSet } from '../../src/lib/search-parts/part-set.ts';
import { type PlannedPart, planSearchParts, SEARCH_PART_MAX_PAGES } from '../../src/lib/search-parts/plan.ts';
import { forEachStartTag } from './html-elements.ts';
import { bundleWords } from './pagefind-bundle.ts';
import { listSitePages } from './site-files.ts';


/**
 * Builds the site's Pagefind index with Pagefind's Node API (README "Search"), checking
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

/** Page paths this step puts in a Pagefind glob: the archive's own slugs, which never hold glob syntax. */
const GLOB_SAFE_PATH = /^\/[A-Za-z0-9._\/-]*\/$/;

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * Indexes one part's pages into a bundle of its own with Pagefind, checks what it did and
 * frees its memory. Pagefind is given the site directory and a glob naming exactly the
 * part's pages, so it reads and parses them itself on every core.
 */
async function indexPart(siteDir: string, part: PlannedPart, bundleDir: string, logfile: string): Promise<PagefindTotals> {
  const unsafe = part.pages.find((urlPath) => !GLOB_SAFE_PATH.test(urlPath));
  if (unsafe) throw new SearchIndexError(`search index: cannot name ${unsafe} in a Pagefind glob; page paths must be letters, digits, ".", "_", "-" and "/"`);
  const files = part.pages.map((urlPath) => `${urlPath.slice(1)}index.html`);
  try {
    return await runPagefind(siteDir, part, files, bundleDir, logfile);
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    // The Node API rejects with "Pagefind backend closed" when its indexer process dies.
    throw new SearchIndexError(`search index: Pagefind's indexer stopped while indexing part ${part.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function runPagefind(siteDir: string, part: PlannedPart, files: string[], bundleDir: string, logfile: string): Promise<PagefindTotals> {
  const created = await pagefind.createIndex({ logfile, excludeSelectors: EXCLUDE_SELECTORS });
  failOn('createIndex', created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
  try {
    // addDirectory, not addHTMLFile per page: Pagefind's service parses added files one at a
    // time but a directory on all cores, and sending pages costs a base64 copy of each.
    if (files.length > 0) {
      const added = await index.addDirectory({ path: siteDir, glob: files.length === 1 ? files[0]! : `{${files.join(',')}}` });
      failOn(`addDirectory(${siteDir}) for part ${part.id}`, added.errors);
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

/** Adds `value` to the list kept under `key`, creating it: one pass, no copying. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes the built site in `siteDir` into `<siteDir>/pagefind/`: one Pagefind bundle per
 * search part (src/lib/search-parts/plan.ts), the word directory and filter file, and the
 * manifest the search page reads (src/lib/search-parts/manifest.ts). Reads every page once
 * for the checks and the plan, never holding more than one; throws SearchIndexError naming
 * the problem (every page with one) before anything is indexed; returns the counts to print.
 */
export async function buildSearchIndex(siteDir: string, resultTypes: readonly string[], options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const sitePages = listSitePages(siteDir);
  if (sitePages.length === 0) throw new SearchIndexError(`${siteDir} holds no HTML pages: run "astro build" first`);

  const pages: IndexablePage[] = [];
  const problems: string[] = [];
  for (const sitePage of sitePages) {
    // Synchronous: an async read's four round trips through libuv's pool per page left the
    // scan idle for a third of its time.
    const page = indexablePage(sitePage.urlPath, readFileSync(join(siteDir, sitePage.file), 'utf8'));
    if (!page) continue;
    pages.push(page);
    problems.push(...pageProblems(page, resultTypes));
  }
  if (pages.length === 0) problems.push(...indexProblems(pages, resultTypes));
  if (problems.length > 0) throw new SearchIndexError(`search index: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);

  const plan = planSearchParts(
    pages.map((page) => ({ urlPath: page.urlPath, type: page.filters.get('type')![0]!, sortDate: page.sortDate })),
    options.maxPartPages ?? SEARCH_PART_MAX_PAGES,
  );
  const parts = [plan.people, ...plan.articles];
  const outDir = join(siteDir, 'pagefind');
  rmSync(outDir, { recursive: true, force: true });

  const partOf = new Map<string, number>();
  for (const [number, part] of parts.entries()) for (const urlPath of part.pages) partOf.set(urlPath, number);
  /** The filter names each part's pages declare, to check against what Pagefind indexed. */
  const declaredFilters = parts.map(() => new Set<string>());
  for (const page of pages) for (const name of page.filters.keys()) declaredFilters[partOf.get(page.urlPath)!]!.add(name);

  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-log-'));
  const logfile = join(scratch, 'pagefind.log');
  const partReports: PartReport[] = [];
  /** Word → the parts holding it, ascending (parts are indexed in order). */
  const wordParts = new Map<string, number[]>();
  let sorts = 0;
  try {
    for (const [number, part] of parts.entries()) {
      // The people part is written even when empty: its bundle carries the script every part shares.
      if (part.pages.length === 0 && number > 0) continue;
      const bundleDir = number === 0 ? outDir : join(outDir, 'parts', part.id);
      const totals = await indexPart(siteDir, part, bundleDir, logfile);
      sorts = Math.max(sorts, totals.sorts);
      if (totals.filters !== declaredFilters[number]!.size) {
        throw new SearchIndexError(
          `Pagefind indexed ${totals.filters} filters for part ${part.id}, but its pages declare ${declaredFilters[number]!.size} (${[...declaredFilters[number]!].join(', ')}): ` +
            'a filter inside data-pagefind-ignore="all" or outside an indexed page is dropped',
        );
      }
      const words = bundleWords(bundleDir);
      for (const word of words) addTo(wordParts, word, number);
      if (number > 0) {
        for (const entry of readdirSync(bundleDir)) if (!MERGED_BUNDLE_FILES.test(entry)) rmSync(join(bundleDir, entry), { recursive: true });
      }
      partReports.push({ id: part.id, label: part.label, pages: part.pages.length, words: words.size, filters: totals.filters });
    }
  } finally {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  const pagesByType = new Map<string, number>();
  const filterValues = new Map<string, Set<string>>();
  /** Filter → value → [pages, the parts holding them]. */
  const filterParts = new Map<string, Map<string, { pages: number; parts: Set<number> }>>();
  for (const page of pages) {
    const type = page.filters.get('type')![0]!;
    pagesByType.set(type, (pagesByType.get(type) ?? 0) + 1);
    const part = partOf.get(page.urlPath)!;
    for (const [name, values] of page.filters) {
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
  const filterDirectory: FilterDirectory = {};
  for (const [name, byValue] of [...filterParts].sort(([a], [b]) => a.localeCompare(b))) {
    filterDirectory[name] = Object.fromEntries(
      [...byValue].sort(([a], [b]) => a.localeCompare(b)).map(([value, { pages: count, parts: holding }]) => [value, [count, encodePartSet(holding)]]),
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

  const totals: PagefindTotals = { pages: pages.length, words: wordParts.size, filters: filterValues.size, sorts };
  return { totals, pagesByType, filterValues, parts: partReports };
}
