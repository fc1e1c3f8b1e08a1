import { describe, expect, test } from 'vitest';
import {
  filterOptions,
  missingWordsMessage,
  paragraphOfFirstMatch,
  resultView,
  scopeMessage,
  summaryMessage,
} from './format.ts';

describe('resultView', () => {
  const fragment = {
    url: '/articles/labour-row/?highlight=berger',
    excerpt: 'Ms <mark>Berger</mark> is facing &lt;a vote&gt;',
    meta: {
      title: 'Labour row erupts',
      type: 'Article',
      date: 'February 2019',
      publication: 'BBC News',
    },
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
    expect(view).toMatchObject({
      title: 'Labour row erupts',
      type: 'Article',
      details: ['February 2019', 'BBC News'],
    });
    expect(view.excerptHtml).toBe(fragment.excerpt);
  });

  test('links to the paragraph of the first match, keeping the highlight parameters', () => {
    expect(resultView(fragment).href).toBe('/articles/labour-row/?highlight=berger#p2');
  });

  test('a match before any numbered paragraph (the headline) links to the page', () => {
    expect(resultView({ ...fragment, locations: [1] }).href).toBe(
      '/articles/labour-row/?highlight=berger',
    );
  });

  test('an article with no known date says so where the date goes', () => {
    const { date: _date, ...undated } = fragment.meta;
    expect(resultView({ ...fragment, meta: undated }).details).toEqual([
      'Date not known',
      'BBC News',
    ]);
  });

  test('a person page: type from meta or the type filter, no details, the URL when there is no title', () => {
    const view = resultView({
      url: '/people/x/',
      excerpt: '',
      meta: {},
      filters: { type: ['Person'] },
    });
    expect(view).toMatchObject({
      href: '/people/x/',
      title: '/people/x/',
      type: 'Person',
      details: [],
    });
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

describe('summaryMessage', () => {
  const summary = { query: 'Labour', filtered: false, people: 0, articles: 0, complete: true };
  test('counts people and constituencies, then articles, for the words', () => {
    expect(summaryMessage({ ...summary, query: ' Berger ', people: 1, articles: 5 })).toBe(
      '1 person or constituency and 5 articles for “Berger”.',
    );
    expect(summaryMessage({ ...summary, people: 3, articles: 1 })).toBe(
      '3 people and constituencies and 1 article for “Labour”.',
    );
    expect(summaryMessage({ ...summary, articles: 12, filtered: true })).toBe(
      '12 articles for “Labour”, with the chosen filters.',
    );
    expect(summaryMessage({ ...summary, query: 'Zebra' })).toBe('No results for “Zebra”.');
  });

  test('says "at least" while older periods are still to be read', () => {
    expect(summaryMessage({ ...summary, query: 'said', articles: 10, complete: false })).toBe(
      'At least 10 articles for “said”.',
    );
    expect(
      summaryMessage({
        ...summary,
        query: 'Dudley North',
        people: 2,
        articles: 28,
        complete: false,
      }),
    ).toBe('2 people and constituencies and at least 28 articles for “Dudley North”.');
    expect(
      summaryMessage({ ...summary, query: '', filtered: true, articles: 10, complete: false }),
    ).toBe('At least 10 articles match the chosen filters.');
  });

  test('counts pages when browsing by filters alone', () => {
    expect(summaryMessage({ ...summary, query: '', filtered: true, articles: 1 })).toBe(
      '1 article matches the chosen filters.',
    );
    expect(summaryMessage({ ...summary, query: '', filtered: true, articles: 3 })).toBe(
      '3 articles match the chosen filters.',
    );
    expect(summaryMessage({ ...summary, query: '', filtered: true })).toBe(
      'Nothing matches the chosen filters.',
    );
  });
});

describe('scopeMessage', () => {
  test('names the periods read so far, and how many hold matches', () => {
    expect(scopeMessage('newest', ['2019'], 3)).toBe(
      'Newest first. Searched 2019 so far, of 3 periods with matches; “Show more articles” reads on.',
    );
    expect(scopeMessage('oldest', ['2015', '2016', '2017'], 9)).toBe(
      'Oldest first. Searched 2015 to 2017 so far, of 9 periods with matches; “Show more articles” reads on.',
    );
  });

  test('says when every period with matches has been read', () => {
    expect(scopeMessage('newest', ['2019'], 1)).toBe(
      'Newest first, from the one period with matches.',
    );
    expect(scopeMessage('relevance', ['2019', '2018', '2015'], 3)).toBe(
      'Best match, from all 3 periods with matches.',
    );
  });

  test('says nothing when no period holds matches', () => {
    expect(scopeMessage('newest', [], 0)).toBe('');
  });
});

describe('missingWordsMessage', () => {
  test('names the words no page holds, when other words remain to search for', () => {
    expect(missingWordsMessage([], 2)).toBe('');
    expect(missingWordsMessage(['zzz'], 2)).toBe(
      'No page of the archive has “zzz”, so the search is for the other words.',
    );
    expect(missingWordsMessage(['a', 'b', 'c'], 4)).toBe(
      'No page of the archive has “a”, “b” or “c”, so the search is for the other words.',
    );
  });

  test('says nothing when no word remains (there are simply no results)', () => {
    expect(missingWordsMessage(['zzz'], 1)).toBe('');
  });
});

describe('filterOptions', () => {
  test('years newest first; values without results hidden unless selected', () => {
    expect(filterOptions('year', { '2015': 2, '2019': 1, '2018': 0, '2016': 0 }, ['2018'])).toEqual(
      [
        { value: '2019', label: '2019', count: 1, checked: false },
        { value: '2018', label: '2018', count: 0, checked: true },
        { value: '2015', label: '2015', count: 2, checked: false },
      ],
    );
  });

  test('result types in a fixed order, with plural labels', () => {
    expect(
      filterOptions('type', { Person: 3, Article: 5, Constituency: 2 }).map((o) => o.label),
    ).toEqual(['Articles', 'People', 'Constituencies']);
  });

  test('names alphabetically, ignoring case', () => {
    expect(
      filterOptions('person', { 'luciana Berger': 1, 'Andy Burnham': 1, 'Chris Leslie': 2 }).map(
        (o) => o.value,
      ),
    ).toEqual(['Andy Burnham', 'Chris Leslie', 'luciana Berger']);
  });

  test('a selected value Pagefind does not know (an old link) still shows, to be cleared', () => {
    expect(filterOptions('person', undefined, ['Nobody'])).toEqual([
      { value: 'Nobody', label: 'Nobody', count: 0, checked: true },
    ]);
  });
});
