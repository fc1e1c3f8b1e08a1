/**
 * The site's own search page, `/search/?q=…`, against a built site: for each query, a fresh
 * browser context (cold cache) loads the page as a reader would, waits for the results, and
 * counts the bytes the server sent (compressed as sent, and the files' uncompressed size).
 * bench/run.ts measures Pagefind's JS API with five results; the page shows twenty results,
 * and loads the filter counts after them where the filters are open beside the results (a
 * wide screen), not on a phone until the reader opens them: so this is what a reader's first
 * search costs, on each.
 *
 *   node bench/search-page.ts [DIST] [QUERY…]   (default: bench/out/site-10000/dist and the benchmark's four queries)
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { launchChromium } from '../tests/support/browser.ts';
const dist = process.argv[2] ?? 'bench/out/site-10000/dist';
const queries = process.argv.length > 3 ? process.argv.slice(3) : ['Adam Ashettworth', 'Dudley North', 'vote of no confidence', 'said'];
const server = await serveStatic(dist);
const browser = await launchChromium();
const kind = (p: string) => !p.startsWith('/pagefind/') ? 'page' : p.endsWith('.js') ? 'script' : p.includes('wasm') ? 'wasm' : p.endsWith('pf_meta') || p.endsWith('.json') ? 'meta' : p.split('.').at(-1)!.replace('pf_', '');
const size = (p: string) => { try { return statSync(join(dist, p.endsWith('/') ? p + 'index.html' : p)).size; } catch { return 0; } };
const viewports = [
  { name: 'phone', viewport: { width: 375, height: 800 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
];
console.log('| query | screen | results shown | bytes as sent | uncompressed | requests | page (html/css/js) | pagefind js | wasm | meta | index | fragment | filter |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const q of queries) for (const { name, viewport } of viewports) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  server.bytesByPath.clear();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'load' });
  await page.waitForSelector('#search-results li', { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(1500);
  const shown = await page.locator('#search-results > li').count();
  const by: Record<string, number> = {};
  for (const [p, b] of server.bytesByPath) by[kind(p)] = (by[kind(p)] ?? 0) + b;
  const sent = [...server.bytesByPath.values()].reduce((a, b) => a + b, 0);
  const raw = [...server.bytesByPath.keys()].reduce((a, p) => a + size(p), 0);
  const k = (n: string) => ((by[n] ?? 0) / 1024).toFixed(1);
  console.log(`| \`${q}\` | ${name} | ${shown} | ${(sent / 1024).toFixed(1)} KiB | ${(raw / 1024).toFixed(1)} KiB | ${server.bytesByPath.size} | ${k('page')} | ${k('script')} | ${k('wasm')} | ${k('meta')} | ${k('index')} | ${k('fragment')} | ${k('filter')} |`);
  await context.close();
}
await browser.close();
await server.close();
