import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { FilterDirectory, SearchPartsManifest } from '../../src/search/parts/manifest.ts';
import { buildSearchIndex } from './build.ts';
import { SearchIndexError } from './error.ts';
import { facts, page, site } from './test-pages.ts';

const TYPES = ['Article', 'Person', 'Constituency'];

describe('buildSearchIndex (runs Pagefind)', () => {
  const article = page(
    '<article data-pagefind-body>FACTS<h1>Wavertree row</h1><p id="p1">Members met. <a class="para-link" href="#p1">Pilcrowlink</a></p></article>',
    facts(
      'Article',
      '<data value="BBC News" data-pagefind-filter="publication[value]"></data><data value="2019-02" data-pagefind-sort="date[value]"></data>',
    ),
  );

  test('indexes the marked pages, writes the bundles and reports the counts', async () => {
    const dir = site({
      'index.html': page('<p>Home</p>'),
      'articles/x/index.html': article,
      '404.html': page('<h1>Not found</h1>'),
    });
    const report = await buildSearchIndex(dir, TYPES);
    expect(report.totals).toMatchObject({ pages: 1, filters: 2, sorts: 1 });
    expect(report.totals.words).toBeGreaterThan(0);
    expect(Object.fromEntries(report.pagesByType)).toEqual({ Article: 1 });
    expect([...report.filterValues.get('publication')!]).toEqual(['BBC News']);
    expect(report.parts.map((p) => [p.id, p.pages])).toEqual([
      ['people', 0],
      ['2019', 1],
    ]);
    // The people part's bundle carries Pagefind's script and wasm for every part; an article part keeps only its index files.
    expect(readdirSync(join(dir, 'pagefind'))).toContain('pagefind.js');
    expect(readdirSync(join(dir, 'pagefind', 'parts', '2019')).sort()).toEqual(
      expect.arrayContaining(['filter', 'fragment', 'index', 'pagefind-entry.json']),
    );
    expect(
      readdirSync(join(dir, 'pagefind', 'parts', '2019')).filter(
        (f) => f.endsWith('.js') || f.startsWith('wasm'),
      ),
    ).toEqual([]);
    // The page's text, as Pagefind stores it for excerpts, without the generated paragraph link.
    const fragmentDir = join(dir, 'pagefind', 'parts', '2019', 'fragment');
    const fragments = readdirSync(fragmentDir).map((f) =>
      gunzipSync(readFileSync(join(fragmentDir, f))).toString('utf8'),
    );
    expect(fragments).toHaveLength(1);
    expect(fragments[0]).toContain('Members met.');
    expect(fragments[0]).not.toContain('Pilcrowlink');
  });

  test('indexes every marked page and no page that only mentions the attribute', async () => {
    const files: Record<string, string> = {
      'guide/index.html': page('<p>Pagefind indexes elements marked data-pagefind-body.</p>'),
    };
    const count = 12;
    for (let i = 0; i < count; i++)
      files[`articles/a${i}/index.html`] = page(
        `<article data-pagefind-body>FACTS<h1>Story ${i}</h1><p>Word${i}</p></article>`,
        facts('Article'),
      );
    const report = await buildSearchIndex(site(files), TYPES);
    expect(report.totals.pages).toBe(count);
    expect(Object.fromEntries(report.pagesByType)).toEqual({ Article: count });
  });

  describe('search parts', () => {
    const dated = (slug: string, date: string | null, words: string) =>
      page(
        `<article data-pagefind-body>FACTS<h1>${slug}</h1><p>${words}</p></article>`,
        facts(
          'Article',
          date
            ? `<data value="${date.slice(0, 4)}" data-pagefind-filter="year[value]"></data><data value="${date}" data-pagefind-sort="date[value]"></data>`
            : '',
        ),
      );
    const person = page(
      '<div data-pagefind-body>FACTS<h1>Luciana Berger</h1><p>MP for Wavertree.</p></div>',
      facts('Person', '<data value="Luciana Berger" data-pagefind-filter="person[value]"></data>'),
    );
    const readManifest = (dir: string) =>
      JSON.parse(readFileSync(join(dir, 'pagefind', 'parts.json'), 'utf8')) as SearchPartsManifest;
    const directoryOf = (dir: string, manifest: SearchPartsManifest) =>
      new Map(
        manifest.words.flatMap((chunk) =>
          readFileSync(join(dir, 'pagefind', chunk.file), 'utf8')
            .trim()
            .split('\n')
            .map((line) => line.split('\t') as [string, string]),
        ),
      );

    test('people first, then articles by year, newest first, undated last; each part its own Pagefind bundle', async () => {
      const dir = site({
        'people/luciana-berger/index.html': person,
        'articles/a/index.html': dated('a', '2015-08', 'Entryism claims.'),
        'articles/b/index.html': dated('b', '2019-02-18', 'Wavertree vote.'),
        'articles/c/index.html': dated('c', '2019-02', 'Another vote.'),
        'articles/d/index.html': dated('d', null, 'Undated row.'),
      });
      const report = await buildSearchIndex(dir, TYPES);
      const manifest = readManifest(dir);
      expect(manifest.parts.map((p) => [p.id, p.kind, p.pages, p.bundle])).toEqual([
        ['people', 'people', 1, '/pagefind/'],
        ['2019', 'dated', 2, '/pagefind/parts/2019/'],
        ['2015', 'dated', 1, '/pagefind/parts/2015/'],
        ['undated-1', 'undated', 1, '/pagefind/parts/undated-1/'],
      ]);
      expect(report.parts.map((p) => p.id)).toEqual(['people', '2019', '2015', 'undated-1']);
      // Each bundle indexes exactly its part's pages: Pagefind's own page table has their count.
      for (const part of manifest.parts.slice(1)) {
        const entry = JSON.parse(
          readFileSync(join(dir, part.bundle, 'pagefind-entry.json'), 'utf8'),
        ) as { languages: Record<string, { page_count: number }> };
        expect(Object.values(entry.languages)[0]!.page_count, part.id).toBe(part.pages);
      }
      expect(manifest.pagefind).toMatch(/^\d+\.\d+\.\d+/);
    });

    test('the word directory names, for each stemmed word Pagefind indexed, exactly the parts that hold it', async () => {
      const dir = site({
        'people/luciana-berger/index.html': person,
        'articles/a/index.html': dated('a', '2015-08', 'Entryism claims about infiltration.'),
        'articles/b/index.html': dated('b', '2019-02-18', 'Wavertree vote of no confidence.'),
        'articles/c/index.html': dated('c', '2018-09', 'Deselection and a vote.'),
      });
      await buildSearchIndex(dir, TYPES);
      const manifest = readManifest(dir);
      const number = (id: string) => manifest.parts.findIndex((p) => p.id === id);
      const directory = directoryOf(dir, manifest);
      expect(directory.get('entryism')).toBe(String(number('2015')));
      expect(directory.get('wavertre')).toBe([number('people'), number('2019')].sort().join(','));
      expect(directory.get('vote')).toBe([number('2019'), number('2018')].sort().join(','));
      expect(directory.get('confid')).toBe(String(number('2019')));
      // Chunks are listed in word order, by their first word.
      const firsts = manifest.words.map((w) => w.first);
      expect(firsts).toEqual([...firsts].sort());
    });

    test('the filter file counts each value and names the parts holding it', async () => {
      const dir = site({
        'people/luciana-berger/index.html': person,
        'articles/b/index.html': dated('b', '2019-02-18', 'Wavertree vote.'),
        'articles/c/index.html': dated('c', '2018-09', 'A vote.'),
      });
      await buildSearchIndex(dir, TYPES);
      const manifest = readManifest(dir);
      const filters = JSON.parse(
        readFileSync(join(dir, 'pagefind', manifest.filters), 'utf8'),
      ) as FilterDirectory;
      expect(filters['type']).toEqual({ Article: [2, '1,2'], Person: [1, '0'] });
      expect(filters['year']).toEqual({ '2018': [1, '2'], '2019': [1, '1'] });
      expect(filters['person']).toEqual({ 'Luciana Berger': [1, '0'] });
    });

    test('a year larger than the most pages a part may hold is split by months', async () => {
      const dir = site({
        'articles/a/index.html': dated('a', '2019-01-05', 'One.'),
        'articles/b/index.html': dated('b', '2019-02-18', 'Two.'),
        'articles/c/index.html': dated('c', '2019-03', 'Three.'),
      });
      await buildSearchIndex(dir, TYPES, { maxPartPages: 2 });
      expect(readManifest(dir).parts.map((p) => [p.id, p.label, p.pages])).toEqual([
        ['people', 'People and constituencies', 0],
        ['2019-03', 'March 2019', 1],
        ['2019-01-2019-02', 'January to February 2019', 2],
      ]);
    });

    test('a rerun replaces the previous index, leaving no part of it behind', async () => {
      const files = {
        'articles/a/index.html': dated('a', '2015-08', 'One.'),
        'articles/b/index.html': dated('b', '2019-02-18', 'Two.'),
      };
      const dir = site(files);
      await buildSearchIndex(dir, TYPES);
      rmSync(join(dir, 'articles', 'a'), { recursive: true });
      await buildSearchIndex(dir, TYPES);
      expect(readdirSync(join(dir, 'pagefind', 'parts'))).toEqual(['2019']);
    });
  });

  test('names every page with a problem, not only the first', async () => {
    const dir = site({
      'people/x/index.html': page('<div data-pagefind-body><h1>X</h1></div>'),
      'people/y/index.html': page('<div data-pagefind-body><h1>Y</h1></div>'),
    });
    await expect(buildSearchIndex(dir, TYPES)).rejects.toThrow(
      /2 problem\(s\):\n {2}\/people\/x\/: declares no result type.*\n {2}\/people\/y\/: declares no result type/,
    );
  });

  test('fails, naming the page, when an indexed page declares no type', async () => {
    const dir = site({ 'people/x/index.html': page('<div data-pagefind-body><h1>X</h1></div>') });
    await expect(buildSearchIndex(dir, TYPES)).rejects.toThrow(
      /\/people\/x\/: declares no result type/,
    );
  });

  test('fails when a filter sits where Pagefind drops it (inside data-pagefind-ignore="all")', async () => {
    const hidden = page(
      '<article data-pagefind-body>FACTS<h1>Y</h1></article>',
      `${facts('Article')}<div data-pagefind-ignore="all"><data value="2019" data-pagefind-filter="year[value]"></data></div>`,
    );
    const dir = site({ 'articles/y/index.html': hidden });
    await expect(buildSearchIndex(dir, TYPES)).rejects.toThrow(SearchIndexError);
    await expect(buildSearchIndex(dir, TYPES)).rejects.toThrow(
      /Pagefind indexed 1 filters for part undated-1, but its pages declare 2/,
    );
  });

  test('fails when the quick read that placed a page in a part disagrees with the full read', async () => {
    // The quick read finds the type tag in a comment; the full read, like Pagefind, sees only the element.
    const odd = page(
      '<!-- <data value="Article" data-pagefind-filter="type[value]"></data> --><div data-pagefind-body><data data-pagefind-filter="type[value]" value="Person"></data><h1>X</h1></div>',
    );
    const dir = site({ 'people/x/index.html': odd });
    await expect(buildSearchIndex(dir, TYPES)).rejects.toThrow(
      /quick read .* disagrees with the full read for \/people\/x\//,
    );
  });

  test('fails when there is no built site', async () => {
    await expect(buildSearchIndex(site({}), TYPES)).rejects.toThrow(/holds no HTML pages/);
  });
});
