/**
 * Search and page weight in Chromium against a built site, counted at the server
 * (scripts/serve/static-server.ts `bytesByPath`: Pagefind fetches from a worker too, which
 * page-level listeners miss) as that server sends them: text compressed with brotli or gzip
 * as Chromium accepts it, Pagefind's own gzipped index files and wasm as they are; the same
 * files' size on disk beside them.
 *
 * The archive (`measureSearchPage`): a reader's first search on the site's own page,
 * `/search/?q=…`, in a fresh browser context (cold cache) per query and order, from
 * navigation start until the page shows its first five results (or all, when fewer), and
 * every byte sent from navigation until the network is quiet again: the page's own HTML, CSS
 * and JS, Pagefind's script and wasm, the parts manifest, the word directory and the index
 * parts it reads. The bare baseline (`measureApiSearch`): one Pagefind index over the whole
 * archive and no search page, so Pagefind's JS API on an article page, five results' data.
 */
import { readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type RunningServer, serveStatic } from '../../scripts/serve/static-server.ts';
import { launchChromium } from '../../tests/support/browser.ts';
import type { Manifest } from '../generate.ts';

/** The benchmark's queries: a name in one article, a seat, a phrase, and a word on nearly every page. */
export function searchQueries(manifest: Manifest): SearchQuery[] {
  const seats = Object.entries(manifest.seats).sort(([, a], [, b]) => b - a);
  const seat = (seats[Math.floor(seats.length / 2)] ?? seats[0])?.[0] ?? 'Canterbury';
  return [
    { label: 'rare name (one article)', query: manifest.rareNames[0] ?? 'Chadettdale' },
    { label: 'a seat', query: seat },
    { label: 'a phrase', query: 'vote of no confidence' },
    { label: 'a word on nearly every page', query: 'said' },
  ];
}

export interface SearchQuery {
  label: string;
  query: string;
}

