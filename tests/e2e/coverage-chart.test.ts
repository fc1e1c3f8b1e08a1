/**
 * The coverage chart (articles per month, or per year over a long span) on person, seat and
 * timeline pages, read from the outside: its table's counts are the dated articles the page
 * is about, bin by bin, counted here from the ingest's output; the chart has an accessible
 * name; and it fits a 320 px phone without scrolling sideways.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { type IngestedArticle, readIngestedArticles } from '../support/articles.ts';
import { useChromium } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const articles = readIngestedArticles();
const bySlug = new Map(articles.map((a) => [a.data.slug, a]));
let browser: Browser;
let page: Page;
useChromium((b, p) => {
  browser = b;
  page = p;
});

interface Row {
  key: string;
  label: string;
  count: number;
}

/** The chart's table, row by row: each row's `<time datetime>` and its count. */
async function tableRows(p: Page): Promise<Row[]> {
  return p.locator('.coverage table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      key: tr.querySelector('th time')?.getAttribute('datetime') ?? '',
      label: tr.querySelector('th')?.textContent?.trim() ?? '',
      count: Number(tr.querySelector('td')?.textContent),
    })),
  );
}

/** Every article a listing page links to, across its year pages and their numbered pages. */
async function listedArticles(overview: string, listSelector: string): Promise<IngestedArticle[]> {
  await page.goto(`${baseUrl}${overview}`);
  const years = await page
    .locator('.year-nav a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const found = new Set<string>();
  for (const year of years) {
    let next: string | null = year;
    while (next) {
      await page.goto(`${baseUrl}${next}`);
      for (const href of await page
        .locator(listSelector)
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
        found.add(href);
      next =
        (await page.locator('nav.page-nav a[rel="next"]').count()) > 0
          ? await page.locator('nav.page-nav a[rel="next"]').first().getAttribute('href')
          : null;
    }
  }
  return [...found].map((href) => {
    const article = bySlug.get(/^\/articles\/([a-z0-9-]+)\/$/.exec(href)?.[1] ?? '');
    expect(article, `${overview} lists ${href}, an ingested article`).toBeDefined();
    return article!;
  });
}

/**
 * The chart on `path` counts exactly `expected`'s dated articles: the table's rows add up to
 * them, each row holds the ones dated in its month (or year), and the undated are stated.
 */
async function checkCounts(path: string, expected: IngestedArticle[]) {
  const dated = expected.filter((a) => a.data.date !== null && a.data.datePrecision !== 'unknown');
  expect(dated.length, `${path} has dated articles to chart`).toBeGreaterThan(0);
  await page.goto(`${baseUrl}${path}`);
  const rows = await tableRows(page);
  expect(rows.length, `${path} has a table of counts`).toBeGreaterThan(0);
  expect(
    rows.reduce((sum, r) => sum + r.count, 0),
    `${path}: the table adds up to the dated articles`,
  ).toBe(dated.length);
  for (const row of rows) {
    expect(row.key, `${path}: ${row.label} is a month or a year`).toMatch(/^\d{4}(-\d{2})?$/);
    expect(row.count, `${path}: ${row.label}`).toBe(
      dated.filter((a) => a.data.date!.startsWith(row.key)).length,
    );
  }
  // Oldest first, one row per month (or year), the empty ones included: consecutive keys.
  const keys = rows.map((r) => r.key);
  expect(keys).toEqual([...keys].sort());
  expect(new Set(keys.map((k) => k.length)).size).toBe(1);
  const step = (key: string) => {
    if (key.length === 4) return String(Number(key) + 1);
    const [y, m] = key.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  };
  keys
    .slice(1)
    .forEach((key, i) => expect(key, `${path}: no gap after ${keys[i]}`).toBe(step(keys[i]!)));
  const undated = expected.length - dated.length;
  const summary = await page.locator('.coverage-summary').innerText();
  if (undated > 0)
    expect(summary).toContain(
      `${undated} article${undated === 1 ? '' : 's'} ${undated === 1 ? 'has' : 'have'} no known date`,
    );
  else expect(summary).not.toContain('no known date');
}

/** The chart is an image named by its title and its sentence. */
async function checkName(path: string, title: string) {
  await page.goto(`${baseUrl}${path}`);
  const svg = page.locator('.coverage svg');
  expect(await svg.count()).toBe(1);
  expect(await svg.getAttribute('role')).toBe('img');
  const summary = (await page.locator('.coverage-summary').innerText()).trim();
  expect(summary.length).toBeGreaterThan(10);
  const unit = (await page.locator('.coverage summary').innerText()).match(/per (month|year)/)?.[1];
  expect(unit, `${path}: the table says what it counts`).toBeDefined();
  // The name as the browser computes it: the svg's <title>, then the sentence under it.
  const name = `${title}, per ${unit} ${summary}`;
  expect(
    await page.getByRole('img', { name, exact: true }).count(),
    `${path}: an image named "${name}"`,
  ).toBe(1);
  expect(await svg.locator('title').first().textContent()).toBe(`${title}, per ${unit}`);
}

/** At 320 px wide, the chart and its table sit inside the viewport and the page does not scroll sideways. */
async function checkFitsPhone(path: string) {
  const phone = await browser.newPage({ viewport: { width: 320, height: 640 } });
  try {
    await phone.goto(`${baseUrl}${path}`);
    await phone
      .locator('.coverage details')
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    for (const selector of ['.coverage svg', '.coverage table']) {
      const box = await phone.locator(selector).boundingBox();
      expect(box, `${path}: ${selector} is laid out`).not.toBeNull();
      expect(box!.x, `${path}: ${selector}`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${path}: ${selector} fits 320 px`).toBeLessThanOrEqual(320);
      expect(box!.height, `${path}: ${selector} is drawn`).toBeGreaterThan(0);
    }
    const scroll = await phone.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll.scroll, `${path} scrolls sideways`).toBeLessThanOrEqual(scroll.client);
  } finally {
    await phone.close();
  }
}

const PEOPLE = [
  { slug: 'chris-leslie', name: 'Chris Leslie' },
  { slug: 'jeremy-corbyn', name: 'Jeremy Corbyn' },
];
const SEATS = [
  { slug: 'canterbury', name: 'Canterbury' },
  { slug: 'nottingham-east', name: 'Nottingham East' },
];

describe('a person page charts the articles naming them', () => {
  for (const { slug, name } of PEOPLE) {
    const path = `/people/${slug}/`;
    test(`${path}: the table counts their dated articles`, async () => {
      await checkCounts(
        path,
        articles.filter((a) => a.data.people.includes(slug)),
      );
    });
    test(`${path}: the chart has an accessible name`, async () => {
      await checkName(path, `Articles mentioning ${name}`);
    });
    test(`${path}: the chart fits a 320 px phone`, async () => {
      await checkFitsPhone(path);
    });
  }
});

describe('a constituency page charts the articles it lists', () => {
  for (const { slug, name } of SEATS) {
    const path = `/constituencies/${slug}/`;
    test(`${path}: the table counts the dated articles its year pages list`, async () => {
      const listed = await listedArticles(path, '.article-list h3 a');
      // Every article naming the seat itself is among them (its MP's articles are too, by the register).
      for (const a of articles.filter((x) => x.data.constituencies.includes(slug)))
        expect(listed, `${path} lists ${a.data.slug}`).toContain(a);
      await checkCounts(path, listed);
    });
    test(`${path}: the chart has an accessible name`, async () => {
      await checkName(path, `Articles naming ${name} or its MP`);
    });
    test(`${path}: the chart fits a 320 px phone`, async () => {
      await checkFitsPhone(path);
    });
  }
});

describe('the timeline charts the whole archive', () => {
  test('/timeline/: the table counts every dated article', async () => {
    await checkCounts('/timeline/', articles);
  });
  test('/timeline/: the chart has an accessible name', async () => {
    await checkName('/timeline/', 'Articles in the archive');
  });
  test('/timeline/: the chart fits a 320 px phone', async () => {
    await checkFitsPhone('/timeline/');
  });
});
