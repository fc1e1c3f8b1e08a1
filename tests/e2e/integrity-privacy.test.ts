import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { builtSite } from '../support/built-site.ts';
import { PagePool } from '../support/page-pool.ts';
import { thirdPartyFetches } from '../support/third-party.ts';

/**
 * Gate 5, privacy: no page makes the reader's browser contact any host but the site's
 * own. Every page is loaded with every request watched (anything else is recorded and
 * blocked), and its markup is read for fetches a load would not show. The CSP is
 * bypassed here, so this gate holds even if the CSP gate were weakened.
 */
const site = builtSite();
const origin = new URL(site.baseUrl).origin;
/** Off-site requests by the tab that made them (a worker's or an unknown one's under null). */
const offsite = new Map<Page | null, string[]>();
const record = (page: Page | null, url: string) =>
  offsite.set(page, [...(offsite.get(page) ?? []), url]);
let browser: Browser;
let pool: PagePool;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    let from: Page | null = null;
    try {
      from = route.request().frame().page();
    } catch {
      // a request from a worker, or a navigation before its frame exists
    }
    record(from, url.href);
    return route.abort('blockedbyclient');
  });
  pool = await PagePool.open(context);
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent('no request leaves the site', () => {
  test.each(site.pages.map((p) => [p.urlPath, p] as const))('%s', async (_path, sitePage) => {
    const url = site.urlOf(sitePage);
    expect(thirdPartyFetches(site.html.get(sitePage.file)!, url)).toEqual([]);
    const requested = await pool.use(async (page) => {
      offsite.delete(page);
      await page.goto(url, { waitUntil: 'load' });
      // A redirect page sends the browser on at once: watch the page it leads to load too.
      if (site.redirects.has(sitePage.file))
        await page.waitForURL((u) => u.pathname !== sitePage.urlPath, { waitUntil: 'load' });
      // Lazy images and frames load only near the viewport: load them all now.
      await page.evaluate(async () => {
        const lazy = [
          ...document.querySelectorAll<HTMLImageElement | HTMLIFrameElement>('[loading="lazy"]'),
        ];
        for (const element of lazy) element.loading = 'eager';
        await Promise.all(
          lazy.map((e) => (e instanceof HTMLImageElement ? e.decode().catch(() => {}) : undefined)),
        );
      });
      await page.waitForLoadState('load');
      return [...(offsite.get(page) ?? []), ...(offsite.get(null) ?? [])];
    });
    expect(requested).toEqual([]);
  });
});

test('the watch works: a request to another host is seen and blocked', async () => {
  const seen = await pool.use(async (page) => {
    offsite.delete(page);
    await page.goto(`${site.baseUrl}/`);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://tracker.invalid/pixel.gif';
      img.alt = '';
      document.body.append(img);
      return new Promise((done) => img.addEventListener('error', done));
    });
    return offsite.get(page) ?? [];
  });
  expect(seen).toEqual(['https://tracker.invalid/pixel.gif']);
});
