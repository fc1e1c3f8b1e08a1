import type { Browser } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { listSitePages } from '../../scripts/site/site-files.ts';
import { readIngestedArticles } from '../support/articles.ts';
import { useChromium } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const articles = readIngestedArticles();
const pages = listSitePages('dist');
const slugOf = (file: string) => articles.find((a) => a.data.sourceFile === file)!.data.slug;
let browser: Browser;
useChromium((b) => {
  browser = b;
});

describe('layout at phone and desktop widths, light and dark', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      test(`no page scrolls sideways at ${width}px (${colorScheme})`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const page = await context.newPage();
        const overflowing: string[] = [];
        for (const { urlPath } of pages) {
          await page.goto(`${baseUrl}${urlPath}`);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) overflowing.push(`${urlPath} (${scrollWidth}px)`);
        }
        expect(overflowing).toEqual([]);
        await context.close();
      });
    }
  }

  test('dark mode follows the reader’s system setting', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await context.close();
    }
    expect(colours[0]).toBe('rgb(253, 252, 249)');
    expect(colours[1]).toBe('rgb(22, 21, 19)');
  });
});

describe('print', () => {
  test('an article prints without navigation, with its URL and citation', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/articles/${slugOf('000_2444523fcf13c80a.txt')}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
    expect(await page.locator('.para-link').first().isVisible()).toBe(false);
    expect(await page.locator('.print-only').innerText()).toBe(
      `Archived at http://localhost:4321/articles/${slugOf('000_2444523fcf13c80a.txt')}/`,
    );
    expect(await page.locator('#cite-harvard').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-only').isVisible()).toBe(false);
    await page.close();
  });
});

describe('browsing', () => {
  test('the timeline’s year pages list every article oldest first, month-only dates without a day', async () => {
    const page = await browser.newPage();
    const entries: { href: string | null | undefined; date: string }[] = [];
    const months: string[] = [];
    for (const year of ['2015', '2018', '2019']) {
      await page.goto(`${baseUrl}/timeline/${year}/`);
      entries.push(
        ...(await page.locator('.timeline > li').evaluateAll((lis) =>
          lis.map((li) => ({
            href: li.querySelector('a')?.getAttribute('href'),
            date: (li.querySelector('.timeline-date') as HTMLElement | null)?.innerText ?? '',
          })),
        )),
      );
      months.push(...(await page.locator('main h2').allInnerTexts()));
    }
    // Hand-checked: the two August 2015 articles (by file), then Sep 2018 (month), 11 Sep 2018, Feb 2019.
    expect(entries.map((e) => e.href)).toEqual(
      [
        '002_62f1b93d153f28be.txt',
        '004_b2604c3d629a670c.txt',
        '003_1fc4576d440fb9c0.txt',
        '000_2444523fcf13c80a.txt',
        '001_d840d03a09efda8c.txt',
      ].map((file) => `/articles/${slugOf(file)}/`),
    );
    expect(entries.map((e) => e.date)).toEqual([
      'Day not known',
      'Day not known',
      'Day not known',
      '11 September 2018',
      'Day not known',
    ]);
    expect(months).toEqual(['August 2015', 'September 2018', 'February 2019']);
    // The overview: newest year first, each month with its count (hand-checked).
    await page.goto(`${baseUrl}/timeline/`);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['2019', '2018', '2015']);
    expect(await page.locator('.month-counts li').allInnerTexts()).toEqual([
      'February 2019 1 article',
      'September 2018 2 articles',
      'August 2015 2 articles',
    ]);
    await page.close();
  });

  test('related articles appear at the foot of an article with their reasons', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/articles/${slugOf('002_62f1b93d153f28be.txt')}/`);
    const related = await page.locator('.related li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')?.getAttribute('href'),
        reason: (li.querySelector('.reason') as HTMLElement | null)?.innerText ?? '',
      })),
    );
    const huffpost = related.find(
      (r) => r.href === `/articles/${slugOf('004_b2604c3d629a670c.txt')}/`,
    );
    expect(huffpost, 'the other 2015 entryism article is related').toBeDefined();
    expect(huffpost!.reason).toContain('also about entryism and infiltration');
    for (const r of related) expect(r.reason).toMatch(/^also (about|mentions) /);
    await page.close();
  });

  test('the home page shows both story threads in order and the latest articles', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const threads = await page.locator('.thread').evaluateAll((sections) =>
      sections.map((s) => ({
        title: s.querySelector('h2')?.textContent,
        links: [...s.querySelectorAll('li a')].map((a) => a.getAttribute('href')),
      })),
    );
    expect(threads).toEqual([
      {
        title: 'The 2015 leadership contest and its “entryism” claims',
        links: ['002_62f1b93d153f28be.txt', '004_b2604c3d629a670c.txt'].map(
          (f) => `/articles/${slugOf(f)}/`,
        ),
      },
      {
        title: 'The 2018–19 no-confidence motions against Labour MPs',
        links: [
          '003_1fc4576d440fb9c0.txt',
          '000_2444523fcf13c80a.txt',
          '001_d840d03a09efda8c.txt',
        ].map((f) => `/articles/${slugOf(f)}/`),
      },
    ]);
    expect(await page.locator('.article-list > li').count()).toBe(articles.length);
    // Hand-checked counts: Jeremy Corbyn is named in all five articles; Canterbury's seat in two.
    const people = await page.locator('[aria-labelledby="most-people"] li').allInnerTexts();
    expect(people[0]).toBe('Jeremy Corbyn (5 articles)');
    const seats = await page.locator('[aria-labelledby="most-seats"] li').allInnerTexts();
    expect(seats).toContain('Canterbury (2 articles)');
    await page.close();
  });

  test('with JavaScript off, every page is reachable from the home page within three clicks', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const depth = new Map<string, number>([['/', 0]]);
    const queue = ['/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      await page.goto(`${baseUrl}${path}`);
      const hrefs = await page
        .locator('a[href^="/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        const target = href.split('#')[0]!.split('?')[0]!;
        if (depth.has(target) || !target.endsWith('/')) continue;
        depth.set(target, depth.get(path)! + 1);
        queue.push(target);
      }
    }
    const expected = pages
      .map((p) => p.urlPath)
      .filter((p) => p !== '/404.html' && p !== '/search/');
    const tooDeep = expected.filter((p) => !depth.has(p) || depth.get(p)! > 3);
    expect(tooDeep).toEqual([]);
    await context.close();
  });
});
