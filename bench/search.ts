/**
 * The benchmark's search measurement through Pagefind's JS API (bench/lib/search-bench.ts
 * `measureApiSearch`), against a site with one Pagefind index over everything, such as the
 * bare baseline (the archive's own search is measured on its page: bench/search-page.ts):
 *
 *   node bench/search.ts --dist bench/out/baseline-10000/dist --manifest bench/out/corpus-10000/manifest.json [--article /articles/x/]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest } from './generate.ts';
import { measureApiSearch, searchQueries } from './lib/search-bench.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string' }, manifest: { type: 'string' }, article: { type: 'string' } },
});
if (!values.dist || !values.manifest) {
  console.error('usage: node bench/search.ts --dist DIR --manifest FILE [--article PATH]');
  process.exit(2);
}
const dist = resolve(values.dist);
const manifest = JSON.parse(readFileSync(values.manifest, 'utf8')) as Manifest;
const article =
  values.article ??
  `/articles/${readdirSync(join(dist, 'articles')).find((n) => !n.includes('.'))}/`;
const result = await measureApiSearch(dist, searchQueries(manifest), article);
console.log(`Accept-Encoding: ${result.acceptEncoding}\n`);
console.log(
  '| query | results | time to 5 results | bytes as sent | uncompressed | requests | pagefind.js | wasm | meta | index | fragments |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const q of result.queries) {
  console.log(
    `| ${q.label}: \`${q.query}\` | ${q.results} | ${q.timeMs.toFixed(0)} ms | ${(q.bytes / 1024).toFixed(1)} KiB | ${(q.bytesUncompressed / 1024).toFixed(1)} KiB | ${q.requests} | ${(['script', 'wasm', 'meta', 'index', 'fragment'] as const).map((k) => ((q.bytesByKind[k] ?? 0) / 1024).toFixed(1)).join(' | ')} |`,
  );
}
const f = result.indexFiles;
console.log(
  `\nIndex files: ${f.parts} part(s), ${f.indexChunks} index chunks, ${f.fragments} fragments, ${f.filterChunks} filter chunks`,
);
