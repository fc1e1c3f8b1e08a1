import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readIngestedArticles } from '../support/articles.ts';
import { launchChromium } from '../support/browser.ts';
import { distinctiveSentences, type Hit, PEOPLE_FILE, pagefindFilterTotals, pagefindSearch, queryWords, readRegistry } from '../support/search.ts';

/**
 * Search quality through Pagefind's own JS API, in Chromium, against the built index:
 * every article is found first by a phrase of its own; the publication and year filters
 * count exactly the ingested articles; and, for every entry of the people registry, the
 * person's page ranks in the top three for their name, surname, aliases, misspellings,
 * constituencies and roles (data-driven: a person added tomorrow is tested tomorrow).
 */
const baseUrl = inject('baseUrl');
const articles = readIngestedArticles();
const registry = readRegistry();
/** How far down a page may rank and still count as found. */
const TOP = 3;
const articlePath = (slug: string) => `/articles/${slug}/`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  // Any page of the site will do: Pagefind is imported from the site itself, under its CSP.
  await page.goto(`${baseUrl}/`);
});
afterAll(async () => {
  await browser?.close();
});

const rankOf = (hits: Hit[], url: string) => hits.findIndex((h) => h.url === url);
const list = (hits: Hit[]) => hits.map((h, i) => `${i + 1}. ${h.url}`).join(', ');

describe('a phrase from each article finds that article first', () => {
  const sentences = distinctiveSentences(articles);
  test.each(articles.map((a, i) => [a.data.slug, sentences[i]!] as const))('%s', async (slug, sentence) => {
    expect(sentence, 'the article has a distinctive sentence').not.toBe('');
    for (const term of [queryWords(sentence), `"${queryWords(sentence)}"`]) {
      const { hits } = await pagefindSearch(page, term, { limit: 1 });
      expect(hits[0]?.url, `search ${term}`).toBe(articlePath(slug));
    }
  });
});

describe('filters count the ingested articles', () => {
  const byPublication = new Map<string, number>();
  const byYear = new Map<string, number>();
  for (const { data } of articles) {
    byPublication.set(data.publication.name, (byPublication.get(data.publication.name) ?? 0) + 1);
    if (data.date !== null) byYear.set(data.date.slice(0, 4), (byYear.get(data.date.slice(0, 4)) ?? 0) + 1);
  }

  test.each([...byPublication])('publication %s: %i', async (publication, expected) => {
    const { count, hits } = await pagefindSearch(page, null, { filters: { publication }, limit: 100 });
    expect(count).toBe(expected);
    expect(hits.every((h) => h.type === 'Article')).toBe(true);
  });

  test.each([...byYear])('year %s: %i', async (year, expected) => {
    const { count } = await pagefindSearch(page, null, { filters: { year } });
    expect(count).toBe(expected);
  });

  test('filter totals match, and every article is of type Article', async () => {
    const totals = await pagefindFilterTotals(page);
    expect(totals['publication']).toEqual(Object.fromEntries(byPublication));
    expect(totals['year']).toEqual(Object.fromEntries(byYear));
    expect(totals['type']?.['Article']).toBe(articles.length);
  });

  test('filters combine: any value within a filter, every filter together', async () => {
    const [first, second] = [...byYear.keys()];
    const either = await pagefindSearch(page, null, { filters: { year: { any: [first, second] } } });
    expect(either.count).toBe((byYear.get(first!) ?? 0) + (byYear.get(second!) ?? 0));
    const [publication, n] = [...byPublication][0]!;
    const both = await pagefindSearch(page, null, { filters: { publication, type: 'Article' } });
    expect(both.count).toBe(n);
  });

  test('date order lists dated articles, newest first', async () => {
    const dated = articles.filter((a) => a.data.date !== null).sort((a, b) => b.data.date!.localeCompare(a.data.date!));
    const { hits } = await pagefindSearch(page, null, { filters: { type: 'Article' }, sort: { date: 'desc' }, limit: 100 });
    const dateOf = new Map(articles.map((a) => [articlePath(a.data.slug), a.data.date!]));
    expect(hits.map((h) => dateOf.get(h.url))).toEqual(dated.map((a) => a.data.date));
  });
});

const people = registry?.people ?? [];
const mps = people.filter((p) => p.seats.length > 0);
/** How many registry people a query could fairly name: when more than TOP share it, the window widens to them. */
const sharing = (matches: (p: (typeof people)[number]) => boolean) => people.filter(matches).length;
const containsAll = (text: string, query: string) => queryWords(query).toLowerCase().split(' ').every((w) => queryWords(text).toLowerCase().split(' ').includes(w));

// Written ahead of the registry: skipped, saying why, only while its file does not exist.
if (registry === null) test.skip(`people in the registry: skipped, ${PEOPLE_FILE} does not exist yet`, () => {});

describe.runIf(registry !== null)(`people in the registry (${people.length} people, ${mps.length} MPs)`, () => {
  const expectInTop = async (query: string, slug: string, window: number) => {
    const url = `/people/${slug}/`;
    const { hits } = await pagefindSearch(page, query, { limit: Math.max(TOP, window) });
    expect(rankOf(hits, url), `"${query}" should put ${url} in the top ${Math.max(TOP, window)}; got ${list(hits)}`).toBeGreaterThanOrEqual(0);
  };

  test.each(people.map((p) => [p.name, p] as const))('full name: %s', async (_name, person) => {
    await expectInTop(person.name, person.slug, 1);
  });

  test.each(mps.map((p) => [p.surname, p] as const))('surname: %s', async (surname, person) => {
    await expectInTop(surname, person.slug, sharing((other) => other.surname.toLowerCase() === surname.toLowerCase()));
  });

  test.each(mps.flatMap((p) => p.seats.map((seat) => [seat, p.name, p] as const)))('constituency: %s finds %s', async (seat, _name, person) => {
    // The seat's own page competes too, hence one more than the MPs who held it.
    await expectInTop(seat, person.slug, 1 + sharing((other) => other.seats.includes(seat)));
  });

  test.each(people.flatMap((p) => [...p.aliases, ...p.misspellings].map((form) => [form, p.name, p] as const)))(
    'alias or misspelling: %s finds %s',
    async (form, _name, person) => {
      await expectInTop(form, person.slug, 1);
    },
  );

  test.each(people.flatMap((p) => p.roles.map((role) => [role, p.name, p] as const)))('role: %s finds %s', async (role, _name, person) => {
    await expectInTop(role, person.slug, sharing((other) => other.roles.some((r) => containsAll(r, role))));
  });
});
