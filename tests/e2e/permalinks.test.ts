import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSiteCopy } from '../support/site-copy.ts';

/**
 * An editor renames an article's slug in the permalink registry, keeping the old
 * one in `redirectFrom`: the old URL must still lead readers to the article.
 */
const OLD = 'labour-row-erupts-over-no-confidence-vote-in-luciana-berger';
const NEW = 'labour-row-over-no-confidence-vote-in-luciana-berger';
let server: { url: string };
let browser: Browser;
useSiteCopy(
  () => {
    const registry = JSON.parse(readFileSync('src/data/permalinks.json', 'utf8'));
    registry['001_d840d03a09efda8c.txt'] = { slug: NEW, redirectFrom: [OLD] };
    return { files: { 'src/data/permalinks.json': JSON.stringify(registry, null, 2) } };
  },
  (site) => {
    server = site;
    browser = site.browser;
  },
);

describe('a renamed slug', () => {
  test('serves the article at its new URL', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/articles/${NEW}/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe(
      'Labour row erupts over no confidence vote in Luciana Berger',
    );
  });

  test('leaves a redirect page at the old URL that takes the reader there', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/articles/${OLD}/`);
    await page.waitForURL(`${server.url}/articles/${NEW}/`);
    expect(await page.locator('h1').innerText()).toBe(
      'Labour row erupts over no confidence vote in Luciana Berger',
    );
  });

  test('the redirect page works without JavaScript and names its target', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.request.get(`${server.url}/articles/${OLD}/`);
    const html = await response.text();
    expect(html).toContain(`/articles/${NEW}/`);
    expect(html).toMatch(/http-equiv="refresh"/);
    await context.close();
  });
});
