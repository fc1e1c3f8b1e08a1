/**
 * The benchmark's first-search measurement on its own (bench/lib/search-bench.ts
 * `measureSearchPage`), against a built site: each query on the site's /search/ page in a
 * fresh Chromium context, newest first and best match, printing the tables bench/run.ts
 * writes into BENCHMARKS.md.
 *
 *   node bench/search-page.ts [DIST] [QUERY…]
 *
 * DIST defaults to bench/out/site-10000/dist; the queries to the benchmark's four, taken from
 * the corpus manifest beside the site (<out>/corpus-N/manifest.json for <out>/site-N/dist).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Manifest } from './generate.ts';
import { renderSearch } from './lib/report.ts';
import { measureSearchPage, type SearchQuery, searchQueries } from './lib/search-bench.ts';

const dist = resolve(process.argv[2] ?? 'bench/out/site-10000/dist');
const given = process.argv.slice(3);
const n = /^site-(\d+)/.exec(basename(dirname(dist)))?.[1];
const manifestFile = n ? join(dirname(dirname(dist)), `corpus-${n}`, 'manifest.json') : null;

let queries: SearchQuery[];
if (given.length > 0) queries = given.map((query) => ({ label: '', query }));
else if (manifestFile && existsSync(manifestFile))
  queries = searchQueries(JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest);
else {
  console.error(`search-page: no corpus manifest beside ${dist}; give the queries after DIST`);
  process.exit(2);
}

// The article in the middle of the ingest's order, as run.ts takes it; else the middle slug.
const ingestReport = join(dirname(dist), 'src/content/ingest-report.json');
const slugs = existsSync(ingestReport)
  ? (
      JSON.parse(readFileSync(ingestReport, 'utf8')) as { articles: { slug: string }[] }
    ).articles.map((a) => a.slug)
  : readdirSync(join(dist, 'articles'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
const result = await measureSearchPage(
  dist,
  queries,
  `/articles/${slugs[Math.floor(slugs.length / 2)]}/`,
);
console.log(renderSearch(result, n ? Number(n) : null).join('\n'));
