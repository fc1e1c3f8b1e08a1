/**
 * Checks the built site's weight budgets and prints every article's size:
 *   node scripts/checks/check-budgets.ts [--dir dist] [--allow scripts/checks/js-allowlist.json]
 * Exits 1 when an article page with its CSS is over 14 KB gzipped, or when a page outside
 * /search/ ships JavaScript that the allow-list does not name.
 */
import { parseArgs } from 'node:util';
import {
  ARTICLE_BUDGET_BYTES,
  isArticlePage,
  javascriptIn,
  jsAllowance,
  pageWeight,
  readJsAllowList,
} from './budgets.ts';
import { listSitePages, readSitePages } from '../site/site-files.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    allow: { type: 'string', default: 'scripts/checks/js-allowlist.json' },
  },
});
const pages = listSitePages(values.dir);
const html = readSitePages(values.dir, pages);
const allowList = readJsAllowList(values.allow);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
let failures = 0;

console.log(`Article pages, HTML + linked CSS, gzipped (budget ${kb(ARTICLE_BUDGET_BYTES)}):`);
for (const page of pages.filter((p) => isArticlePage(p.urlPath))) {
  const weight = pageWeight(values.dir, page.file, html.get(page.file)!);
  const over = weight.total > ARTICLE_BUDGET_BYTES;
  if (over) failures++;
  const css = weight.css.map((c) => `${c.href} ${kb(c.gzip)}`).join(', ') || 'no linked CSS';
  console.log(
    `  ${over ? 'OVER' : 'ok  '} ${kb(weight.total).padStart(8)}  ${page.urlPath} (HTML ${kb(weight.htmlGzip)}; ${css})`,
  );
}

console.log('JavaScript outside /search/:');
let shipping = 0;
for (const page of pages) {
  const scripts = javascriptIn(html.get(page.file)!);
  if (scripts.length === 0) continue;
  shipping++;
  const allowance = jsAllowance(page.urlPath, allowList);
  if (allowance === null) failures++;
  const why =
    allowance === null
      ? 'NOT ALLOWED'
      : allowance === 'search'
        ? 'search page'
        : `allowed: ${allowance.reason}`;
  console.log(`  ${page.urlPath}: ${scripts.join(', ')} (${why})`);
}
if (shipping === 0) console.log('  none');

console.log(
  failures === 0
    ? 'budgets: every page within budget'
    : `budgets: ${failures} page(s) over budget or shipping JavaScript not allowed`,
);
process.exitCode = failures === 0 ? 0 : 1;
