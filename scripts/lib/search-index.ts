import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { forEachStartTag } from './html-elements.ts';
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

/**
 * The pages Pagefind reads: the kinds that carry `data-pagefind-body` (an article, a person,
 * a seat). Listings and year pages have no body to index but are a third of the site's bytes
 * at 10,000 articles (a much-mentioned MP's year pages with their excerpts), and Pagefind
 * parses every file it is given. The scan in {@link buildSearchIndex} still reads every page,
 * so a page with a body outside this pattern fails the build by the page count check.
 */
export const INDEXED_PAGES_GLOB = '{articles,people,constituencies}/*/index.html';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** What one built page offers the index, read from its markup. */
export interface IndexablePage {
  urlPath: string;
  /** Filter values the page declares (`data-pagefind-filter="name[value]"` or `"name:value"`). */
  filters: Map<string, string[]>;
}

/** Pagefind's own totals, from its log. */
export interface PagefindTotals {
  pages: number;
  words: number;
  filters: number;
  sorts: number;
}

export interface SearchIndexReport {
  totals: PagefindTotals;
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
  const filters = new Map<string, string[]>();
  forEachStartTag(html, (tag) => {
    let attribute: string | undefined;
    for (const { name, value } of tag.attrs) {
      if (name === 'data-pagefind-body') body = true;
      else if (name === 'data-pagefind-filter') attribute = value;
    }
    if (attribute === undefined) return;
    const attrs = new Map(tag.attrs.map((a) => [a.name, a.value]));
    for (const [name, value] of filterDeclarations(attribute, attrs)) {
      if (value !== null) filters.set(name, [...(filters.get(name) ?? []), value]);
    }
  });
  return body ? { urlPath, filters } : null;
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

/**
 * Indexes the built site in `siteDir` and writes the bundle to `<siteDir>/pagefind/`.
 * Pagefind reads the site itself while this process reads it one page at a time for the
 * checks, never holding more than a page. Throws SearchIndexError naming the problem (every
 * page with one); returns the counts to print.
 */
export async function buildSearchIndex(siteDir: string, resultTypes: readonly string[]): Promise<SearchIndexReport> {
  const sitePages = listSitePages(siteDir);
  if (sitePages.length === 0) throw new SearchIndexError(`${siteDir} holds no HTML pages: run "astro build" first`);

  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-log-'));
  const logfile = join(scratch, 'pagefind.log');
  try {
    const created = await pagefind.createIndex({ logfile, excludeSelectors: EXCLUDE_SELECTORS });
    failOn('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError('Pagefind createIndex returned no index');
    // addDirectory, not addHTMLFile per page: Pagefind's service parses added files one at a
    // time but a directory on all cores, and sending pages costs a base64 copy of each (at
    // 10,000 articles 35 s against 28 s). It drops pages without data-pagefind-body itself,
    // and the counts below check that it indexed the pages this scan found.
    const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES_GLOB });
    failOn(`addDirectory(${siteDir})`, added.errors);
    // The scan runs while Pagefind writes its files, which it does on one core; while it
    // parses pages it uses them all (at 10,000 articles this ordering saves a third of the step).
    // A problem the scan finds still fails the build (by then the index is written, like the
    // rest of dist/).
    const writing = index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    writing.catch(() => {}); // awaited below, after the scan; this only stops Node calling a rejection unhandled
    const pages: IndexablePage[] = [];
    const problems: string[] = [];
    for (const sitePage of sitePages) {
      // Synchronous: Pagefind works in its own process, and an async read's four round trips
      // through libuv's pool per page left this scan idle for a third of its time.
      const page = indexablePage(sitePage.urlPath, readFileSync(join(siteDir, sitePage.file), 'utf8'));
      if (!page) continue;
      pages.push(page);
      problems.push(...pageProblems(page, resultTypes));
    }
    if (pages.length === 0) problems.push(...indexProblems(pages, resultTypes));
    const written = await writing;
    if (problems.length > 0) throw new SearchIndexError(`search index: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    failOn('writeFiles', written.errors);
    const log = readFileSync(logfile, 'utf8');
    const warnings = log.split('\n').filter((line) => /^\[(Warn|Error)\]/.test(line));
    if (warnings.length > 0) throw new SearchIndexError(`Pagefind reported problems:\n  ${warnings.join('\n  ')}`);
    const totals = parsePagefindTotals(log);
    if (!totals) throw new SearchIndexError(`could not read Pagefind's totals from its log:\n${log}`);
    if (totals.pages !== pages.length) {
      throw new SearchIndexError(`Pagefind indexed ${totals.pages} pages, but ${pages.length} pages have data-pagefind-body (${pages.map((p) => p.urlPath).join(', ')})`);
    }
    const pagesByType = new Map<string, number>();
    const filterValues = new Map<string, Set<string>>();
    for (const page of pages) {
      const type = page.filters.get('type')![0]!;
      pagesByType.set(type, (pagesByType.get(type) ?? 0) + 1);
      for (const [name, values] of page.filters) {
        const set = filterValues.get(name) ?? new Set<string>();
        values.forEach((v) => set.add(v));
        filterValues.set(name, set);
      }
    }
    if (totals.filters !== filterValues.size) {
      throw new SearchIndexError(
        `Pagefind indexed ${totals.filters} filters, but the pages declare ${filterValues.size} (${[...filterValues.keys()].join(', ')}): ` +
          'a filter inside data-pagefind-ignore="all" or outside an indexed page is dropped',
      );
    }
    return { totals, pagesByType, filterValues };
  } finally {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
