import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveStatic } from '../../scripts/serve/static-server.ts';
import { readIngestedArticles } from '../support/articles.ts';
import { axeViolations, installAxe } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import {
  candidatePartIds,
  pagefindFilterTotals,
  pagefindSearch,
  readManifest,
} from '../support/search.ts';

/**
 * The search page, /search/, as a reader uses it in Chromium: results as you type (people
 * and constituencies first, then articles newest first), filters and order that narrow and
 * reorder the results and go into the URL, shareable URLs, the back button, highlighted
 * words on the article a result leads to, the parts of the index a first search reads, the
 * header's search form, and an explanation with links when JavaScript is off. Every page is
 * watched for console errors and CSP violations (Pagefind runs under the site's policy).
 */
const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const articles = readIngestedArticles();

let browser: Browser;
let context: BrowserContext;
/** Console errors and warnings, uncaught exceptions and CSP violations seen by the current test. */
let problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`),
    );
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
/** Article results, in order. */
const resultLinks = (page: Page) => page.locator('#search-results > li h3 a');
/** People and constituency results, in order. */
const peopleLinks = (page: Page) => page.locator('#search-people-list > li h3 a');
const openFilters = async (page: Page) => {
  await page.getByText('Filter results', { exact: true }).click();
  await page.locator('#search-filters input[type=checkbox]').first().waitFor();
};
const query = (page: Page) => new URL(page.url()).searchParams;
/** Waits until the live region announces a finished search matching `pattern`. */
const announced = (page: Page, pattern: RegExp) =>
  expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(pattern);

describe('searching', () => {
  test('results appear as you type, and the URL follows', async () => {
    const page = await open('/search/');
    const input = page.getByLabel('Search for an MP, a constituency or any words');
    await expect.poll(() => input.isVisible()).toBe(true);
    await input.pressSequentially('Berger', { delay: 60 });
    await announced(
      page,
      /^\d+ (person or constituency|people and constituencies) and \d+ articles? for “Berger”\.$/,
    );
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    const shownPeople = await peopleLinks(page).allTextContents();
    expect(
      shownPeople[0],
      `people shown with "${await status(page).textContent()}": ${shownPeople.join(', ')}`,
    ).toBe('Luciana Berger');
    expect(query(page).get('q')).toBe('Berger');
    // Each result shows its type, and articles their date.
    const people = await page.locator('#search-people-list > li .meta').allTextContents();
    expect(people.every((m) => /^(Person|Constituency)/.test(m))).toBe(true);
    const meta = await page.locator('#search-results > li .meta').allTextContents();
    expect(meta.every((m) => /^Article(\d|[A-Z][a-z]+ \d{4}|Date not known)/.test(m))).toBe(true);
    expect(await page.locator('#search-results .excerpt mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('loading /search/?q=… runs the search, and a result link carries the words to the article', async () => {
    // Pagefind's highlighter marks the words as typed, not their stems: a word the first (newest) result holds as written.
    const page = await open('/search/?q=infiltration');
    await announced(page, /articles? for “infiltration”/);
    expect(await page.locator('#search-q').inputValue()).toBe('infiltration');
    const first = resultLinks(page).first();
    const href = (await first.getAttribute('href'))!;
    expect(new URL(href, baseUrl).searchParams.getAll('highlight')).toEqual(['infiltration']);
    await first.click();
    await page.waitForURL(/\/articles\//);
    await expect
      .poll(() => page.locator('mark.pagefind-highlight').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(
      (await page.locator('mark.pagefind-highlight').first().textContent())!.toLowerCase(),
    ).toContain('infiltration');
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

  test('articles come newest first, across the parts of the index; the order can change and is kept in the URL', async () => {
    const page = await open('/search/?q=Labour');
    await announced(page, /for “Labour”/);
    const dateOf = new Map(articles.map((a) => [a.data.title, a.data.date]));
    const dates = async () =>
      (await resultLinks(page).allTextContents()).map((t) => dateOf.get(t) ?? 'missing');
    const newest = await dates();
    expect(newest.length).toBe(articles.filter((a) => a.data.date !== null).length);
    expect(newest).toEqual([...newest].sort().reverse());
    // The seeds' articles span several parts (years): every one of them was read.
    expect(new Set(newest.map((d) => d!.slice(0, 4))).size).toBeGreaterThan(1);
    expect(await page.locator('#search-scope').textContent()).toMatch(
      /^Newest first, from (both|all \d+) periods with matches\.$/,
    );
    expect(query(page).has('sort')).toBe(false);

    await page.getByLabel('Order').selectOption('oldest');
    await expect.poll(() => query(page).get('sort')).toBe('oldest');
    await expect.poll(dates).toEqual([...newest].reverse());

    await page.getByLabel('Order').selectOption('relevance');
    await expect.poll(() => query(page).get('sort')).toBe('relevance');
    await expect.poll(() => page.locator('#search-scope').textContent()).toMatch(/^Best match/);
    expect((await dates()).sort()).toEqual([...newest].sort());
    await page.close();
  });

  test('people and constituencies come first: three, then all of them on request, focus on the first new one', async () => {
    const page = await open('/search/?q=Labour');
    await announced(page, /people and constituencies/);
    const total = Number(
      /^(\d+) people and constituencies/.exec((await status(page).textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(3);
    expect(await peopleLinks(page).count()).toBe(3);
    await page.getByRole('button', { name: `Show all ${total} people and constituencies` }).click();
    await expect.poll(() => peopleLinks(page).count()).toBe(total);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      await peopleLinks(page).nth(3).textContent(),
    );
    await page.close();
  });

  test('a word no page has is named, and the search is for the other words', async () => {
    const page = await open('/search/?q=Berger+zzqx');
    await announced(page, /for “Berger zzqx”/);
    expect(await page.locator('#search-missing').textContent()).toBe(
      'No page of the archive has “zzqx”, so the search is for the other words.',
    );
    expect(await peopleLinks(page).first().textContent()).toBe('Luciana Berger');
    await page.goto(`${baseUrl}/search/?q=zzqx`);
    await announced(page, /^No results for “zzqx”\.$/);
    expect(await page.locator('#search-missing').isVisible()).toBe(false);
    await page.close();
  });

  test('a first search reads only the parts of the index that can hold its words', async () => {
    // A word of the seeds in exactly one article part and not in the people part, found from the index's own files.
    const manifest = readManifest(distDir);
    const words = [
      ...new Set(
        articles.flatMap(
          (a) =>
            a.paragraphs
              .join(' ')
              .toLowerCase()
              .match(/[a-z]{6,}/g) ?? [],
        ),
      ),
    ].sort();
    let word = '';
    let only = '';
    for (const candidate of words) {
      const parts = await candidatePartIds(distDir, candidate);
      if (parts.length === 1 && parts[0] !== manifest.parts[0]!.id) {
        [word, only] = [candidate, parts[0]!];
        break;
      }
    }
    expect(word, 'some word of the seeds is in one part only').not.toBe('');
    // A server of this test's own, to see every file Pagefind fetches (from its worker too).
    const server = await serveStatic(distDir);
    const reader = await browser.newContext();
    try {
      const page = await reader.newPage();
      await page.goto(`${server.url}/search/?q=${word}`);
      await announced(page, new RegExp(`for “${word}”`));
      const partsRead = new Set(
        [...server.bytesByPath.keys()]
          .filter((path) => path.startsWith('/pagefind/parts/'))
          .map((path) => path.split('/')[3]),
      );
      expect([...partsRead]).toEqual([only]);
    } finally {
      await reader.close();
      await server.close();
    }
  });
});

describe('filters', () => {
  const checkbox = (page: Page, legend: string, value: string) =>
    page.getByRole('group', { name: legend }).getByRole('checkbox', {
      name: new RegExp(`^${value.replace(/[()]/g, '\\$&')} \\(\\d+\\)$`),
    });

  test('by year: narrows the results, updates the URL, and counts the other years', async () => {
    const year = articles[0]!.data.date!.slice(0, 4);
    const expected = articles
      .filter((a) => a.data.date?.startsWith(year))
      .map((a) => a.data.title)
      .sort();
    const page = await open('/search/?q=Labour');
    await announced(page, /for “Labour”\./);
    await openFilters(page);
    const before = await resultLinks(page).count();
    await checkbox(page, 'Year', year).check();
    await announced(page, /with the chosen filters/);
    expect(query(page).getAll('year')).toEqual([year]);
    const titles = (await resultLinks(page).allTextContents()).sort();
    expect(titles.length).toBeLessThan(before);
    expect(titles.every((t) => expected.includes(t))).toBe(true);
    // The other years keep their counts, so a second year can be added.
    expect(
      await page.getByRole('group', { name: 'Year' }).getByRole('checkbox').count(),
    ).toBeGreaterThan(1);
    await checkbox(page, 'Year', year).uncheck();
    await announced(page, /for “Labour”\.$/);
    expect(query(page).has('year')).toBe(false);
    await page.close();
  });

  test('by publication: narrows the results and updates the URL', async () => {
    const { name } = articles[0]!.data.publication;
    const page = await open('/search/?q=Labour');
    await announced(page, /for “Labour”\./);
    await openFilters(page);
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
    await openFilters(page);
    expect(await checkbox(page, 'Result type', 'Articles').isChecked()).toBe(true);
    expect(await peopleLinks(page).count()).toBe(0);
    const meta = await page.locator('#search-results > li .meta').allTextContents();
    expect(meta.length).toBeGreaterThan(0);
    expect(meta.every((m) => m.startsWith('Article'))).toBe(true);
    await page.close();
  });

  test('by person, once people are indexed: narrows to the pages that name them', async () => {
    const page = await open('/search/');
    const named = (await pagefindFilterTotals(page))['person'] ?? {};
    const [name] = Object.entries(named).sort(([, a], [, b]) => b - a)[0] ?? [];
    if (name === undefined) {
      console.log('search-page: skipped the person filter (no person filter in the index yet)');
      await page.close();
      return;
    }
    const filters = { person: { any: [name] } };
    const people = await pagefindSearch(page, distDir, 'Labour', { filters, scope: 'people' });
    const naming = await pagefindSearch(page, distDir, 'Labour', { filters, scope: 'articles' });
    await page.goto(`${baseUrl}/search/?q=Labour`);
    await announced(page, /for “Labour”\./);
    const before = await resultLinks(page).count();
    await openFilters(page);
    await checkbox(page, 'Person', name).check();
    await announced(page, /with the chosen filters/);
    expect(query(page).getAll('person')).toEqual([name]);
    expect(await resultLinks(page).count()).toBe(Math.min(naming.count, 10));
    expect(await peopleLinks(page).count()).toBe(Math.min(people.count, 3));
    expect(naming.count).toBeLessThanOrEqual(before);
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

  test('filter counts are fetched only when the reader opens the filters, on any screen', async () => {
    // A server of this test's own, to see every file Pagefind fetches (from its worker too).
    const server = await serveStatic(inject('distDir'));
    const countFiles = () =>
      [...server.bytesByPath.keys()].filter(
        (path) => path.includes('/filter/') || /^\/pagefind\/filters-/.test(path),
      );
    try {
      for (const width of [375, 1280]) {
        server.bytesByPath.clear();
        const reader = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await reader.newPage();
        await page.goto(`${server.url}/search/?q=Labour`);
        await announced(page, /for “Labour”/);
        expect(await resultLinks(page).count()).toBeGreaterThan(0);
        expect(countFiles(), `${width}px`).toEqual([]);
        await page.getByText('Filter results', { exact: true }).click();
        await expect
          .poll(() =>
            page.getByRole('group', { name: 'Result type' }).getByRole('checkbox').count(),
          )
          .toBeGreaterThan(0);
        expect(countFiles().length, `${width}px`).toBeGreaterThan(0);
        await reader.close();
      }
    } finally {
      await server.close();
    }
  });

  test('filters alone list pages, with no words', async () => {
    const page = await open('/search/?type=Article');
    await announced(page, new RegExp(`^${articles.length} articles match the chosen filters\\.$`));
    expect(await resultLinks(page).count()).toBe(Math.min(articles.length, 10));
    expect(await peopleLinks(page).count()).toBe(0);
    await page.close();
  });
});

describe('layout stability', () => {
  /** The page's layout shift as Chromium reports it: shifts soon after input are the reader's own. */
  async function layoutShift(
    viewport: { width: number; height: number },
    path: string,
    typed?: string,
  ): Promise<number> {
    const own = await browser.newContext({ viewport });
    await own.addInitScript(() => {
      const seen: { value: number; hadRecentInput: boolean }[] = [];
      (window as unknown as { shifts: typeof seen }).shifts = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry as unknown as (typeof seen)[number]);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await own.newPage();
    await page.goto(`${baseUrl}${path}`);
    if (typed) await page.locator('#search-q').pressSequentially(typed, { delay: 60 });
    await announced(page, /articles? for “/);
    await page.waitForTimeout(1000);
    const shifts = await page.evaluate(
      () => (window as unknown as { shifts: { value: number; hadRecentInput: boolean }[] }).shifts,
    );
    await own.close();
    return shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
  }

  test('results arriving move nothing on a phone or a desktop (layout shift under 0.02)', async () => {
    const screens = {
      phone: { width: 412, height: 823 },
      narrow: { width: 320, height: 640 },
      desktop: { width: 1350, height: 940 },
    };
    for (const [name, viewport] of Object.entries(screens)) {
      for (const path of ['/search/?q=labour', '/search/?q=McDonnell']) {
        expect(await layoutShift(viewport, path), `${name} ${path}`).toBeLessThan(0.02);
      }
      expect(await layoutShift(viewport, '/search/', 'Berger'), `${name}, typing`).toBeLessThan(
        0.02,
      );
    }
  });
});

describe('keyboard and assistive technology', () => {
  test('everything is reachable by keyboard, with a labelled box and a polite live region', async () => {
    const page = await open('/search/?q=Labour');
    await announced(page, /for “Labour”/);
    expect(await status(page).getAttribute('role')).toBe('status');
    expect(await page.getByRole('search', { name: 'Archive' }).count()).toBe(1);
    await page.locator('#search-filters-panel summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('#search-filters input[type=checkbox]').first().waitFor();
    await page.locator('#search-q').focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(
          () =>
            `${document.activeElement?.tagName}:${(document.activeElement as HTMLInputElement).type ?? ''}`,
        ),
      );
    }
    expect(reached).toContain('SELECT:select-one');
    expect(reached).toContain('INPUT:checkbox');
    // A checkbox toggles with the space bar, and focus stays on it after the results update.
    const box = page.locator('#search-filters input[type=checkbox]').first();
    await box.focus();
    const name = await box.getAttribute('value');
    await page.keyboard.press('Space');
    await announced(page, /with the chosen filters/);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      name,
    );
    await page.close();
  });

  test('the page with results and filters passes axe (WCAG 2.2 AA), light and dark', async () => {
    const axeContext = await browser.newContext();
    await installAxe(axeContext);
    const page = await axeContext.newPage();
    await page.goto(`${baseUrl}/search/?q=Labour&year=2015`);
    await announced(page, /with the chosen filters/);
    await openFilters(page);
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
    const hrefs = await page
      .locator('#search-nojs a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      '/people/',
      '/mps/',
      '/constituencies/',
      '/articles/',
      '/topics/',
      '/timeline/',
    ]);
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
    await page
      .getByRole('search', { name: 'Site' })
      .getByLabel('Search the archive')
      .fill('Wavertree');
    await page
      .getByRole('search', { name: 'Site' })
      .getByRole('button', { name: 'Search' })
      .click();
    await page.waitForURL(/\/search\/\?q=Wavertree$/);
    await noJs.close();
  });
});
