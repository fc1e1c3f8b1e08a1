/**
 * The benchmark's search measurement on its own, against any built site (e.g. a baseline):
 *   node bench/search.ts --dist bench/out/baseline-10000/dist --manifest bench/out/corpus-10000/manifest.json [--article /articles/x/]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest } from './generate.ts';
import { measureSearch, searchQueries } from './lib/search-bench.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, manifest: { type: 'string' }, article: { type: 'string' } } });
if (!values.dist || !values.manifest) {
  console.error('usage: node bench/search.ts --dist DIR --manifest FILE [--article PATH]');
  process.exit(2);
}
const dist = resolve(values.dist);
const manifest = JSON.parse(readFileSync(values.manifest, 'utf8')) as Manifest;
const article = values.article ?? `/articles/${readdirSync(join(dist, 'articles')).find((n) => !n.includes('.'))}/`;
const result = await measureSearch(dist, searchQueries(manifest), article, (dir) => {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
});
console.log(`Accept-Encoding: ${result.acceptEncoding}\n`);
console.log('| query | results | time to 5 results | bytes as sent | uncompressed | requests | pagefind.js | wasm | meta | index | fragments |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const q of result.queries) {
  console.log(`| ${q.label}: \`${q.query}\` | ${q.results} | ${q.timeMs.toFixed(0)} ms | ${(q.bytes / 1024).toFixed(1)} KiB | ${(q.bytesUncompressed / 1024).toFixed(1)} KiB | ${q.requests} | ${['script', 'wasm', 'meta', 'index', 'fragment'].map((k) => ((q.bytesByKind[k] ?? 0) / 1024).toFixed(1)).join(' | ')} |`);
}
console.log(`\nSession (all queries in one page): ${(result.session.bytes / 1024).toFixed(1)} KiB as sent, ${(result.session.bytesUncompressed / 1024).toFixed(1)} KiB uncompressed; article page ${result.article.path}: ${(result.article.bytes / 1024).toFixed(1)} KiB as sent, ${(result.article.bytesUncompressed / 1024).toFixed(1)} KiB uncompressed`);
