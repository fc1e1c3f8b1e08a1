/**
 * Bounded listings, read from the outside: every list of all articles (the archive, a
 * topic, a publication) shows only the latest ones and links one page per year, and
 * together the year pages hold each article exactly once, on its own year's page.
 * Expectations come from the ingest's output (the collection the site is built from).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { compareNewestFirst } from '../../src/lib/dates.ts';
import { type IngestedArticle, readIngestedArticles } from '../support/articles.ts';
import { useChromium } from '../support/browser.ts';
import { compareCodePoints } from '../../src/lib/order.ts';

const baseUrl = inject('baseUrl');
/** The size of an overview page's list (LATEST_LIMIT), stated here so a change to it shows up. */
const LATEST = 50;
const articles = readIngestedArticles().sort(
  (a, b) =>
    compareNewestFirst(a.data.date, b.data.date) ||
    compareCodePoints(a.data.sourceFile, b.data.sourceFile),
);
const pathOf = (a: IngestedArticle) => `/articles/${a.data.slug}/`;
/** The year an article belongs to, read straight off its date. */
const yearOf = (a: IngestedArticle) => a.data.date?.slice(0, 4) ?? 'undated';
let page: Page;
useChromium((_, p) => {
  page = p;
});

async function hrefs(selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/**
 * Opens an overview page and every year page its year navigation links to, and checks:
 * the overview lists exactly the latest articles, in order; each article is on exactly one
 * year page, its own year's; each year page marks itself current and lists what its count says.
 */
async function checkListing(
  overview: string,
  yearBase: string,
  listSelector: string,
  expected: IngestedArticle[],
) {
  await page.goto(`${baseUrl}${overview}`);
  expect(await hrefs(`main ${listSelector}`), `${overview} lists the latest articles`).toEqual(
    expected.slice(0, LATEST).map(pathOf),
  );
  const years = await page.locator('.year-nav li').evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      count: li.querySelector('.count')!.textContent!,
    })),
  );
  const expectedYears = [...new Set(expected.map(yearOf))];
  expect(
    years.map((y) => y.href),
    `${overview} links every year, newest first, undated last`,
  ).toEqual(
    expectedYears
      .sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : compareCodePoints(b, a)))
      .map((y) => `${yearBase}${y}/`),
  );
  const foundOn = new Map<string, string[]>();
  for (const year of years) {
    await page.goto(`${baseUrl}${year.href}`);
    expect(
      await hrefs('.year-nav a[aria-current="page"]'),
      `${year.href} marks itself current`,
    ).toEqual([year.href]);
    const listed = await hrefs(
      `main ${year.href.startsWith('/timeline/') ? '.timeline a' : listSelector}`,
    );
    expect(year.count, `${year.href} count`).toMatch(
      new RegExp(`^\\(${listed.length} articles?\\)$`),
    );
    for (const href of listed) foundOn.set(href, [...(foundOn.get(href) ?? []), year.href]);
  }
  expect(
    [...foundOn.keys()].filter((href) => !expected.some((a) => pathOf(a) === href)),
    `${overview}: year pages list only its articles`,
  ).toEqual([]);
  for (const article of expected) {
    expect(
      foundOn.get(pathOf(article)),
      `${pathOf(article)} is on exactly one year page, its own`,
    ).toEqual([`${yearBase}${yearOf(article)}/`]);
  }
}

describe('bounded listings', () => {
  test('/articles/ lists the latest articles and its years link to timeline pages holding every article once', async () => {
    await checkListing('/articles/', '/timeline/', '.article-list h3 a', articles);
  });

  test('each topic page lists its latest articles, and its year pages hold each of its articles once', async () => {
    const topics = [...new Set(articles.flatMap((a) => a.data.topics.map((t) => t.topic)))];
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      const expected = articles.filter((a) => a.data.topics.some((t) => t.topic === topic));
      await checkListing(`/topics/${topic}/`, `/topics/${topic}/`, '.article-list h3 a', expected);
    }
  });

  test('each publication page lists its latest articles, and its year pages hold each of its articles once', async () => {
    const publications = [
      ...new Set(
        articles.flatMap((a) => (a.data.publication.slug ? [a.data.publication.slug] : [])),
      ),
    ];
    expect(publications.length).toBeGreaterThan(0);
    for (const publication of publications) {
      const expected = articles.filter((a) => a.data.publication.slug === publication);
      await checkListing(
        `/publications/${publication}/`,
        `/publications/${publication}/`,
        '.article-list h3 a',
        expected,
      );
    }
  });

  test('/timeline/ counts each month’s articles and links to that month on its year page', async () => {
    await page.goto(`${baseUrl}/timeline/`);
    const months = await page.locator('.month-counts li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        count: li.querySelector('.meta')!.textContent!,
      })),
    );
    const expected = new Map<string, number>();
    for (const a of articles)
      if (a.data.date)
        expected.set(a.data.date.slice(0, 7), (expected.get(a.data.date.slice(0, 7)) ?? 0) + 1);
    expect(months.map((m) => m.href).sort()).toEqual(
      [...expected.keys()].map((m) => `/timeline/${m.slice(0, 4)}/#m${m}`).sort(),
    );
    for (const month of months) {
      const n = expected.get(month.href.slice(-7))!;
      expect(month.count, month.href).toBe(`${n} article${n === 1 ? '' : 's'}`);
    }
    expect(await hrefs('main a[href^="/articles/"]'), 'the overview lists no articles').toEqual([]);
  });
});
