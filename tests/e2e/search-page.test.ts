import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { readIngestedArticles } from '../support/articles.ts';
import { axeViolations, installAxe } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { pagefindFilterTotals, pagefindSearch } from '../support/search.ts';

/**
 * The search page, /search/, as a reader uses it in Chromium: results as you type, filters
 * and sort that narrow the results and go into the URL, shareable URLs, the back button,
 * highlighted words on the article a result leads to, the header's search form, and an
 * explanation with links when JavaScript is off. Every page is watched for console
 * errors and CSP violations (Pagefind runs under the site's policy).
 */
const baseUrl = inject('baseUrl');
const articles = readIngestedArticles();

let browser: Browser;
let context: BrowserContext;
/** Console errors and warnings, uncaught exceptions and CSP violations seen by the current test. */
let problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`));
  });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
  problems = [];
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${baseUrl}${path}`);
  return page;
}

const status = (page: Page) => page.locator('#search-status');
const resultLinks = (page: Page) => page.locator('#search-results > li h3 a');
const query = (page: Page) => new URL(page.url()).searchParams;
/** Waits until the live region announces a finished search matching `pattern`. */
const announced = (page: Page, pattern: RegExp) => expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(pattern);

describe('searching', () => {
  test('results appear as you type, and the URL follows', async () => {
    const page = await open('/search/');
    const input = page.getByLabel('Search for an MP, a constituency or any words');
    await expect.poll(() => input.isVisible()).toBe(true);
    await input.pressSequentially('Berger', { delay: 60 });
    await announced(page, /^\d+ results? for “Berger”\.$/);
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    expect(query(page).get('q')).toBe('Berger');
    // Each result shows its type, and articles their date.
    const meta = await page.locator('#search-results > li .meta').allTextContents();
    expect(meta.every((m) => /^(Article|Person|Constituency)/.test(m))).toBe(true);
    expect(await page.locator('#search-results .excerpt mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('loading /search/?q=… runs the search, and a result link carries the words to the article', async () => {
    const page = await open('/search/?q=deselection');
    await announced(page, /results? for “deselection”/);
    expect(await page.locator('#search-q').inputValue()).toBe('deselection');
    const first = resultLinks(page).first();
    const href = (await first.getAttribute('href'))!;
    expect(new URL(href, baseUrl).searchParams.getAll('highlight')).toEqual(['deselection']);
    await first.click();
    await page.waitForURL(/\/articles\//);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await page.locator('mark.pagefind-highlight').first().textContent())!.toLowerCase()).toContain('deselection');
    await page.close();
  });

  test('the back button restores the previous search', async () => {
    const page = await open('/search/?q=Corbyn');
    await announced(page, /for “Corbyn”/);
    const input = page.locator('#search-q');
    await input.fill('');
    await input.pressSequentially('Wavertree', { delay: 40 });
    await announced(page, /for “Wavertree”/);
    expect(query(page).get('q')).toBe('Wavertree');
    await page.goBack();
    await announced(page, /for “Corbyn”/);
    expect(query(page).get('q')).toBe('Corbyn');
    expect(await input.inputValue()).toBe('Corbyn');
    await page.goForward();
    await announced(page, /for “Wavertree”/);
    await page.close();
  });

  test('the order can be by date, newest first, and is kept in the URL', async () => {
    const page = await open('/search/?q=Labour');
    await announced(page, /for “Labour”/);
    await page.getByLabel('Order').selectOption('newest');
    await expect.poll(() => query(page).get('sort')).toBe('newest');
    const titles = await resultLinks(page).allTextContents();
    const dated = articles.filter((a) => a.data.date !== null).sort((a, b) => b.data.date!.localeCompare(a.data.date!) || a.data.title.localeCompare(b.data.title));
    const order = titles.map((t) => dated.findIndex((a) => a.data.title === t));
    expect(order.every((i) => i >= 0), 'date order lists articles only').toBe(true);
    const dates = order.map((i) => dated[i]!.data.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    await expect.poll(() => page.locator('#search-sort-note').isVisible()).toBe(true);
    await page.close();
  });
});

describe('filters', () => {
  const checkbox = (page: Page, legend: string, value: string) =>
    page.getByRole('group', { name: legend }).getByRole('checkbox', { name: new RegExp(`^${value.replace(/[()]/g, '\\$&')} \\(\\d+\\)$`) });

  test('by year: narrows the results, updates the URL, and counts the other years', async () => {
    const year = articles[0]!.data.date!.slice(0, 4);
    const expected = articles.filter((a) => a.data.date?.startsWith(year)).map((a) => a.data.title).sort();
    const page = await open('/search/?q=Labour');
    await announced(page, /for “Labour”\./);
    const before = await resultLinks(page).count();
    await checkbox(page, 'Year', year).check();
    await announced(page, /with the chosen filters/);
    expect(query(page).getAll('year')).toEqual([year]);
    const titles = (await resultLinks(page).allTextContents()).sort();
    expect(titles.length).toBeLessThan(before);
    expect(titles.every((t) => expected.includes(t))).toBe(true);
    // The other years keep their counts, so a second year can be added.
    expect(await page.getByRole('group', { name: 'Year' }).getByRole('checkbox').count()).toBeGreaterThan(1);
    await checkbox(page, 'Year', year).uncheck();
    await announced(page, /for “Labour”\.$/);
    expect(query(page).has('year')).toBe(false);
    await page.close();
  });

  test('by publication: narrows the results and updates the URL', async () => {
    const { name } = articles[0]!.data.publication;
    const page = await open('/search/?q=Labour');
    await announced(page, /for “Labour”\./);
    await checkbox(page, 'Publication', name).check();
    await announced(page, /with the chosen filters/);
    expect(query(page).getAll('publication')).toEqual([name]);
    const meta = await page.locator('#search-results > li .meta').allTextContents();
    expect(meta.length).toBeGreaterThan(0);
    expect(meta.every((m) => m.includes(name))).toBe(true);
    await page.close();
  });

  test('by result type, from a shared URL: /search/?q=…&type=…', async () => {
    const page = await open('/search/?q=Labour&type=Article');
    await announced(page, /with the chosen filters/);
    expect(await checkbox(page, 'Result type', 'Articles').isChecked()).toBe(true);
    const meta = await page.locator('#search-results > li .meta').allTextContents();
    expect(meta.every((m) => m.startsWith('Article'))).toBe(true);
    await page.close();
  });

  test('by person, once people are indexed: narrows to the pages that name them', async () => {
    const page = await open('/search/');
    const people = (await pagefindFilterTotals(page))['person'] ?? {};
    const [name] = Object.entries(people).sort(([, a], [, b]) => b - a)[0] ?? [];
    if (name === undefined) {
      console.log('search-page: skipped the person filter (no person filter in the index yet)');
      await page.close();
      return;
    }
    const expected = await pagefindSearch(page, 'Labour', { filters: { person: { any: [name] } } });
    await page.goto(`${baseUrl}/search/?q=Labour`);
    await announced(page, /for “Labour”\./);
    const before = await resultLinks(page).count();
    await checkbox(page, 'Person', name).check();
    await announced(page, /with the chosen filters/);
    expect(query(page).getAll('person')).toEqual([name]);
    expect(await resultLinks(page).count()).toBe(Math.min(expected.count, 20));
    expect(expected.count).toBeLessThanOrEqual(before);
    await page.close();
  });

  test('long lists come 20 at a time, with a button for more that moves focus to the first new result', async () => {
    const page = await open('/search/');
    const totals = await pagefindFilterTotals(page);
    const [type, count] = Object.entries(totals['type'] ?? {}).sort(([, a], [, b]) => b - a)[0] ?? ['', 0];
    if (count <= 20) {
      console.log(`search-page: skipped "show more" (no result type has over 20 pages yet; the largest, ${type}, has ${count})`);
      await page.close();
      return;
    }
    await page.goto(`${baseUrl}/search/?type=${encodeURIComponent(type)}`);
    await announced(page, new RegExp(`^${count} pages match`));
    expect(await resultLinks(page).count()).toBe(20);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => resultLinks(page).count()).toBe(Math.min(count, 40));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await resultLinks(page).nth(20).textContent());
    await page.close();
  });

  test('on a phone the filters fold away above the results, and open from their summary', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/search/?q=Labour`);
    await announced(page, /for “Labour”/);
    const panel = page.locator('#search-filters-panel');
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.getByText('Filter results', { exact: true }).click();
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.getByRole('group', { name: 'Year' }).isVisible()).toBe(true);
    await phone.close();
  });

  test("on a phone the filters' counts are fetched only when the reader opens them; on a wide screen, after the results", async () => {
    // A server of this test's own, to see every file Pagefind fetches (from its worker too).
    const server = await serveStatic(inject('distDir'));
    const filterFiles = () => [...server.bytesByPath.keys()].filter((path) => path.startsWith('/pagefind/filter/'));
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const wide = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await phone.newPage();
      await page.goto(`${server.url}/search/?q=Labour`);
      await announced(page, /for “Labour”/);
      expect(await resultLinks(page).count()).toBeGreaterThan(0);
      expect(filterFiles()).toEqual([]);
      await page.getByText('Filter results', { exact: true }).click();
      await expect.poll(() => page.getByRole('group', { name: 'Result type' }).getByRole('checkbox').count()).toBeGreaterThan(0);
      expect(filterFiles().length).toBeGreaterThan(0);

      server.bytesByPath.clear();
      const desktop = await wide.newPage();
      await desktop.goto(`${server.url}/search/?q=Labour`);
      await announced(desktop, /for “Labour”/);
      await expect.poll(() => desktop.getByRole('group', { name: 'Result type' }).getByRole('checkbox').count()).toBeGreaterThan(0);
      expect(filterFiles().length).toBeGreaterThan(0);
    } finally {
      await phone.close();
      await wide.close();
      await server.close();
    }
  });

  test('filters alone list pages, with no words', async () => {
    const page = await open('/search/?type=Article');
    await announced(page, new RegExp(`^${articles.length} pages match the chosen filters\\.$`));
    await page.close();
  });
});

describe('keyboard and assistive technology', () => {
  test('everything is reachable by keyboard, with a labelled box and a polite live region', async () => {
    const page = await open('/search/?q=Labour');
    await announced(page, /for “Labour”/);
    expect(await status(page).getAttribute('role')).toBe('status');
    expect(await page.getByRole('search', { name: 'Archive' }).count()).toBe(1);
    await page.locator('#search-filters input[type=checkbox]').first().waitFor();
    await page.locator('#search-q').focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => `${document.activeElement?.tagName}:${(document.activeElement as HTMLInputElement).type ?? ''}`));
    }
    expect(reached).toContain('SELECT:select-one');
    expect(reached).toContain('INPUT:checkbox');
    // A checkbox toggles with the space bar, and focus stays on it after the results update.
    const box = page.locator('#search-filters input[type=checkbox]').first();
    await box.focus();
    const name = await box.getAttribute('value');
    await page.keyboard.press('Space');
    await announced(page, /with the chosen filters/);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(name);
    await page.close();
  });

  test('the page with results and filters passes axe (WCAG 2.2 AA), light and dark', async () => {
    const axeContext = await browser.newContext();
    await installAxe(axeContext);
    const page = await axeContext.newPage();
    await page.goto(`${baseUrl}/search/?q=Labour&year=2015`);
    await announced(page, /with the chosen filters/);
    await page.locator('#search-filters input[type=checkbox]').first().waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    await axeContext.close();
  });
});

describe('without JavaScript', () => {
  test('the page explains that search needs JavaScript and links to the indexes', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/search/?q=Corbyn`);
    expect(await page.locator('#search-nojs').isVisible()).toBe(true);
    expect(await page.locator('#search-nojs').textContent()).toMatch(/Search needs JavaScript/);
    expect(await page.locator('#search-app').isVisible()).toBe(false);
    const hrefs = await page.locator('#search-nojs a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/people/', '/mps/', '/constituencies/', '/articles/', '/topics/', '/timeline/']);
    await noJs.close();
  });
});

describe('when Pagefind cannot load', () => {
  test('the page says so and shows the links to the indexes', async () => {
    const page = await open('/404.html');
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto(`${baseUrl}/search/?q=Corbyn`);
    await announced(page, /^Search could not load/);
    expect(await page.locator('#search-nojs').isVisible()).toBe(true);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    await page.close();
    // The failed import is logged by the browser: expected here.
    problems = [];
  });
});

describe('the header search form', () => {
  test('submits to /search/?q=… from any page, and the search runs', async () => {
    const page = await open('/');
    const form = page.getByRole('search', { name: 'Site' });
    expect(await form.getAttribute('action')).toBe('/search/');
    expect(await form.getAttribute('method')).toBe('get');
    await form.getByLabel('Search the archive').fill('Burnham');
    await form.getByLabel('Search the archive').press('Enter');
    await page.waitForURL(/\/search\/\?q=Burnham$/);
    await announced(page, /for “Burnham”/);
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    await page.close();
  });

  test('works with JavaScript off (a plain form)', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/articles/`);
    await page.getByRole('search', { name: 'Site' }).getByLabel('Search the archive').fill('Wavertree');
    await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=Wavertree$/);
    await noJs.close();
  });
});
