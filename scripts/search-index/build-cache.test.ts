import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, type SearchIndexReport } from './build.ts';
import { facts, fileHashes, page, site } from './test-pages.ts';

const TYPES = ['Article', 'Person', 'Constituency'];

const article = (title: string, date: string | null, words: string) =>
  page(
    `<article data-pagefind-body>FACTS<h1>${title}</h1><p>${words}</p></article>`,
    facts(
      'Article',
      date
        ? `<data value="${date.slice(0, 4)}" data-pagefind-filter="year[value]"></data><data value="${date}" data-pagefind-sort="date[value]"></data>`
        : '',
    ),
  );
const person = (name: string, words: string) =>
  page(
    `<div data-pagefind-body>FACTS<h1>${name}</h1><p>${words}</p></div>`,
    facts('Person', `<data value="${name}" data-pagefind-filter="person[value]"></data>`),
  );

/** A small archive: the people part, 2019, 2015 and undated-1. */
const archive = () =>
  site({
    'index.html': page('<p>Home</p>'),
    'people/luciana-berger/index.html': person('Luciana Berger', 'MP for Wavertree.'),
    'people/chris-williamson/index.html': person('Chris Williamson', 'MP for Derby North.'),
    'articles/a/index.html': article('Entryism', '2015-08', 'Entryism claims.'),
    'articles/b/index.html': article('Vote', '2019-02-18', 'Wavertree vote of no confidence.'),
    'articles/c/index.html': article('Another', '2019-02', 'Another vote.'),
    'articles/d/index.html': article('Undated', null, 'Undated row.'),
  });
const PARTS = ['people', '2019', '2015', 'undated-1'];

/** The step as `npm run build` runs it: astro build has just emptied dist/, so no pagefind/ is there. */
async function run(dir: string, cacheDir: string | null): Promise<SearchIndexReport> {
  rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
  return buildSearchIndex(dir, TYPES, { cacheDir });
}

/** The part ids a run indexed with Pagefind, and the ones it reused. */
const split = (report: SearchIndexReport) => ({
  indexed: report.parts.filter((p) => !p.reused).map((p) => p.id),
  reused: report.parts.filter((p) => p.reused).map((p) => p.id),
  counts: [report.indexedParts, report.reusedParts],
});

/** A cold run without the cache over the same site: what the cached run must equal byte for byte. */
async function coldHashes(dir: string): Promise<Map<string, string>> {
  await run(dir, null);
  return fileHashes(join(dir, 'pagefind'));
}

const newCache = () => mkdtempSync(join(tmpdir(), 'search-cache-'));
const entries = (cacheDir: string) => readdirSync(join(cacheDir, 'parts')).sort();

