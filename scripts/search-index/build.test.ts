import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { FilterDirectory, SearchPartsManifest } from '../../src/search/parts/manifest.ts';
import { buildSearchIndex, failOn, filterDeclarations, indexablePage, indexProblems, pageProblems, parsePagefindTotals, quickPartPage, SearchIndexError } from './build.ts';

const TYPES = ['Article', 'Person', 'Constituency'];

describe('filterDeclarations', () => {
  test('value from an attribute, so commas stay inside the value', () => {
    expect(filterDeclarations('constituency[value]', new Map([['value', 'Normanton, Pontefract and Castleford']]))).toEqual([
      ['constituency', 'Normanton, Pontefract and Castleford'],
    ]);
  });
  test('inline name:value, to the end', () => {
    expect(filterDeclarations('publication: The Spectator (Coffee House)', new Map())).toEqual([['publication', 'The Spectator (Coffee House)']]);
  });
  test('several attribute captures; a text capture has no value here', () => {
    expect(filterDeclarations('a[x], b[y], c', new Map([['x', '1']]))).toEqual([
      ['a', '1'],
      ['b', null],
      ['c', null],
    ]);
  });
});

const page = (body: string, facts = '') =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><header data-pagefind-ignore="all">Navigation</header>${body.replace('FACTS', facts)}</body></html>`;
const facts = (type: string, extra = '') => `<div hidden><data value="${type}" data-pagefind-filter="type[value]"></data>${extra}</div>`;

describe('indexablePage and indexProblems', () => {
  const html: [string, string][] = [
    ['/a/', page('<article data-pagefind-body>FACTS<h1>A</h1></article>', facts('Article', '<data value="2019" data-pagefind-filter="year[value]"></data>'))],
    ['/b/', page('<p>An index page</p>')],
    ['/c/', page('<div data-pagefind-body><h1>C</h1></div>')],
    ['/d/', page('<div data-pagefind-body>FACTS</div>', facts('Article') + facts('Person'))],
    ['/e/', page('<div data-pagefind-body>FACTS</div>', facts('Party'))],
  ];
  const pages = html.map(([urlPath, markup]) => indexablePage(urlPath, markup)).filter((p) => p !== null);

  test('only pages with data-pagefind-body, with their filters', () => {
    expect(pages.map((p) => p.urlPath)).toEqual(['/a/', '/c/', '/d/', '/e/']);
    expect(Object.fromEntries(pages[0]!.filters)).toEqual({ type: ['Article'], year: ['2019'] });
  });

  test('every indexed page needs exactly one known result type', () => {
    expect(indexProblems(pages, TYPES)).toEqual([
      '/c/: declares no result type (render <SearchFacts type="…"> inside its data-pagefind-body)',
      '/d/: declares 2 result types (Article, Person); one only',
      '/e/: result type "Party" is not one of Article, Person, Constituency',
    ]);
    expect(indexProblems(pages.slice(0, 1), TYPES)).toEqual([]);
    expect(pageProblems(pages[1]!, TYPES)).toEqual(['/c/: declares no result type (render <SearchFacts type="…"> inside its data-pagefind-body)']);
  });

  test('a site with nothing to index is a problem', () => {
    expect(indexProblems([], TYPES)).toEqual(['no page has a data-pagefind-body element: nothing would be searchable']);
  });
});

describe('indexablePage reads the markup as a browser would', () => {
  const filtersOf = (markup: string) => {
    const found = indexablePage('/x/', markup);
    return found === null ? null : Object.fromEntries(found.filters);
  };

  test('the attribute in text, a comment, a script or a title is not an element', () => {
    for (const holder of [
      '<p>Mark the content with data-pagefind-body, then &lt;div data-pagefind-body&gt;</p>',
      '<!-- <div data-pagefind-body> -->',
      '<script>document.body.innerHTML = "<div data-pagefind-body></div>";</script>',
      '<title><main data-pagefind-body></title>',
      '<textarea><main data-pagefind-body></textarea>',
      '<style>/* <main data-pagefind-body> */</style>',
      '<noscript><main data-pagefind-body></main></noscript>',
      '<p title="<main data-pagefind-body>">quoted</p>',
    ]) {
      expect(indexablePage('/x/', page(holder)), holder).toBeNull();
    }
  });

  test('after a script or a title ends, tags count again', () => {
    expect(filtersOf(page('<script>if (a < b) x = "</p>";</script><title>T</title><main data-pagefind-body>FACTS</main>', facts('Article')))).toEqual({ type: ['Article'] });
  });

  test('single, double and no quotes; upper-case names; the attribute with a value', () => {
    expect(filtersOf("<MAIN DATA-PAGEFIND-BODY=''><data value='2019' data-pagefind-filter='year[value]'></data><data value=BBC data-pagefind-filter=publication[value]></data></MAIN>")).toEqual({
      year: ['2019'],
      publication: ['BBC'],
    });
  });

  test('character references in values are decoded, in either attribute', () => {
    expect(
      filtersOf(
        '<main data-pagefind-body><data value="Ben &quot;Ben&quot; Bradshaw &amp; co" data-pagefind-filter="person[value]"></data><span data-pagefind-filter="publication:The &#39;Herald&#x27;"></span></main>',
      ),
    ).toEqual({ person: ['Ben "Ben" Bradshaw & co'], publication: ["The 'Herald'"] });
  });

  test('a repeated attribute counts once, the first, as in a browser', () => {
    expect(filtersOf('<main data-pagefind-body><data value="A" value="B" data-pagefind-filter="person[value]"></data></main>')).toEqual({ person: ['A'] });
  });

  test('a filter outside the indexed element still counts (Pagefind reads filters from the whole page)', () => {
    expect(filtersOf('<head><meta data-pagefind-filter="year:2020"></head><main data-pagefind-body></main>')).toEqual({ year: ['2020'] });
  });

  test('SVG: CDATA is text, and an SVG <title> is not the document title', () => {
    expect(filtersOf('<svg><![CDATA[ a > b <g data-pagefind-body> ]]></svg><p>x</p>')).toBeNull();
    expect(filtersOf('<svg><title>Icon</title></svg><main data-pagefind-body></main>')).toEqual({});
    // An HTML tag inside <svg> ends it, so a <script> after it is a script again.
    expect(filtersOf('<svg><path d="M0"/><p>text</p><script>"<main data-pagefind-body>"</script>')).toBeNull();
  });
});

describe('quickPartPage', () => {
  const body = (facts: string) => page(`<article data-pagefind-body>${facts}<h1>A</h1></article>`);
  const type = (value: string) => `<data value="${value}" data-pagefind-filter="type[value]"></data>`;
  const date = (value: string) => `<data value="${value}" data-pagefind-sort="date[value]"></data>`;

  test('reads the type and date SearchFacts writes', () => {
    expect(quickPartPage('/a/', body(type('Article') + date('2019-02-18')), TYPES)).toEqual({ urlPath: '/a/', type: 'Article', sortDate: '2019-02-18' });
    expect(quickPartPage('/p/', body(type('Person')), TYPES)).toEqual({ urlPath: '/p/', type: 'Person', sortDate: null });
  });
  test('no search body: not indexed', () => {
    expect(quickPartPage('/b/', page('<p>An index page</p>'), TYPES)).toBeNull();
  });
  test('anything else is left to the full read: no type, two types, an unknown type, two dates', () => {
    for (const facts of ['', type('Article') + type('Person'), type('Party'), type('Article') + date('2019') + date('2018')]) {
      expect(quickPartPage('/x/', body(facts), TYPES), facts).toBe('unsure');
    }
  });
});

describe('parsePagefindTotals', () => {
  test('reads the last Total block', () => {
    const log = `[Info]: Language en-gb: \n  Indexed 2 pages\n  Indexed 10 words\n  Indexed 1 filter\n  Indexed 0 sorts\n\n[Info]: Total: \n  Indexed 1 language\n  Indexed 5 pages\n  Indexed 940 words\n  Indexed 2 filters\n  Indexed 1 sort\n`;
    expect(parsePagefindTotals(log)).toEqual({ pages: 5, words: 940, filters: 2, sorts: 1 });
  });
  test('null when the log has no totals', () => {
    expect(parsePagefindTotals('[Status]: [Walking source directory]')).toBeNull();
  });
});

/** A tiny built site on disk. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

describe('buildSearchIndex (runs Pagefind)', () => {
  const article = page(
    '<article data-pagefind-body>FACTS<h1>Wavertree row</h1><p id="p1">Members met. <a class="para-link" href="#p1">Pilcrowlink</a></p></article>',
    facts('Article', '<data value="BBC News" data-pagefind-filter="publication[value]"></data><data value="2019-02" data-pagefind-sort="date[value]"></data>'),
  );

  test('indexes the marked pages, writes the bundles and reports the counts', async () => {
    const dir = site({ 'index.html': page('<p>Home</p>'), 'articles/x/index.html': article, '404.html': page('<h1>Not found</h1>') });
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
    expect(readdirSync(join(dir, 'pagefind', 'parts', '2019')).sort()).toEqual(expect.arrayContaining(['filter', 'fragment', 'index', 'pagefind-entry.json']));
    expect(readdirSync(join(dir, 'pagefind', 'parts', '2019')).filter((f) => f.endsWith('.js') || f.startsWith('wasm'))).toEqual([]);
    // The page's text, as Pagefind stores it for excerpts, without the generated paragraph link.
    const fragmentDir = join(dir, 'pagefind', 'parts', '2019', 'fragment');
    const fragments = readdirSync(fragmentDir).map((f) => gunzipSync(readFileSync(join(fragmentDir, f))).toString('utf8'));
    expect(fragments).toHaveLength(1);
    expect(fragments[0]).toContain('Members met.');
    expect(fragments[0]).not.toContain('Pilcrowlink');
  });

  test('indexes every marked page and no page that only mentions the attribute', async () => {
    const files: Record<string, string> = { 'guide/index.html': page('<p>Pagefind indexes elements marked data-pagefind-body.</p>') };
    const count = 12;
    for (let i = 0; i < count; i++) files[`articles/a${i}/index.html`] = page(`<article data-pagefind-body>FACTS<h1>Story ${i}</h1><p>Word${i}</p></article>`, facts('Article'));
    const report = await buildSearchIndex(site(files), TYPES);
    expect(report.totals.pages).toBe(count);
    expect(Object.fromEntries(report.pagesByType)).toEqual({ Article: count });
  });

  describe('search parts', () => {
    const dated = (slug: string, date: string | null, words: string) =>
      page(
        `<article data-pagefind-body>FACTS<h1>${slug}</h1><p>${words}</p></article>`,
        facts('Article', date ? `<data value="${date.slice(0, 4)}" data-pagefind-filter="year[value]"></data><data value="${date}" data-pagefind-sort="date[value]"></data>` : ''),
      );
    const person = page('<div data-pagefind-body>FACTS<h1>Luciana Berger</h1><p>MP for Wavertree.</p></div>', facts('Person', '<data value="Luciana Berger" data-pagefind-filter="person[value]"></data>'));
    const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind', 'parts.json'), 'utf8')) as SearchPartsManifest;
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
        const entry = JSON.parse(readFileSync(join(dir, part.bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
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
      const filters = JSON.parse(readFileSync(join(dir, 'pagefind', manifest.filters), 'utf8')) as FilterDirectory;
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
      const files = { 'articles/a/index.html': dated('a', '2015-08', 'One.'), 'articles/b/index.html': dated('b', '2019-02-18', 'Two.') };
      const dir = site(files);
      await buildSearchIndex(dir, TYPES);
      rmSync(join(dir, 'articles', 'a'), { recursive: true });
      await buildSearchIndex(dir, TYPES);
      expect(readdirSync(join(dir, 'pagefind', 'parts'))).toEqual(['2019']);
    });
  });

  test('names every page with a problem, not only the first', async () => {
    const dir = site({ 'people/x/index.html': page('<div data-pagefind-body><h1>X</h1></div>'), 'people/y/index.html': page('<div data-pagefind-body><h1>Y</h1></div>') });
    await expect(buildSearchIndex(dir, TYPES)).rejects.toThrow(/2 problem\(s\):\n {2}\/people\/x\/: declares no result type.*\n {2}\/people\/y\/: declares no result type/);
  });

  test('fails, naming the page, when an indexed page declares no type', async () => {
    const dir = site({ 'people/x/index.html': page('<div data-pagefind-body><h1>X</h1></div>') });
    await expect(buildSearchIndex(dir, TYPES)).rejects.toThrow(/\/people\/x\/: declares no result type/);
  });

  test('fails when a filter sits where Pagefind drops it (inside data-pagefind-ignore="all")', async () => {
    const hidden = page('<article data-pagefind-body>FACTS<h1>Y</h1></article>', `${facts('Article')}<div data-pagefind-ignore="all"><data value="2019" data-pagefind-filter="year[value]"></data></div>`);
    const dir = site({ 'articles/y/index.html': hidden });
    await expect(buildSearchIndex(dir, TYPES)).rejects.toThrow(SearchIndexError);
    await expect(buildSearchIndex(dir, TYPES)).rejects.toThrow(/Pagefind indexed 1 filters for part undated-1, but its pages declare 2/);
  });

  test('fails when the quick read that placed a page in a part disagrees with the full read', async () => {
    // The quick read finds the type tag in a comment; the full read, like Pagefind, sees only the element.
    const odd = page('<!-- <data value="Article" data-pagefind-filter="type[value]"></data> --><div data-pagefind-body><data data-pagefind-filter="type[value]" value="Person"></data><h1>X</h1></div>');
    const dir = site({ 'people/x/index.html': odd });
    await expect(buildSearchIndex(dir, TYPES)).rejects.toThrow(/quick read .* disagrees with the full read for \/people\/x\//);
  });

  test('fails when there is no built site', async () => {
    await expect(buildSearchIndex(site({}), TYPES)).rejects.toThrow(/holds no HTML pages/);
  });
});

describe('failOn', () => {
  test('passes with no errors, throws naming the step and every error', () => {
    expect(() => failOn('writeFiles', [])).not.toThrow();
    expect(() => failOn('addDirectory(dist)', ['one', 'two'])).toThrow(/Pagefind addDirectory\(dist\) failed:\n {2}one\n {2}two/);
  });
});

describe('node scripts/index-search.ts', () => {
  const cli = (dir: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(process.execPath, ['scripts/index-search.ts', '--site', dir, ...args], { encoding: 'utf8', env });
  const article = page('<article data-pagefind-body>FACTS<h1>Row</h1><p>Members met.</p></article>', facts('Article'));

  test('prints the counts and exits 0', () => {
    const run = cli(site({ 'articles/x/index.html': article }));
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^search index: 1 pages \(1 Article\), \d+ words, 1 filters, 0 sort\(s\), in 2 parts\n {2}part people: 0 pages, 0 words\n {2}part undated-1: 1 pages, \d+ words\n {2}filter type: 1 value\(s\)\n$/);
    expect(run.status).toBe(0);
  });

  test('exits 1 with a message when an indexed page has no type', () => {
    const run = cli(site({ 'people/x/index.html': page('<div data-pagefind-body><h1>X</h1></div>') }));
    expect(run.stderr).toMatch(/\/people\/x\/: declares no result type/);
    expect(run.status).toBe(1);
  });

  test('exits 2 with a message for a part size that is not a whole number above 0', () => {
    const run = cli(site({ 'articles/x/index.html': article }), ['--max-part-pages', '0']);
    expect(run.stderr).toMatch(/--max-part-pages must be a whole number above 0, not "0"/);
    expect(run.status).toBe(2);
  });

  test('exits 1 with a message when Pagefind itself stops (here: its indexer exits at once)', () => {
    const dir = site({ 'articles/x/index.html': article });
    // Pagefind's Node API runs the binary PAGEFIND_BINARY_PATH names; `false` exits before answering.
    const run = cli(dir, [], { ...process.env, PAGEFIND_BINARY_PATH: '/bin/false' });
    // Depending on when the process goes, the API rejects or never answers: the message says so either way.
    expect(run.stderr).toMatch(/^search index: Pagefind's indexer stopped (while indexing part people: |without finishing)/m);
    expect(run.status).toBe(1);
  });
});