/** The kinds of file a search fetches, for the per-kind columns. */
export const FILE_KINDS = [
  'page',
  'script',
  'wasm',
  'meta',
  'directory',
  'index',
  'fragment',
  'filter',
  'other',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** What the server sent for one measurement. */
export interface Transfer {
  /** Bytes as the compressing server sent them. */
  bytes: number;
  /** The same files as they are on disk (Pagefind's index files are gzipped by Pagefind already). */
  bytesUncompressed: number;
  /** Requests the server answered. */
  requests: number;
  /** Bytes as sent, by kind (`FILE_KINDS`). */
  bytesByKind: Partial<Record<FileKind, number>>;
}

/** The search page's result orders the benchmark measures: the default, and "Best match". */
export type SearchOrder = 'newest' | 'relevance';

/** One first search on the archive's search page. */
export interface PageQueryResult extends SearchQuery, Transfer {
  order: SearchOrder;
  /** People and constituency results shown, and article results shown. */
  people: number;
  articles: number;
  /** `#search-status` and `#search-scope` as the page left them. */
  status: string;
  scope: string;
  /** What the scope line says of the periods read and those with matches (`scopeCounts`). */
  scopePeriods: { read: number | null; of: number | null };
  /** Article parts whose files the server sent (ids), in the order first fetched. */
  partsRead: string[];
  /** From navigation start to the first five results shown (all of them when fewer), in the page. */
  timeToResultsMs: number | null;
  /** From navigation start to the status line's announcement, in the page. */
  timeToStatusMs: number | null;
}

/** One search through Pagefind's JS API (the bare baseline). */
export interface ApiQueryResult extends SearchQuery, Transfer {
  results: number;
  firstTitles: string[];
  /** From the first `import()` of pagefind.js to the fifth result's data, in the page. */
  timeMs: number;
}

/** Pagefind's files over every part of the index (dist/pagefind, walked recursively). */
export interface IndexFiles {
  /** Pagefind bundles (each with its own pagefind-entry.json): the people part and the article parts. */
  parts: number;
  indexChunks: number;
  fragments: number;
  filterChunks: number;
  /** The word directory's chunks (/pagefind/words/). */
  directoryChunks: number;
}

export interface ArticleWeight extends Transfer {
  path: string;
  byPath: Record<string, number>;
}

/** The archive: its search page, a session on it, an article page. */
export interface SearchBench {
  newest: PageQueryResult[];
  relevance: PageQueryResult[];
  /** Every query typed into one search page, one after another (from the page's own load): what a reader's session costs. */
  session: Transfer & { paths: number };
  article: ArticleWeight;
  /** What Chromium asked for (`Accept-Encoding`), so the bytes can be read. */
  acceptEncoding: string;
  indexFiles: IndexFiles;
}

/** The bare baseline: one Pagefind index over everything, through Pagefind's JS API. */
export interface ApiSearchBench {
  queries: ApiQueryResult[];
  acceptEncoding: string;
  indexFiles: IndexFiles;
}

/**
 * The kind of file a served path is.
 * @example kindOf('/pagefind/parts/2019/index/en-gb_52cc75b.pf_index') // 'index'
 * @example kindOf('/pagefind/words/03b4bda8d7be.txt') // 'directory'
 * @example kindOf('/search/') // 'page'
 */
export function kindOf(path: string): FileKind {
  if (!path.startsWith('/pagefind/')) return 'page';
  if (path.startsWith('/pagefind/words/') || /^\/pagefind\/filters-[^/]*\.json$/.test(path))
    return 'directory';
  if (path.endsWith('.js')) return 'script';
  if (path.includes('wasm')) return 'wasm';
  if (
    path.endsWith('.pf_meta') ||
    path.endsWith('pagefind-entry.json') ||
    path === '/pagefind/parts.json'
  )
    return 'meta';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_fragment')) return 'fragment';
  if (path.endsWith('.pf_filter')) return 'filter';
  return 'other';
}

/** The size on disk of the file a served path names (0 when it names none: the 404 page is counted as sent only). */
function fileBytes(dist: string, path: string): number {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Every file under `dir`, as paths relative to it. */
function walk(dir: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) =>
    e.isDirectory() ? walk(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

/** Pagefind's files in every bundle under <dist>/pagefind (the people part, article parts, the word directory). */
export function countIndexFiles(dist: string): IndexFiles {
  const files = walk(join(dist, 'pagefind'));
  const count = (test: (file: string) => boolean) => files.filter(test).length;
  return {
    parts: count((f) => f.endsWith('pagefind-entry.json')),
    indexChunks: count((f) => f.endsWith('.pf_index')),
    fragments: count((f) => f.endsWith('.pf_fragment')),
    filterChunks: count((f) => f.endsWith('.pf_filter')),
    directoryChunks: count((f) => f.startsWith('words/')),
  };
}

/**
 * The server's traffic since the last `reset`: requests answered, and when the last one
 * ended, so a measurement can wait for the network to go quiet (Pagefind's worker may still
 * be fetching after the page shows its results).
 */
class Traffic {
  readonly #server: RunningServer;
  readonly #dist: string;
  requests = 0;
  #inFlight = 0;
  #lastActivity = performance.now();
  acceptEncoding = '';

  constructor(server: RunningServer, dist: string) {
    this.#server = server;
    this.#dist = dist;
    server.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      this.acceptEncoding = String(request.headers['accept-encoding'] ?? '');
      this.requests += 1;
      this.#inFlight += 1;
      this.#lastActivity = performance.now();
      response.on('close', () => {
        this.#inFlight -= 1;
        this.#lastActivity = performance.now();
      });
    });
  }

  reset(): void {
    this.#server.bytesByPath.clear();
    this.requests = 0;
  }

  /** Resolves once no request has been open for `quietMs` (or after `maxMs`). */
  async quiet(quietMs = 500, maxMs = 15_000): Promise<void> {
    const started = performance.now();
    while (performance.now() - started < maxMs) {
      if (this.#inFlight === 0 && performance.now() - this.#lastActivity >= quietMs) return;
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  transfer(): Transfer {
    const bytesByKind: Partial<Record<FileKind, number>> = {};
    let bytes = 0;
    let bytesUncompressed = 0;
    for (const [path, sent] of this.#server.bytesByPath) {
      const kind = kindOf(path);
      bytesByKind[kind] = (bytesByKind[kind] ?? 0) + sent;
      bytes += sent;
      bytesUncompressed += fileBytes(this.#dist, path);
    }
    return { bytes, bytesUncompressed, requests: this.requests, bytesByKind };
  }

  paths(): string[] {
    return [...this.#server.bytesByPath.keys()];
  }

  byPath(): Record<string, number> {
    return Object.fromEntries(this.#server.bytesByPath);
  }
}

/** The status line's prompt before any words are given (src/search/page/app.ts). */
const PROMPT = 'Type a name';

interface PageTimes {
  resultsMs: number | null;
  statusMs: number | null;
}

/**
 * Runs in the page before its own scripts: notes, on `performance.now()` (from navigation
 * start), when the page first shows five results (people and articles together) or
 * announces its result in `#search-status`, whichever is first, and when it announces.
 */
const WATCH_RESULTS = (prompt: string) => {
  const times: PageTimes = { resultsMs: null, statusMs: null };
  (window as unknown as { __searchBench: PageTimes }).__searchBench = times;
  const check = () => {
    const status = document.getElementById('search-status')?.textContent?.trim() ?? '';
    const announced = status !== '' && !status.startsWith(prompt);
    const shown = document.querySelectorAll(
      '#search-people-list > li, #search-results > li',
    ).length;
    const now = performance.now();
    if (times.resultsMs === null && (shown >= 5 || announced)) times.resultsMs = now;
    if (times.statusMs === null && announced) times.statusMs = now;
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
};

/**
 * What the scope line (`scopeMessage` in src/search/page/format.ts) says of the periods
 * read and the periods with matches; `read` is null when it names a span ("2024 to 2019"),
 * `of` when there is no line (no article matches).
 * @example scopeCounts('Newest first. Searched 2024 so far, of 23 periods with matches; “Show more articles” reads on.') // { read: 1, of: 23 }
 * @example scopeCounts('Best match, from all 23 periods with matches.') // { read: 23, of: 23 }
 */
export function scopeCounts(scope: string): { read: number | null; of: number | null } {
  const complete = /, from (?:the one period|both periods|all (\d+) periods) with matches\.$/.exec(
    scope,
  );
  if (complete) {
    const of = complete[1] ? Number(complete[1]) : scope.includes('both periods') ? 2 : 1;
    return { read: of, of };
  }
  const partial = /Searched (.+) so far, of (\d+) periods/.exec(scope);
  if (partial) {
    const span = partial[1]!;
    return {
      read: span.includes(' to ') ? null : span.includes(' and ') ? 2 : 1,
      of: Number(partial[2]),
    };
  }
  return { read: null, of: null };
}

/** Article parts (ids) among the served paths: /pagefind/parts/<id>/… */
function partsAmong(paths: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const path of paths) {
    const id = /^\/pagefind\/parts\/([^/]+)\//.exec(path)?.[1];
    if (id) ids.add(id);
  }
  return [...ids];
}

async function firstSearch(
  browser: Browser,
  traffic: Traffic,
  url: string,
  query: SearchQuery,
  order: SearchOrder,
): Promise<PageQueryResult> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(WATCH_RESULTS, PROMPT);
    const page = await context.newPage();
    traffic.reset();
    await page.goto(
      `${url}/search/?q=${encodeURIComponent(query.query)}${order === 'newest' ? '' : `&sort=${order}`}`,
      { waitUntil: 'commit' },
    );
    await page.waitForFunction(
      () => (window as unknown as { __searchBench?: PageTimes }).__searchBench?.statusMs != null,
      undefined,
      { timeout: 120_000 },
    );
    await traffic.quiet();
    const seen = await page.evaluate(() => ({
      times: (window as unknown as { __searchBench: PageTimes }).__searchBench,
      status: document.getElementById('search-status')?.textContent?.trim() ?? '',
      scope: document.getElementById('search-scope')?.textContent?.trim() ?? '',
      people: document.querySelectorAll('#search-people-list > li').length,
      articles: document.querySelectorAll('#search-results > li').length,
    }));
    return {
      ...query,
      order,
      people: seen.people,
      articles: seen.articles,
      status: seen.status,
      scope: seen.scope,
      scopePeriods: scopeCounts(seen.scope),
      partsRead: partsAmong(traffic.paths()),
      timeToResultsMs: seen.times.resultsMs,
      timeToStatusMs: seen.times.statusMs,
      ...traffic.transfer(),
    };
  } finally {
    await context.close();
  }
}

/** Every query typed into one search page and submitted with Enter, each waited for. */
async function searchSession(
  browser: Browser,
  traffic: Traffic,
  url: string,
  queries: readonly SearchQuery[],
): Promise<SearchBench['session']> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    traffic.reset();
    await page.goto(`${url}/search/`, { waitUntil: 'load' });
    await waitForStatus(page, (status) => status.startsWith(PROMPT));
    for (const { query } of queries) {
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await waitForStatus(page, (status) => status.includes(`“${query.trim()}”`));
    }
    await traffic.quiet();
    return { ...traffic.transfer(), paths: traffic.paths().length };
  } finally {
    await context.close();
  }
}

async function waitForStatus(page: Page, done: (status: string) => boolean): Promise<void> {
  const deadline = performance.now() + 120_000;
  while (!done((await page.textContent('#search-status'))?.trim() ?? '')) {
    if (performance.now() > deadline)
      throw new Error(
        `search bench: #search-status still says “${await page.textContent('#search-status')}”`,
      );
    await page.waitForTimeout(50);
  }
}

async function articleWeight(
  browser: Browser,
  traffic: Traffic,
  url: string,
  path: string,
): Promise<ArticleWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    traffic.reset();
    await page.goto(`${url}${path}`, { waitUntil: 'load' });
    await traffic.quiet(300);
    return { path, ...traffic.transfer(), byPath: traffic.byPath() };
  } finally {
    await context.close();
  }
}

/** Serves `dist` with a fresh Chromium, and closes both after `run`. */
async function withSite<T>(
  dist: string,
  run: (browser: Browser, traffic: Traffic, url: string) => Promise<T>,
): Promise<T> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    return await run(browser, new Traffic(server, dist), server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The archive's first searches on its own search page, newest first (the default) and best
 * match, each query cold; then a session of every query on one page, and an article page.
 * The session runs first: it also has the server compress each text file once, as a host's
 * cache or precompressed files would, so no timed search waits on the server's brotli.
 */
export function measureSearchPage(
  dist: string,
  queries: readonly SearchQuery[],
  articlePath: string,
): Promise<SearchBench> {
  return withSite(dist, async (browser, traffic, url) => {
    const session = await searchSession(browser, traffic, url, queries);
    const newest: PageQueryResult[] = [];
    const relevance: PageQueryResult[] = [];
    for (const query of queries)
      newest.push(await firstSearch(browser, traffic, url, query, 'newest'));
    for (const query of queries)
      relevance.push(await firstSearch(browser, traffic, url, query, 'relevance'));
    const article = await articleWeight(browser, traffic, url, articlePath);
    return {
      newest,
      relevance,
      session,
      article,
      acceptEncoding: traffic.acceptEncoding,
      indexFiles: countIndexFiles(dist),
    };
  });
}

interface InPage {
  results: number;
  titles: string[];
  timeMs: number;
}

/** Runs in the page: import Pagefind, search, load five results. */
const SEARCH_IN_PAGE = async (query: string): Promise<InPage> => {
  const started = performance.now();
  const moduleUrl = '/pagefind/pagefind.js';
  const pagefind = (await import(moduleUrl)) as {
    search(q: string): Promise<{ results: { data(): Promise<{ meta: { title?: string } }> }[] }>;
  };
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  return {
    results: search.results.length,
    titles: data.map((d) => d.meta.title ?? ''),
    timeMs: performance.now() - started,
  };
};

/**
 * One Pagefind index over the whole site (the bare baseline) through Pagefind's JS API: for
 * each query, a fresh context on an article page imports pagefind.js, searches, and loads the
 * first five results' data; bytes from the import on (the article page is not counted).
 */
export function measureApiSearch(
  dist: string,
  queries: readonly SearchQuery[],
  articlePath: string,
): Promise<ApiSearchBench> {
  return withSite(dist, async (browser, traffic, url) => {
    const results: ApiQueryResult[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${url}${articlePath}`, { waitUntil: 'load' });
        await traffic.quiet(300);
        traffic.reset();
        const inPage = await page.evaluate(SEARCH_IN_PAGE, query.query);
        await traffic.quiet(300);
        results.push({
          ...query,
          results: inPage.results,
          firstTitles: inPage.titles,
          timeMs: inPage.timeMs,
          ...traffic.transfer(),
        });
      } finally {
        await context.close();
      }
    }
    return {
      queries: results,
      acceptEncoding: traffic.acceptEncoding,
      indexFiles: countIndexFiles(dist),
    };
  });
}
