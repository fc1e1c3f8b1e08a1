import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { builtSite } from '../support/built-site.ts';
import { crawlSameOrigin } from '../support/crawl.ts';
import { PagePool } from '../support/page-pool.ts';

/**
 * Gate 4, no JavaScript needed: with JavaScript off, following links from the home page
 * reaches every article and every page about people, MPs and constituencies that the
 * build wrote (the expected set comes from dist/, so new pages are expected at once).
 */
const MUST_BE_REACHABLE = [
  /^\/articles\/[^/]+\/$/,
  /^\/people\//,
  /^\/mps\//,
  /^\/constituencies\//,
];

const site = builtSite();
let browser: Browser;
let pool: PagePool;

beforeAll(async () => {
  browser = await launchChromium();
  pool = await PagePool.open(await browser.newContext({ javaScriptEnabled: false }));
});
afterAll(async () => {
  await browser?.close();
});

test('every article and every people, MP and constituency page is reachable by links alone', async () => {
  const expected = site.readablePages
    .map((p) => p.urlPath)
    .filter((path) => MUST_BE_REACHABLE.some((pattern) => pattern.test(path)))
    .sort();
  expect(expected.length, 'the build has article pages').toBeGreaterThan(0);

  const { reached, errors } = await crawlSameOrigin(pool, site.baseUrl, '/');
  expect(errors, 'links that lead to an error page').toEqual([]);
  expect(
    expected.filter((path) => !reached.has(path)),
    'pages no link leads to',
  ).toEqual([]);
}, 600_000);

test('the crawl really runs without JavaScript', async () => {
  // With scripting off, the parser reads <noscript> content as elements, not text.
  const scripting = await pool.use(async (page) => {
    await page.goto(`${site.baseUrl}/`);
    return page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<noscript><p>no script</p></noscript>';
      return probe.querySelector('noscript p') === null;
    });
  });
  expect(scripting).toBe(false);
});
