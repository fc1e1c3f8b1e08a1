import { describe, expect, test } from 'vitest';
import { countMessage, facetCounts, filterOptions, paragraphOfFirstMatch, resultView, sortNote } from './format.ts';

describe('resultView', () => {
  const fragment = {
    url: '/articles/labour-row/?highlight=berger',
    excerpt: 'Ms <mark>Berger</mark> is facing &lt;a vote&gt;',
    meta: { title: 'Labour row erupts', type: 'Article', date: 'February 2019', publication: 'BBC News' },
    locations: [40, 12],
    anchors: [
      { element: 'p', id: 'p1', location: 5 },
      { element: 'p', id: 'p2', location: 11 },
      { element: 'h2', id: 'section', location: 11 },
      { element: 'p', id: 'p3', location: 30 },
    ],
  };

  test('title, type, date and publication, and the excerpt as Pagefind gave it', () => {
    const view = resultView(fragment);
    expect(view).toMatchObject({ title: 'Labour row erupts', type: 'Article', details: ['February 2019', 'BBC News'] });
    expect(view.excerptHtml).toBe(fragment.excerpt);
  });

  test('links to the paragraph of the first match, keeping the highlight parameters', () => {
    expect(resultView(fragment).href).toBe('/articles/labour-row/?highlight=berger#p2');
  });

  test('a match before any numbered paragraph (the headline) links to the page', () => {
    expect(resultView({ ...fragment, locations: [1] }).href).toBe('/articles/labour-row/?highlight=berger');
  });

  test('a person page: type from meta or the type filter, no details, the URL when there is no title', () => {
    const view = resultView({ url: '/people/x/', excerpt: '', meta: {}, filters: { type: ['Person'] } });
    expect(view).toMatchObject({ href: '/people/x/', title: '/people/x/', type: 'Person', details: [] });
  });
});

describe('paragraphOfFirstMatch', () => {
  test('the last numbered paragraph starting at or before the first match', () => {
    const anchors = [
      { element: 'p', id: 'p1', location: 0 },
      { element: 'p', id: 'p2', location: 10 },
    ];
    expect(paragraphOfFirstMatch([10], anchors)).toBe('p2');
    expect(paragraphOfFirstMatch([9, 30], anchors)).toBe('p1');
    expect(paragraphOfFirstMatch([], anchors)).toBe('');
    expect(paragraphOfFirstMatch([3], [{ element: 'h2', id: 'roles', location: 0 }])).toBe('');
  });
});

describe('countMessage', () => {
  test('counts results for the words, saying when filters apply', () => {
    expect(countMessage(0, 'Zebra', false)).toBe('No results for “Zebra”.');
    expect(countMessage(1, ' Wavertree ', false)).toBe('1 result for “Wavertree”.');
    expect(countMessage(12, 'Labour', true)).toBe('12 results for “Labour”, with the chosen filters.');
  });

  test('counts pages when browsing by filters alone', () => {
    expect(countMessage(1, '', true)).toBe('1 page matches the chosen filters.');
    expect(countMessage(3, '', true)).toBe('3 pages match the chosen filters.');
    expect(countMessage(0, '', true)).toBe('No pages match the chosen filters.');
  });
});

describe('filterOptions', () => {
  test('years newest first; values without results hidden unless selected', () => {
    expect(filterOptions('year', { '2015': 2, '2019': 1, '2018': 0, '2016': 0 }, ['2018'])).toEqual([
      { value: '2019', label: '2019', count: 1, checked: false },
      { value: '2018', label: '2018', count: 0, checked: true },
      { value: '2015', label: '2015', count: 2, checked: false },
    ]);
  });

  test('result types in a fixed order, with plural labels', () => {
    expect(filterOptions('type', { Person: 3, Article: 5, Constituency: 2 }).map((o) => o.label)).toEqual(['Articles', 'People', 'Constituencies']);
  });

  test('names alphabetically, ignoring case', () => {
    expect(filterOptions('person', { 'luciana Berger': 1, 'Andy Burnham': 1, 'Chris Leslie': 2 }).map((o) => o.value)).toEqual([
      'Andy Burnham',
      'Chris Leslie',
      'luciana Berger',
    ]);
  });

  test('a selected value Pagefind does not know (an old link) still shows, to be cleared', () => {
    expect(filterOptions('person', undefined, ['Nobody'])).toEqual([{ value: 'Nobody', label: 'Nobody', count: 0, checked: true }]);
  });
});

describe('facetCounts', () => {
  test('a filter with values chosen is counted without itself; the others from the results', () => {
    expect(facetCounts({ year: { '2015': 2 }, type: { Article: 2 } }, { year: { '2015': 2, '2019': 1 } })).toEqual({
      year: { '2015': 2, '2019': 1 },
      type: { Article: 2 },
    });
  });
});

test('sortNote explains that date order leaves undated pages out', () => {
  expect(sortNote('relevance')).toBe('');
  expect(sortNote('newest')).toMatch(/dated .* only/);
});
