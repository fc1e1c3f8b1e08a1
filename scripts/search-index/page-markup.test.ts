import { describe, expect, test } from 'vitest';
import {
  filterDeclarations,
  indexablePage,
  indexProblems,
  pageProblems,
  quickPartPage,
} from './page-markup.ts';
import { facts, page } from './test-pages.ts';

const TYPES = ['Article', 'Person', 'Constituency'];

describe('filterDeclarations', () => {
  test('value from an attribute, so commas stay inside the value', () => {
    expect(
      filterDeclarations(
        'constituency[value]',
        new Map([['value', 'Normanton, Pontefract and Castleford']]),
      ),
    ).toEqual([['constituency', 'Normanton, Pontefract and Castleford']]);
  });
  test('inline name:value, to the end', () => {
    expect(filterDeclarations('publication: The Spectator (Coffee House)', new Map())).toEqual([
      ['publication', 'The Spectator (Coffee House)'],
    ]);
  });
  test('several attribute captures; a text capture has no value here', () => {
    expect(filterDeclarations('a[x], b[y], c', new Map([['x', '1']]))).toEqual([
      ['a', '1'],
      ['b', null],
      ['c', null],
    ]);
  });
});

describe('indexablePage and indexProblems', () => {
  const html: [string, string][] = [
    [
      '/a/',
      page(
        '<article data-pagefind-body>FACTS<h1>A</h1></article>',
        facts('Article', '<data value="2019" data-pagefind-filter="year[value]"></data>'),
      ),
    ],
    ['/b/', page('<p>An index page</p>')],
    ['/c/', page('<div data-pagefind-body><h1>C</h1></div>')],
    ['/d/', page('<div data-pagefind-body>FACTS</div>', facts('Article') + facts('Person'))],
    ['/e/', page('<div data-pagefind-body>FACTS</div>', facts('Party'))],
  ];
  const pages = html
    .map(([urlPath, markup]) => indexablePage(urlPath, markup))
    .filter((p) => p !== null);

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
    expect(pageProblems(pages[1]!, TYPES)).toEqual([
      '/c/: declares no result type (render <SearchFacts type="…"> inside its data-pagefind-body)',
    ]);
  });

  test('a site with nothing to index is a problem', () => {
    expect(indexProblems([], TYPES)).toEqual([
      'no page has a data-pagefind-body element: nothing would be searchable',
    ]);
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
    expect(
      filtersOf(
        page(
          '<script>if (a < b) x = "</p>";</script><title>T</title><main data-pagefind-body>FACTS</main>',
          facts('Article'),
        ),
      ),
    ).toEqual({ type: ['Article'] });
  });

  test('single, double and no quotes; upper-case names; the attribute with a value', () => {
    expect(
      filtersOf(
        "<MAIN DATA-PAGEFIND-BODY=''><data value='2019' data-pagefind-filter='year[value]'></data><data value=BBC data-pagefind-filter=publication[value]></data></MAIN>",
      ),
    ).toEqual({
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
    expect(
      filtersOf(
        '<main data-pagefind-body><data value="A" value="B" data-pagefind-filter="person[value]"></data></main>',
      ),
    ).toEqual({ person: ['A'] });
  });

  test('a filter outside the indexed element still counts (Pagefind reads filters from the whole page)', () => {
    expect(
      filtersOf(
        '<head><meta data-pagefind-filter="year:2020"></head><main data-pagefind-body></main>',
      ),
    ).toEqual({ year: ['2020'] });
  });

  test('SVG: CDATA is text, and an SVG <title> is not the document title', () => {
    expect(filtersOf('<svg><![CDATA[ a > b <g data-pagefind-body> ]]></svg><p>x</p>')).toBeNull();
    expect(filtersOf('<svg><title>Icon</title></svg><main data-pagefind-body></main>')).toEqual({});
    // An HTML tag inside <svg> ends it, so a <script> after it is a script again.
    expect(
      filtersOf('<svg><path d="M0"/><p>text</p><script>"<main data-pagefind-body>"</script>'),
    ).toBeNull();
  });
});

describe('quickPartPage', () => {
  const body = (facts: string) => page(`<article data-pagefind-body>${facts}<h1>A</h1></article>`);
  const type = (value: string) =>
    `<data value="${value}" data-pagefind-filter="type[value]"></data>`;
  const date = (value: string) => `<data value="${value}" data-pagefind-sort="date[value]"></data>`;

  test('reads the type and date SearchFacts writes', () => {
    expect(quickPartPage('/a/', body(type('Article') + date('2019-02-18')), TYPES)).toEqual({
      urlPath: '/a/',
      type: 'Article',
      sortDate: '2019-02-18',
    });
    expect(quickPartPage('/p/', body(type('Person')), TYPES)).toEqual({
      urlPath: '/p/',
      type: 'Person',
      sortDate: null,
    });
  });
  test('no search body: not indexed', () => {
    expect(quickPartPage('/b/', page('<p>An index page</p>'), TYPES)).toBeNull();
  });
  test('anything else is left to the full read: no type, two types, an unknown type, two dates', () => {
    for (const facts of [
      '',
      type('Article') + type('Person'),
      type('Party'),
      type('Article') + date('2019') + date('2018'),
    ]) {
      expect(quickPartPage('/x/', body(facts), TYPES), facts).toBe('unsure');
    }
  });
});
