import type { Page } from 'playwright-core';
import type { PagePool } from './page-pool.ts';

export interface CrawlResult {
  /** URL paths reached, with the status each answered. */
  reached: Map<string, number>;
  /** Links that led to an error status: `from -> to (status)`. */
  errors: string[];
}

/**
 * Follows same-origin `<a href>` links from `start`, as a reader (or a search engine)
 * without JavaScript would, using every tab of the pool at once. Fragments and queries
 * are dropped; non-HTML responses are recorded but not read.
 */
export function crawlSameOrigin(
  pool: PagePool,
  baseUrl: string,
  start = '/',
): Promise<CrawlResult> {
  const origin = new URL(baseUrl).origin;
  const reached = new Map<string, number>();
  const errors: string[] = [];
  const seen = new Set([start]);
  const queue: Array<{ path: string; from: string }> = [{ path: start, from: '(start)' }];

  async function visit(page: Page, { path, from }: { path: string; from: string }): Promise<void> {
    let response;
    try {
      response = await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
    } catch (error) {
      // A file the browser downloads (a PDF, a CSV) is reached; anything else is an error.
      if (/download is starting/i.test(String(error))) reached.set(path, 200);
      else errors.push(`${from} -> ${path} (${String(error).split('\n')[0]})`);
      return;
    }
    const status = response?.status() ?? 0;
    const finalPath = new URL(page.url()).pathname;
    reached.set(path, status);
    reached.set(finalPath, status);
    if (status >= 400) errors.push(`${from} -> ${path} (${status})`);
    if (!(response?.headers()['content-type'] ?? '').startsWith('text/html')) return;
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      queue.push({ path: url.pathname, from: finalPath });
    }
  }

  return new Promise((resolve, reject) => {
    let inFlight = 0;
    const pump = () => {
      while (queue.length > 0 && inFlight < pool.size) {
        const item = queue.shift()!;
        inFlight++;
        pool
          .use((page) => visit(page, item))
          .then(() => {
            inFlight--;
            pump();
          }, reject);
      }
      if (queue.length === 0 && inFlight === 0) resolve({ reached, errors });
    };
    pump();
  });
}
