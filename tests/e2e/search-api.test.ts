import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { EXCLUDE_SELECTORS } from '../../scripts/search-index/index-parts.ts';
import { type RunningServer, serveStatic } from '../../scripts/serve/static-server.ts';
import { queryTerms, queryWords as pagefindQueryWords } from '../../src/search/pagefind/query.ts';
import { stemEnglish } from '../../src/search/pagefind/stem.ts';
import { readIngestedArticles } from '../support/articles.ts';
import { launchChromium } from '../support/browser.ts';
import {
  distinctiveSentences,
  type Hit,
  PEOPLE_FILE,
  pagefindFilterTotals,
  pagefindSearch,
  queryWords,
  readManifest,
  readRegistry,
} from '../support/search.ts';

/**
 * Search quality through Pagefind's own JS API, in Chromium, against the built index, which
 * is in parts (docs/search.md): searching only the parts the word directory names finds
 * exactly the pages one Pagefind index over the whole archive finds (that index is built
 * here, as the oracle; at the seeds' size every index is one chunk, so Pagefind's matching
 * rules apply to all of it in both); every article is found first by a phrase of its own; each part
 * holds the articles of its period; the publication and year filters count exactly the
 * ingested articles; and, for every entry of the people registry, the person's page ranks
 * in the top three of the people and constituencies (which the search page lists first) for
 * their name, surname, aliases, misspellings, constituencies and roles (data-driven: a
 * person added tomorrow is tested tomorrow).
 */
const distDir = inject('distDir');
const articles = readIngestedArticles();
const manifest = readManifest(distDir);
const registry = readRegistry(distDir);
/** How far down a page may rank and still count as found. */
const TOP = 3;
const articlePath = (slug: string) => `/articles/${slug}/`;

let browser: Browser;
let page: Page;
/** A copy of the built site with one Pagefind index over all of it beside the parts, at /pagefind-whole/. */
let oracle: RunningServer;

beforeAll(async () => {
  const copy = mkdtempSync(join(tmpdir(), 'search-oracle-'));
  cpSync(distDir, copy, { recursive: true });
  const { index } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  await index!.addDirectory({ path: copy, glob: '{articles,people,constituencies}/*/index.html' });
  await index!.writeFiles({ outputPath: join(copy, 'pagefind-whole') });
  await pagefind.close();
  oracle = await serveStatic(copy);
  browser = await launchChromium();
  page = await browser.newPage();
  // Any page of the site will do: Pagefind is imported from the site itself, under its CSP.
  await page.goto(`${oracle.url}/`);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await oracle?.close();
});

const rankOf = (hits: Hit[], url: string) => hits.findIndex((h) => h.url === url);
const list = (hits: Hit[]) => hits.map((h, i) => `${i + 1}. ${h.url}`).join(', ');

/** Every page one Pagefind index over the whole archive finds for the query. */
const wholeArchive = (query: string): Promise<string[]> =>
  page.evaluate(`(async (query) => {
    window.__pagefindWhole ??= (async () => {
      const { createInstance } = await import('/pagefind/pagefind.js');
      const instance = createInstance({ basePath: '/pagefind-whole/' });
      await instance.init();
      return instance;
    })();
    const whole = await window.__pagefindWhole;
    const search = await whole.search(query);
    return (await Promise.all(search.results.map((r) => r.data()))).map((d) => d.url.split(/[?#]/)[0]).sort();
  })(${JSON.stringify(query)})`) as Promise<string[]>;

describe('searching the parts finds exactly what one index over the whole archive finds', () => {
  // Every distinct word of the seeds would be thousands of searches: every 5th, then names,
  // seats, prefixes, misspelt and run-on words (which Pagefind matches by a shorter word), phrases.
  const words = [
    ...new Set(articles.flatMap((a) => a.paragraphs.flatMap((p) => pagefindQueryWords(p)))),
  ]
    .sort()
    .filter((_, i) => i % 5 === 0);
  const names = (registry?.people ?? [])
    .flatMap((p) => [p.name, p.surname])
    .concat((registry?.constituencies ?? []).map((c) => c.name));
  const odd = [
    'lab',
    'corb',
    'deselect',
    'mcdonn',
    'wav',
    'entry',
    'Bergerr',
    'Corbynism',
    'McDonnells',
    'infiltrators',
    'zzqx',
    'Berger zzqx',
    'Adam Berger',
  ];
  const phrases = distinctiveSentences(articles).flatMap((sentence) => [
    queryWords(sentence),
    `"${queryWords(sentence)}"`,
  ]);
  const queries = [
    ...new Set([
      ...words,
      ...names,
      ...odd,
      ...phrases,
      'vote of no confidence',
      '"vote of no confidence"',
    ]),
  ];

  test.each(queries)('%s', async (query) => {
    const parts = await pagefindSearch(page, distDir, query, { limit: 1000 });
    expect(parts.hits.map((h) => h.url).sort()).toEqual(await wholeArchive(query));
  });
});

describe('a phrase from each article finds that article first', () => {
  const sentences = distinctiveSentences(articles);
  test.each(articles.map((a, i) => [a.data.slug, sentences[i]!] as const))(
    '%s',
    async (slug, sentence) => {
      expect(sentence, 'the article has a distinctive sentence').not.toBe('');
      for (const term of [queryWords(sentence), `"${queryWords(sentence)}"`]) {
        const { hits } = await pagefindSearch(page, distDir, term, {
          limit: 1,
          scope: 'articles',
          sort: {},
        });
        expect(hits[0]?.url, `search ${term}`).toBe(articlePath(slug));
      }
    },
  );
});

