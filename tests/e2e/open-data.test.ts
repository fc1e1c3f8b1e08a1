import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { articlesExportSchema, peopleExportSchema } from '../../src/schemas/open-data.ts';
import { readIngestedArticles } from '../support/articles.ts';
import { useChromium } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const SITE = 'http://localhost:4321';
const articles = readIngestedArticles();
let page: Page;
useChromium((_browser, p) => {
  page = p;
});

async function fetchText(path: string): Promise<string> {
  const response = await page.request.get(`${baseUrl}${path}`);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** The page a published URL names, on the test server. */
const local = (url: string) => `${baseUrl}${new URL(url).pathname}`;

describe('/data/articles.json', () => {
  test('validates against the schema and describes the article pages', async () => {
    const records = articlesExportSchema.parse(JSON.parse(await fetchText('/data/articles.json')));
    expect(records).toHaveLength(articles.length);
    for (const record of records) {
      await page.goto(local(record.url));
      expect(await page.locator('h1').innerText()).toBe(record.title);
      expect((await page.locator('article header time').getAttribute('datetime')) ?? null).toBe(
        record.date,
      );
      expect(await page.locator('article').innerText()).toContain(record.sourceFile);
      const linked = await page
        .locator('.people-in-article li > a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(linked.sort()).toEqual(record.people.map((slug) => `/people/${slug}/`).sort());
      const seats = await page
        .locator('.people-in-article p a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(seats.sort()).toEqual(
        record.constituencies.map((slug) => `/constituencies/${slug}/`).sort(),
      );
    }
  });

  test('the CSV has a header and one row per article, with the same URLs', async () => {
    const records = articlesExportSchema.parse(JSON.parse(await fetchText('/data/articles.json')));
    const lines = (await fetchText('/data/articles.csv')).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'url,title,date,datePrecision,dateEstimated,publication,sourceFile,people,constituencies,wordCount',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(records.map((r) => r.url));
  });
});

describe('/data/people.json', () => {
  test('validates against the schema and matches each person page', async () => {
    const records = peopleExportSchema.parse(JSON.parse(await fetchText('/data/people.json')));
    expect(records.length).toBeGreaterThan(20);
    for (const record of records) {
      await page.goto(local(record.url));
      expect(await page.locator('h1').innerText()).toBe(record.name);
      const listed = await page
        .locator('.mentions-list > li h3 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(listed.sort(), record.slug).toEqual(
        record.articles.map((u) => new URL(u).pathname).sort(),
      );
      expect(record.isMP, record.slug).toBe((await page.locator('#seats').count()) > 0);
      for (const seat of record.constituencies)
        expect(await page.locator('#seats + ul').innerText()).toContain(seat.name);
    }
    const mcnicol = records.find((r) => r.slug === 'iain-mcnicol')!;
    expect(mcnicol.aliases).toEqual(expect.arrayContaining(['Iain McNico', 'Iain McNichol']));
    expect(records.every((r) => r.url.startsWith(`${SITE}/people/`))).toBe(true);
  });

  test('the CSV has one row per person', async () => {
    const records = peopleExportSchema.parse(JSON.parse(await fetchText('/data/people.json')));
    const lines = (await fetchText('/data/people.csv')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('slug,url,name,aliases,isMP,articles,constituencies,parties');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(records.map((r) => r.slug));
  });
});