describe('buildSearchIndex with the part cache (runs Pagefind)', () => {
  test('a second run over the same site reuses every part and writes the same bytes', async () => {
    const dir = archive();
    const cacheDir = newCache();
    const first = await run(dir, cacheDir);
    expect(split(first)).toEqual({ indexed: PARTS, reused: [], counts: [4, 0] });
    const firstHashes = fileHashes(join(dir, 'pagefind'));
    expect(entries(cacheDir)).toHaveLength(4);

    expect(first.parsedPages).toBe(7);
    const second = await run(dir, cacheDir);
    expect(split(second)).toEqual({ indexed: [], reused: PARTS, counts: [0, 4] });
    // No page is read fully again: every read is remembered, and the counts are the same.
    expect(second.parsedPages).toBe(0);
    expect(second.pagesByType).toEqual(first.pagesByType);
    expect(second.filterValues).toEqual(first.filterValues);
    expect(second.totals).toEqual(first.totals);
    expect(second.parts.map((p) => [p.id, p.words, p.filters])).toEqual(
      first.parts.map((p) => [p.id, p.words, p.filters]),
    );
    const secondHashes = fileHashes(join(dir, 'pagefind'));
    expect(secondHashes.size).toBeGreaterThan(10);
    expect(secondHashes).toEqual(firstHashes);
    expect(await coldHashes(dir)).toEqual(firstHashes);
  });

  test('a changed article re-indexes its part only, and the output equals a cold run', async () => {
    const dir = archive();
    const cacheDir = newCache();
    await run(dir, cacheDir);
    const before = fileHashes(join(dir, 'pagefind'));
    writeFileSync(
      join(dir, 'articles/c/index.html'),
      article('Another', '2019-02', 'Another vote, on deselection.'),
    );
    const report = await run(dir, cacheDir);
    expect(split(report)).toEqual({
      indexed: ['2019'],
      reused: ['people', '2015', 'undated-1'],
      counts: [1, 3],
    });
    expect(report.parsedPages).toBe(1);
    const warm = fileHashes(join(dir, 'pagefind'));
    expect(warm).not.toEqual(before);
    expect(await coldHashes(dir)).toEqual(warm);
    // The old 2019 entry is pruned: one entry per part of this run.
    expect(entries(cacheDir)).toHaveLength(4);
  });

  test('a new article re-indexes its year only; the word directory and filters still cover it', async () => {
    const dir = archive();
    const cacheDir = newCache();
    await run(dir, cacheDir);
    mkdirSync(join(dir, 'articles/e'));
    writeFileSync(
      join(dir, 'articles/e/index.html'),
      article('Deselection', '2019-09-01', 'Deselection ballot.'),
    );
    const report = await run(dir, cacheDir);
    expect(split(report).indexed).toEqual(['2019']);
    expect(report.totals.pages).toBe(7);
    const warm = fileHashes(join(dir, 'pagefind'));
    expect(await coldHashes(dir)).toEqual(warm);
  });

  test("a person page's change re-indexes the people part only", async () => {
    const dir = archive();
    const cacheDir = newCache();
    await run(dir, cacheDir);
    writeFileSync(
      join(dir, 'people/chris-williamson/index.html'),
      person('Chris Williamson', 'MP for Derby North, 2017 to 2019.'),
    );
    const report = await run(dir, cacheDir);
    expect(split(report)).toEqual({
      indexed: ['people'],
      reused: ['2019', '2015', 'undated-1'],
      counts: [1, 3],
    });
    const warm = fileHashes(join(dir, 'pagefind'));
    expect(await coldHashes(dir)).toEqual(warm);
  });

  const corruptions: [string, (entry: string) => void][] = [
    [
      'a bundle file with a byte changed',
      (entry) => {
        const file = join(entry, 'bundle', 'pagefind-entry.json');
        const bytes = readFileSync(file);
        bytes[10] = bytes[10]! ^ 1;
        writeFileSync(file, bytes);
      },
    ],
    [
      'a truncated bundle file',
      (entry) => truncateSync(join(entry, 'bundle', 'pagefind-entry.json'), 5),
    ],
    ['a bundle file missing', (entry) => rmSync(join(entry, 'bundle', 'pagefind-entry.json'))],
    ['a file it does not list', (entry) => writeFileSync(join(entry, 'bundle', 'extra.js'), 'x')],
    ['no part.json (a partial entry)', (entry) => rmSync(join(entry, 'part.json'))],
    ['part.json cut short', (entry) => truncateSync(join(entry, 'part.json'), 20)],
  ];
  test.each(corruptions)(
    'an entry with %s is a miss: that part is indexed again and the entry replaced',
    async (_, corrupt) => {
      const dir = archive();
      const cacheDir = newCache();
      await run(dir, cacheDir);
      const good = fileHashes(join(dir, 'pagefind'));
      corrupt(join(cacheDir, 'parts', entries(cacheDir)[0]!));
      const report = await run(dir, cacheDir);
      expect(report.indexedParts).toBe(1);
      expect(report.reusedParts).toBe(3);
      expect(fileHashes(join(dir, 'pagefind'))).toEqual(good);
      expect(split(await run(dir, cacheDir)).counts).toEqual([0, 4]);
    },
  );

  test('a bundle file rewritten in place in the site (it shares the entry’s file) is a miss next time', async () => {
    const dir = archive();
    const cacheDir = newCache();
    await run(dir, cacheDir);
    const good = fileHashes(join(dir, 'pagefind'));
    const file = join(dir, 'pagefind', 'parts', '2019', 'pagefind-entry.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('1.6.0', '9.9.9'));
    const report = await run(dir, cacheDir);
    expect(split(report).indexed).toEqual(['2019']);
    expect(fileHashes(join(dir, 'pagefind'))).toEqual(good);
  });

  test('a corrupt record of the page reads is ignored: every page is read again, same output', async () => {
    const dir = archive();
    const cacheDir = newCache();
    await run(dir, cacheDir);
    const good = fileHashes(join(dir, 'pagefind'));
    const file = join(cacheDir, 'pages.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"2019"', '"2018"'));
    const report = await run(dir, cacheDir);
    expect(report.parsedPages).toBe(7);
    expect(report.reusedParts).toBe(4);
    expect(fileHashes(join(dir, 'pagefind'))).toEqual(good);
  });

  test('a temporary folder a stopped run left behind is never read, and is removed', async () => {
    const dir = archive();
    const cacheDir = newCache();
    await run(dir, cacheDir);
    mkdirSync(join(cacheDir, 'parts', '.tmp-left'), { recursive: true });
    writeFileSync(join(cacheDir, 'parts', '.tmp-left', 'part.json'), '{');
    const report = await run(dir, cacheDir);
    expect(report.reusedParts).toBe(4);
    expect(entries(cacheDir)).not.toContain('.tmp-left');
    expect(entries(cacheDir)).toHaveLength(4);
  });
});
