import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chunksForPrefix, partsWithPrefix } from '../../src/lib/search-parts/directory.ts';
import type { SearchPartsManifest } from '../../src/lib/search-parts/manifest.ts';
import { queryTerms, queryWords as pagefindQueryWords } from '../../src/lib/search-parts/query.ts';
import { readIngestedArticles } from '../support/articles.ts';
import { launchChromium } from '../support/browser.ts';
import { distinctiveSentences, type Hit, PEOPLE_FILE, pagefindFilterTotals, pagefindSearch, queryWords, readRegistry } from '../support/search.ts';

/**
 * Search quality through Pagefind's own JS API, in Chromium, against the built index (in
 * parts: README "Search"): every article is found first by a phrase of its own, searching
 * the whole archive (every part merged, Pagefind's multisite search); each part holds
 * exactly the articles of its period; the publication and year filters count exactly the
 * ingested articles; the word directory names every part where Pagefind finds a word; and,
 * for every entry of the people registry, the person's page ranks in the top three of the
 * people part (which the search page lists first) for their name, surname, aliases,
 * misspellings, constituencies and roles (data-driven: a person added tomorrow is tested
 * tomorrow).
 */
const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const articles = readIngestedArticles();
const manifest = JSON.parse(readFileSync(join(distDir, 'pagefind', 'parts.json'), 'utf8')) as SearchPartsManifest;
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
});

describe('the index parts', () => {
  test('each article part holds the articles of its period, every article in exactly one; the people part every other indexed page', async () => {
    const dateOf = new Map(articles.map((a) => [articlePath(a.data.slug), a.data.datePrecision === 'unknown' ? null : a.data.date]));
    const seen: string[] = [];
    for (const part of manifest.parts.slice(1)) {
      const { count, hits } = await pagefindSearch(page, null, { filters: { part: part.id }, limit: 1000 });
      expect(count, part.id).toBe(part.pages);
      for (const hit of hits) {
        expect(hit.type, hit.url).toBe('Article');
        const date = dateOf.get(hit.url);
        if (part.kind === 'undated') expect(date, hit.url).toBeNull();
        // A dated part covers whole months of one year, from..to.
        else expect(date?.slice(0, 7) ?? '', `${hit.url} in ${part.id}`).toSatisfy((month: string) => month >= part.from! && month <= part.to!);
        seen.push(hit.url);
      }
    }
    expect(seen.sort()).toEqual([...dateOf.keys()].sort());
    const people = await pagefindSearch(page, null, { scope: 'people', limit: 1000 });
    expect(people.count).toBe(manifest.parts[0]!.pages);
    expect(people.hits.every((h) => h.type === 'Person' || h.type === 'Constituency')).toBe(true);
  });
});

describe('the word directory names every part where Pagefind finds the words', () => {
  const chunkText = (file: string) => readFileSync(join(distDir, 'pagefind', file), 'utf8');
  /** The parts the directory says can match every word of the query, as the search page reads it. */
  const directoryParts = (query: string): number[] => {
    let allowed = new Set(manifest.parts.map((_, i) => i));
    for (const { stem } of queryTerms(query, manifest.includeCharacters)) {
      const chunks = chunksForPrefix(manifest.words, stem, Number.POSITIVE_INFINITY)!;
      const holding = new Set<number>();
      for (const i of chunks) for (const part of partsWithPrefix(chunkText(manifest.words[i]!.file), stem)) holding.add(part);
      if (holding.size > 0) allowed = new Set([...allowed].filter((p) => holding.has(p)));
    }
    return [...allowed].sort((a, b) => a - b);
  };
  /** The parts where Pagefind itself finds a page for the query. */
  const pagefindParts = async (query: string): Promise<number[]> => {
    const found: number[] = [];
    if ((await pagefindSearch(page, query, { scope: 'people', limit: 0 })).count > 0) found.push(0);
    for (const [i, part] of manifest.parts.entries()) {
      if (i === 0) continue;
      if ((await pagefindSearch(page, query, { filters: { part: part.id }, limit: 0 })).count > 0) found.push(i);
    }
    return found;
  };

  // Every distinct word of the seeds would be thousands of searches: take every 7th, plus names, seats and prefixes.
  const words = [...new Set(articles.flatMap((a) => a.paragraphs.flatMap((p) => pagefindQueryWords(p))))].sort().filter((_, i) => i % 7 === 0);
  const names = (registry?.people ?? []).flatMap((p) => [p.name, p.surname]).concat((registry?.constituencies ?? []).map((c) => c.name));
  const prefixes = ['lab', 'corb', 'deselect', 'mcdonn', 'wav', 'entry'];

  test.each(words)('the word "%s": exactly the parts Pagefind finds it in', async (word) => {
    expect(directoryParts(word)).toEqual(await pagefindParts(word));
  });

  test.each([...names, ...prefixes])('"%s": every part where Pagefind finds it is named', async (query) => {
    const named = directoryParts(query);
    const found = await pagefindParts(query);
    expect(found.length, `Pagefind finds "${query}" somewhere`).toBeGreaterThan(0);
    expect(found.filter((part) => !named.includes(part))).toEqual([]);
  });

  test.each(articles.map((a, i) => [a.data.slug, distinctiveSentences(articles)[i]!] as const))('a phrase of %s: every part where Pagefind finds it is named', async (_slug, sentence) => {
    const query = queryWords(sentence);
    const found = await pagefindParts(query);
    expect(found.filter((part) => !directoryParts(query).includes(part))).toEqual([]);
  });
});

const people = registry?.people ?? [];
const mps = people.filter((p) => p.seats.length > 0);
/** How many registry people a query could fairly name: when more than TOP share it, the window widens to them. */
const sharing = (matches: (p: (typeof people)[number]) => boolean) => people.filter(matches).length;
const containsAll = (text: string, query: string) => queryWords(query).toLowerCase().split(' ').every((w) => queryWords(text).toLowerCase().split(' ').includes(w));

// Written ahead of the registry: skipped, saying why, only while its file does not exist.
if (registry === null) test.skip(`people in the registry: skipped, ${PEOPLE_FILE} does not exist yet`, () => {});

describe.runIf(registry !== null)(`people in the registry, among the people and constituencies (${people.length} people, ${mps.length} MPs)`, () => {
  const expectInTop = async (query: string, slug: string, window: number) => {
    const url = `/people/${slug}/`;
    const { hits } = await pagefindSearch(page, query, { limit: Math.max(TOP, window), scope: 'people' });
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
