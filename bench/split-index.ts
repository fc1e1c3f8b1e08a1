/**
 * Experiment for the path to 100,000 articles (BENCHMARKS.md, "Where it bends"): one Pagefind
 * index per year of articles (plus one for people and seats), merged in the browser with
 * Pagefind's multisite `mergeIndex`, against the site's single index. Measures the indexing
 * time of each part (a rebuild after new articles would re-index only the current year) and,
 * in Chromium, what a first search costs merged, searching the newest year alone, and searching
 * the newest whole years that first reach each `--recent` page count (how large one index can
 * grow within the first-search budget). Bytes as scripts/lib/static-server.ts sends them
 * (compressed text) and uncompressed.
 *
 *   node bench/split-index.ts [--dist bench/out/site-10000/dist] [--recent 2500,5000]
 *
 * Writes the indexes to <dist>/pagefind-split/<part>/ (scratch build only) and the
 * results to bench/out/split-index.json.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { EXCLUDE_SELECTORS } from '../scripts/lib/search-index.ts';
import { launchChromium } from '../tests/support/browser.ts';
import type { Manifest } from './generate.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'bench/out/site-10000/dist' }, recent: { type: 'string', default: '2500,5000' } } });
const dist = resolve(values.dist);
const splitRoot = join(dist, 'pagefind-split');

/** Article pages by year of their `<time datetime>`; people and constituency pages as "core". */
function partsOf(): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  const add = (part: string, urlPath: string) => parts.set(part, [...(parts.get(part) ?? []), urlPath]);
  for (const slug of readdirSync(join(dist, 'articles'), { withFileTypes: true })) {
    if (!slug.isDirectory()) continue;
    const html = readFileSync(join(dist, 'articles', slug.name, 'index.html'), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const article = html.slice(html.indexOf('data-pagefind-body'));
    const year = /<time[^>]*datetime="(\d{4})/.exec(article)?.[1] ?? 'undated';
    add(year, `/articles/${slug.name}/`);
  }
  for (const section of ['people', 'constituencies', 'mps']) {
    if (!existsSync(join(dist, section))) continue;
    for (const entry of readdirSync(join(dist, section), { withFileTypes: true })) {
      const file = join(dist, section, entry.name, 'index.html');
      if (entry.isDirectory() && existsSync(file) && readFileSync(file, 'utf8').includes('data-pagefind-body')) add('core', `/${section}/${entry.name}/`);
    }
  }
  return parts;
}

async function buildPart(part: string, urlPaths: readonly string[]): Promise<{ part: string; pages: number; ms: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(errors.join('\n'));
  for (const url of urlPaths) {
    const added = await index.addHTMLFile({ url, content: readFileSync(join(dist, url, 'index.html'), 'utf8') });
    if (added.errors.length > 0) throw new Error(`${url}: ${added.errors.join('; ')}`);
  }
  await index.writeFiles({ outputPath: join(splitRoot, part) });
  await index.deleteIndex();
  return { part, pages: urlPaths.length, ms: performance.now() - started };
}

interface InPage {
  results: number;
  timeMs: number;
}

const SEARCH_MERGED = async ({ primary, others, query }: { primary: string; others: string[]; query: string }): Promise<InPage> => {
  const started = performance.now();
  const pf = (await import(`${primary}pagefind.js`)) as {
    mergeIndex(url: string): Promise<void>;
    search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
  };
  for (const url of others) await pf.mergeIndex(url);
  const search = await pf.search(query);
  await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  return { results: search.results.length, timeMs: performance.now() - started };
};

/** The newest whole years whose pages together first reach `pages`: the index a "recent" search would use. */
function newestYears(parts: ReadonlyMap<string, string[]>, pages: number): string[] {
  const urls: string[] = [];
  for (const year of [...parts.keys()].filter((p) => /^\d{4}$/.test(p)).sort().reverse()) {
    if (urls.length >= pages) break;
    urls.push(...parts.get(year)!);
  }
  return urls;
}

