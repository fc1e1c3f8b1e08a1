/**
 * How many pages a query finds in the index parts the search page reads, against one
 * Pagefind index over the same pages (what the archive built before its index was cut into
 * parts). Pagefind matches a word's extensions only within the index chunk it loads for the
 * word, so the two differ for short words at scale (docs/search.md, BENCHMARKS.md).
 *
 *   node bench/whole-index.ts [DIST] [QUERY…]   (default: bench/out/site-10000/dist and the benchmark's queries)
 *
 * Builds the single index into DIST/pagefind-whole/ (removed afterwards), then in Chromium
 * counts each query's results there and over every part that holds its words (best match).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { EXCLUDE_SELECTORS } from '../scripts/search-index/index-parts.ts';
import { serveStatic } from '../scripts/serve/static-server.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { candidatePartIds, pagefindSearch } from '../tests/support/search.ts';

const dist = process.argv[2] ?? 'bench/out/site-10000/dist';
const queries =
  process.argv.length > 3
    ? process.argv.slice(3)
    : [
        'Adam Ashettworth',
        'Dudley North',
        'vote of no confidence',
        '"vote of no confidence"',
        'said',
        'no',
        'vote',
      ];
const whole = join(dist, 'pagefind-whole');

const started = Date.now();
const { index } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
if (!index) throw new Error('Pagefind createIndex returned no index');
const added = await index.addDirectory({
  path: dist,
  glob: '{articles,people,constituencies}/*/index.html',
});
await index.writeFiles({ outputPath: whole });
await pagefind.close();
console.log(
  `one index over ${added.page_count} pages built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  console.log(
    '| query | parts holding every word | pages found in those parts | pages found in one index |',
  );
  console.log('| --- | ---: | ---: | ---: |');
  for (const query of queries) {
    const parts = await pagefindSearch(page, dist, query, { limit: 0 });
    const one = (await page.evaluate(`(async (q) => {
      const { createInstance } = await import('/pagefind/pagefind.js');
      window.__whole ??= createInstance({ basePath: '/pagefind-whole/' });
      return (await window.__whole.search(q)).results.length;
    })(${JSON.stringify(query)})`)) as number;
    console.log(
      `| \`${query}\` | ${(await candidatePartIds(dist, query)).length} | ${parts.count} | ${one} |`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(whole, { recursive: true, force: true });
}
