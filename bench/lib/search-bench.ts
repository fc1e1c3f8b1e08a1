/**
 * Search and page weight in Chromium against a built site: for each query, a fresh browser
 * context (empty cache) on an article page loads Pagefind's JS API (/pagefind/pagefind.js),
 * searches, and loads the first five results' data. Bytes are counted at the server
 * (scripts/lib/static-server.ts `bytesByPath`), because Pagefind fetches from a worker too,
 * as that server sends them: text compressed with brotli or gzip as Chromium accepts it,
 * Pagefind's own gzipped index files as they are; the same files uncompressed beside them.
 */
import { statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../../tests/support/browser.ts';
import type { Manifest } from '../generate.ts';

/** The benchmark's queries: a name in one article, a seat, a phrase, and a word on nearly every page. */
export function searchQueries(manifest: Manifest): { label: string; query: string }[] {
  const seats = Object.entries(manifest.seats).sort(([, a], [, b]) => b - a);
  const seat = (seats[Math.floor(seats.length / 2)] ?? seats[0])?.[0] ?? 'Canterbury';
  return [
    { label: 'rare name (one article)', query: manifest.rareNames[0] ?? 'Chadettdale' },
    { label: 'a seat', query: seat },
    { label: 'a phrase', query: 'vote of no confidence' },
    { label: 'a word on nearly every page', query: 'said' },
  ];
}

export interface QueryResult {
  label: string;
  query: string;
  results: number;
  firstTitles: string[];
  /** From the first `import()` of pagefind.js to the fifth result's data, in the page. */
  timeMs: number;
  /** Bytes as the compressing server sent them. */
  bytes: number;
  /** The same files as they are on disk (Pagefind's index files are gzipped by Pagefind already). */
  bytesUncompressed: number;
  requests: number;
  /** Bytes as sent, by kind: script, wasm, meta, index, fragment, filter, other. */
  bytesByKind: Record<string, number>;
}

export interface SearchBench {
  queries: QueryResult[];
  /** All the queries one after another in one context: what a reader's session costs. */
  session: { bytes: number; bytesUncompressed: number; requests: number };
  /** The article page alone: bytes as sent and uncompressed, per path as sent. */
  article: { path: string; bytes: number; bytesUncompressed: number; requests: number; byPath: Record<string, number> };
  /** What Chromium asked for (`Accept-Encoding`), so the bytes can be read. */
  acceptEncoding: string;
  pagefindFiles: { fragments: number; indexChunks: number; filterChunks: number };
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

function kindOf(path: string): string {
  if (!path.startsWith('/pagefind/')) return 'other';
  if (path.endsWith('.js')) return 'script';
  if (path.includes('wasm')) return 'wasm';
  if (path.endsWith('.pf_meta') || path.endsWith('entry.json')) return 'meta';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_fragment')) return 'fragment';
  if (path.endsWith('.pf_filter')) return 'filter';
  return 'other';
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
  return { results: search.results.length, titles: data.map((d) => d.meta.title ?? ''), timeMs: performance.now() - started };
};

export async function measureSearch(
  dist: string,
  queries: readonly { label: string; query: string }[],
  articlePath: string,
  countFiles: (dir: string) => number,
): Promise<SearchBench> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const sum = () => [...server.bytesByPath.values()].reduce((a, b) => a + b, 0);
  const sumUncompressed = () => [...server.bytesByPath.keys()].reduce((n, path) => n + fileBytes(dist, path), 0);
  let acceptEncoding = '';
  server.server.on('request', (request: IncomingMessage) => {
    acceptEncoding = String(request.headers['accept-encoding'] ?? '');
  });
  try {
    const results: QueryResult[] = [];
    for (const { label, query } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${articlePath}`, { waitUntil: 'load' });
      server.bytesByPath.clear();
      const inPage = await page.evaluate(SEARCH_IN_PAGE, query);
      await page.waitForTimeout(300); // anything Pagefind prefetches after the results
      const bytesByKind: Record<string, number> = {};
      for (const [path, bytes] of server.bytesByPath) bytesByKind[kindOf(path)] = (bytesByKind[kindOf(path)] ?? 0) + bytes;
      results.push({
        label,
        query,
        results: inPage.results,
        firstTitles: inPage.titles,
        timeMs: inPage.timeMs,
        bytes: sum(),
        bytesUncompressed: sumUncompressed(),
        requests: server.bytesByPath.size,
        bytesByKind,
      });
      await context.close();
    }

    const sessionContext = await browser.newContext();
    const sessionPage = await sessionContext.newPage();
    await sessionPage.goto(`${server.url}${articlePath}`, { waitUntil: 'load' });
    server.bytesByPath.clear();
    for (const { query } of queries) await sessionPage.evaluate(SEARCH_IN_PAGE, query);
    await sessionPage.waitForTimeout(300);
    const session = { bytes: sum(), bytesUncompressed: sumUncompressed(), requests: server.bytesByPath.size };
    await sessionContext.close();

    const articleContext = await browser.newContext();
    const articlePage = await articleContext.newPage();
    server.bytesByPath.clear();
    await articlePage.goto(`${server.url}${articlePath}`, { waitUntil: 'load' });
    await articlePage.waitForTimeout(300);
    const byPath = Object.fromEntries(server.bytesByPath);
    const article = { path: articlePath, bytes: sum(), bytesUncompressed: sumUncompressed(), requests: server.bytesByPath.size, byPath };
    await articleContext.close();

    return {
      queries: results,
      session,
      article,
      acceptEncoding,
      pagefindFiles: {
        fragments: countFiles(join(dist, 'pagefind/fragment')),
        indexChunks: countFiles(join(dist, 'pagefind/index')),
        filterChunks: countFiles(join(dist, 'pagefind/filter')),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