describe('filters count the ingested articles', () => {
  const byPublication = new Map<string, number>();
  const byYear = new Map<string, number>();
  for (const { data } of articles) {
    byPublication.set(data.publication.name, (byPublication.get(data.publication.name) ?? 0) + 1);
    if (data.date !== null)
      byYear.set(data.date.slice(0, 4), (byYear.get(data.date.slice(0, 4)) ?? 0) + 1);
  }

  test.each([...byPublication])('publication %s: %i', async (publication, expected) => {
    const { count, hits } = await pagefindSearch(page, distDir, null, {
      filters: { publication },
      limit: 100,
    });
    expect(count).toBe(expected);
    expect(hits.every((h) => h.type === 'Article')).toBe(true);
  });

  test.each([...byYear])('year %s: %i', async (year, expected) => {
    const { count } = await pagefindSearch(page, distDir, null, { filters: { year } });
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
    const either = await pagefindSearch(page, distDir, null, {
      filters: { year: { any: [first, second] } },
    });
    expect(either.count).toBe((byYear.get(first!) ?? 0) + (byYear.get(second!) ?? 0));
    const [publication, n] = [...byPublication][0]!;
    const both = await pagefindSearch(page, distDir, null, {
      filters: { publication, type: 'Article' },
    });
    expect(both.count).toBe(n);
  });
});

describe('the index parts', () => {
  test('each article part holds the articles of its period, every article in exactly one; the people part every other indexed page', async () => {
    const dateOf = new Map(
      articles.map((a) => [
        articlePath(a.data.slug),
        a.data.datePrecision === 'unknown' ? null : a.data.date,
      ]),
    );
    const seen: string[] = [];
    for (const part of manifest.parts.slice(1)) {
      const { count, hits } = await pagefindSearch(page, distDir, null, {
        part: part.id,
        limit: 1000,
        scope: 'articles',
      });
      expect(count, part.id).toBe(part.pages);
      for (const hit of hits) {
        expect(hit.type, hit.url).toBe('Article');
        const date = dateOf.get(hit.url);
        if (part.kind === 'undated') expect(date, hit.url).toBeNull();
        // A dated part covers whole months of one year, from..to.
        else
          expect(date?.slice(0, 7) ?? '', `${hit.url} in ${part.id}`).toSatisfy(
            (month: string) => month >= part.from! && month <= part.to!,
          );
        seen.push(hit.url);
      }
    }
    expect(seen.sort()).toEqual([...dateOf.keys()].sort());
    const people = await pagefindSearch(page, distDir, null, { scope: 'people', limit: 1000 });
    expect(people.count).toBe(manifest.parts[0]!.pages);
    expect(people.hits.every((h) => h.type === 'Person' || h.type === 'Constituency')).toBe(true);
  });
});

const people = registry?.people ?? [];
const mps = people.filter((p) => p.seats.length > 0);
/** How many registry people a query could fairly name: when more than TOP share it, the window widens to them. */
const sharing = (matches: (p: (typeof people)[number]) => boolean) => people.filter(matches).length;
/** The words Pagefind indexes for a text: a hyphenated word joined and as its parts. */
const indexedWords = (text: string) =>
  [...pagefindQueryWords(text), ...pagefindQueryWords(text.replace(/-/g, ' '))].map(stemEnglish);
/** Whether Pagefind would match the query in the text: every query stem begins an indexed stem. */
const containsAll = (text: string, query: string) => {
  const words = indexedWords(text);
  return queryTerms(query).every(({ stem }) => words.some((w) => w.startsWith(stem)));
};

// Written ahead of the registry: skipped, saying why, only while its file does not exist.
if (registry === null)
  test.skip(`people in the registry: skipped, ${PEOPLE_FILE} does not exist yet`, () => {});

describe.runIf(registry !== null)(
  `people in the registry, among the people and constituencies (${people.length} people, ${mps.length} MPs)`,
  () => {
    const expectInTop = async (query: string, slug: string, window: number) => {
      const url = `/people/${slug}/`;
      const { hits } = await pagefindSearch(page, distDir, query, {
        limit: Math.max(TOP, window),
        scope: 'people',
      });
      expect(
        rankOf(hits, url),
        `"${query}" should put ${url} in the top ${Math.max(TOP, window)}; got ${list(hits)}`,
      ).toBeGreaterThanOrEqual(0);
    };

    test.each(people.map((p) => [p.name, p] as const))('full name: %s', async (_name, person) => {
      await expectInTop(person.name, person.slug, 1);
    });

    test.each(mps.map((p) => [p.surname, p] as const))('surname: %s', async (surname, person) => {
      await expectInTop(
        surname,
        person.slug,
        sharing((other) => other.surname.toLowerCase() === surname.toLowerCase()),
      );
    });

    test.each(mps.flatMap((p) => p.seats.map((seat) => [seat, p.name, p] as const)))(
      'constituency: %s finds %s',
      async (seat, _name, person) => {
        // The seat's own page competes too, hence one more than the MPs who held it.
        await expectInTop(seat, person.slug, 1 + sharing((other) => other.seats.includes(seat)));
      },
    );

    test.each(
      people.flatMap((p) =>
        [...p.aliases, ...p.misspellings].map((form) => [form, p.name, p] as const),
      ),
    )('alias or misspelling: %s finds %s', async (form, _name, person) => {
      await expectInTop(form, person.slug, 1);
    });

    test.each(people.flatMap((p) => p.roles.map((role) => [role, p.name, p] as const)))(
      'role: %s finds %s',
      async (role, _name, person) => {
        // Pagefind matches the words anywhere on a page, so every page whose roles hold them all competes.
        await expectInTop(
          role,
          person.slug,
          sharing((other) => containsAll(other.roles.join(' '), role)),
        );
      },
    );
  },
);