const parts = partsOf();
const recent = new Map(values.recent.split(',').map((n) => [`recent-${n}`, newestYears(parts, Number(n))]));
rmSync(splitRoot, { recursive: true, force: true });
const built: { part: string; pages: number; ms: number }[] = [];
const started = performance.now();
for (const [part, urls] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
  built.push(await buildPart(part, urls));
  console.log(`split-index: ${part}: ${urls.length} pages in ${Math.round(built.at(-1)!.ms)} ms`);
}
const totalMs = performance.now() - started;
const recentBuilt: { part: string; pages: number; ms: number }[] = [];
for (const [part, urls] of recent) {
  recentBuilt.push(await buildPart(part, urls));
  console.log(`split-index: ${part}: ${urls.length} pages in ${Math.round(recentBuilt.at(-1)!.ms)} ms`);
}
await pagefind.close();

const corpusDir = join(dist, '../../', `corpus-${dist.match(/site-(\d+)/)?.[1] ?? ''}`);
const manifest = existsSync(join(corpusDir, 'manifest.json')) ? (JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as Manifest) : null;
const queries = [manifest?.rareNames[0] ?? 'Chadettdale', 'Liverpool Wavertree', 'vote of no confidence', 'said'];
const years = built.map((b) => b.part).filter((p) => /^\d{4}$/.test(p)).sort();
const newest = years.at(-1)!;
const server = await serveStatic(dist);
const browser = await launchChromium();
const article = `/articles/${readdirSync(join(dist, 'articles')).find((n) => !n.includes('.'))}/`;
const rows: { query: string; mode: string; results: number; timeMs: number; bytes: number; bytesUncompressed: number; requests: number }[] = [];
const fileBytes = (path: string) => (existsSync(join(dist, path)) && !path.endsWith('/') ? statSync(join(dist, path)).size : 0);
try {
  const modes = [
    { mode: 'single index (as built)', primary: '/pagefind/', others: [] as string[] },
    { mode: `${built.length} indexes merged`, primary: '/pagefind-split/core/', others: built.filter((b) => b.part !== 'core').map((b) => `/pagefind-split/${b.part}/`) },
    { mode: `newest year (${newest}) alone`, primary: `/pagefind-split/${newest}/`, others: [] as string[] },
    ...recentBuilt.map((b) => ({ mode: `newest years, ${b.pages} pages, alone`, primary: `/pagefind-split/${b.part}/`, others: [] as string[] })),
  ];
  for (const query of queries) {
    for (const { mode, primary, others } of modes) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${article}`, { waitUntil: 'load' });
      server.bytesByPath.clear();
      const r = await page.evaluate(SEARCH_MERGED, { primary, others, query });
      await page.waitForTimeout(300);
      const bytes = [...server.bytesByPath.values()].reduce((a, b) => a + b, 0);
      const bytesUncompressed = [...server.bytesByPath.keys()].reduce((n, path) => n + fileBytes(path), 0);
      rows.push({ query, mode, results: r.results, timeMs: r.timeMs, bytes, bytesUncompressed, requests: server.bytesByPath.size });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const result = { dist, date: new Date().toISOString(), totalIndexMs: totalMs, parts: built, recent: recentBuilt, rows };
writeFileSync(resolve('bench/out/split-index.json'), `${JSON.stringify(result, null, 2)}\n`);
const largest = built.reduce((a, b) => (b.pages > a.pages ? b : a));
console.log(`\nIndexing ${built.length} parts: ${(totalMs / 1000).toFixed(1)} s in all; largest part ${largest.part} (${largest.pages} pages) ${(largest.ms / 1000).toFixed(1)} s; newest year ${newest} ${((built.find((b) => b.part === newest)?.ms ?? 0) / 1000).toFixed(1)} s\n`);
console.log('| query | index | results | time to 5 results | bytes as sent | uncompressed | requests |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| \`${r.query}\` | ${r.mode} | ${r.results} | ${r.timeMs.toFixed(0)} ms | ${(r.bytes / 1024).toFixed(1)} KiB | ${(r.bytesUncompressed / 1024).toFixed(1)} KiB | ${r.requests} |`);
