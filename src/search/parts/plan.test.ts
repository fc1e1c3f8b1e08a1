import { describe, expect, test } from 'vitest';
import { seededRandom as random } from '../../../tests/support/random.ts';
import {
  type PartPage,
  type PlannedPart,
  periodLabel,
  planSearchParts,
  SEARCH_PART_MAX_PAGES,
} from './plan.ts';

/** A shuffled copy of `items`. */
function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** An article page dated `sortDate` (or undated), at `/articles/<slug>/`. */
const article = (slug: string, sortDate: string | null): PartPage => ({
  urlPath: `/articles/${slug}/`,
  type: 'Article',
  sortDate,
});
const person = (slug: string): PartPage => ({
  urlPath: `/people/${slug}/`,
  type: 'Person',
  sortDate: null,
});
const constituency = (slug: string): PartPage => ({
  urlPath: `/constituencies/${slug}/`,
  type: 'Constituency',
  sortDate: null,
});

/**
 * Articles `<prefix>-1` … `<prefix>-n`, all dated `sortDate`. Prefixes like `01-jan` keep URL
 * order and date order the same, so the expected pages do not depend on which one a part uses.
 */
const articles = (prefix: string, sortDate: string, n: number): PartPage[] =>
  Array.from({ length: n }, (_, i) => article(`${prefix}-${i + 1}`, sortDate));

/** The part's id, label and pages, for comparing plans at a glance. */
const summary = (part: PlannedPart) => ({ id: part.id, label: part.label, pages: part.pages });

describe('periodLabel', () => {
  test('a whole year is named by the year', () => {
    expect(periodLabel('2019-02', '2019-11', true)).toBe('2019');
    expect(periodLabel('2019-05', '2019-05', true)).toBe('2019');
  });

  test('one month is named "Month Year"', () => {
    expect(periodLabel('2024-03', '2024-03', false)).toBe('March 2024');
    expect(periodLabel('2015-08', '2015-08', false)).toBe('August 2015');
  });

  test('a run of months is named "First to Last Year"', () => {
    expect(periodLabel('2024-01', '2024-03', false)).toBe('January to March 2024');
    expect(periodLabel('2010-11', '2010-12', false)).toBe('November to December 2010');
  });
});

describe('planSearchParts', () => {
  test('uses parts of at most SEARCH_PART_MAX_PAGES (500) pages by default', () => {
    expect(SEARCH_PART_MAX_PAGES).toBe(500);
    const plan = planSearchParts(
      articles('a', '2019-05-01', 501).map((p, i) => ({
        ...p,
        urlPath: `/articles/a-${String(i).padStart(3, '0')}/`,
      })),
    );
    expect(plan.articles.map((part) => part.pages.length)).toEqual([1, 500]);
  });

  test('throws on a maxPages that is not a whole number above 0', () => {
    for (const maxPages of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(
        () => planSearchParts([article('a', '2019-01-01')], maxPages),
        String(maxPages),
      ).toThrow(/maxPages/);
    }
  });

  test('plans no article parts, and an empty people part, for no pages', () => {
    expect(planSearchParts([], 3)).toEqual({
      people: {
        id: 'people',
        label: 'People and constituencies',
        kind: 'people',
        from: null,
        to: null,
        pages: [],
      },
      articles: [],
    });
  });

  describe('the people part', () => {
    test('holds every page that is not an article, in URL order, whatever its date', () => {
      const plan = planSearchParts(
        [
          person('zoe-x'),
          article('a', '2019-01-01'),
          constituency('wavertree'),
          person('anna-y'),
          { urlPath: '/other/', type: 'Other', sortDate: '2019-01-01' },
        ],
        3,
      );
      expect(plan.people).toEqual({
        id: 'people',
        label: 'People and constituencies',
        kind: 'people',
        from: null,
        to: null,
        pages: ['/constituencies/wavertree/', '/other/', '/people/anna-y/', '/people/zoe-x/'],
      });
      expect(plan.articles.flatMap((part) => part.pages)).toEqual(['/articles/a/']);
    });

    test('is never cut, however many pages it holds', () => {
      const plan = planSearchParts(
        Array.from({ length: 10 }, (_, i) => person(`p${i}`)),
        2,
      );
      expect(plan.people.pages).toHaveLength(10);
      expect(plan.articles).toEqual([]);
    });
  });

  describe('a year of at most maxPages articles', () => {
    test('is one part, with the year as its id and label, from its first month to its last', () => {
      const plan = planSearchParts(
        [article('a', '2019-02-18'), article('b', '2019-05-01'), article('c', '2019-11-30')],
        3,
      );
      expect(plan.articles).toEqual([
        {
          id: '2019',
          label: '2019',
          kind: 'dated',
          from: '2019-02',
          to: '2019-11',
          pages: ['/articles/a/', '/articles/b/', '/articles/c/'],
        },
      ]);
    });

    test('a year of one article is a part of its own', () => {
      expect(planSearchParts([article('a', '2019-02-18')], 3).articles).toEqual([
        {
          id: '2019',
          label: '2019',
          kind: 'dated',
          from: '2019-02',
          to: '2019-02',
          pages: ['/articles/a/'],
        },
      ]);
    });

    test('each year is its own part, newest year first', () => {
      const plan = planSearchParts(
        [article('a', '2017-06-08'), article('c', '2019-12-12'), article('b', '2018-01-01')],
        3,
      );
      expect(plan.articles.map(summary)).toEqual([
        { id: '2019', label: '2019', pages: ['/articles/c/'] },
        { id: '2018', label: '2018', pages: ['/articles/b/'] },
        { id: '2017', label: '2017', pages: ['/articles/a/'] },
      ]);
    });
  });

  describe('a year of more than maxPages articles', () => {
    test('is cut into runs of whole months of at most maxPages, oldest first, listed newest first', () => {
      // January 1, February 1, March 1 | April 2, May 1 | June 1
      const pages = [
        ...articles('01-jan', '2024-01-10', 1),
        ...articles('02-feb', '2024-02-10', 1),
        ...articles('03-mar', '2024-03-10', 1),
        ...articles('04-apr', '2024-04-10', 2),
        ...articles('05-may', '2024-05-10', 1),
        ...articles('06-jun', '2024-06-10', 1),
      ];
      expect(planSearchParts(pages, 3).articles).toEqual([
        {
          id: '2024-06',
          label: 'June 2024',
          kind: 'dated',
          from: '2024-06',
          to: '2024-06',
          pages: ['/articles/06-jun-1/'],
        },
        {
          id: '2024-04-2024-05',
          label: 'April to May 2024',
          kind: 'dated',
          from: '2024-04',
          to: '2024-05',
          pages: ['/articles/04-apr-1/', '/articles/04-apr-2/', '/articles/05-may-1/'],
        },
        {
          id: '2024-01-2024-03',
          label: 'January to March 2024',
          kind: 'dated',
          from: '2024-01',
          to: '2024-03',
          pages: ['/articles/01-jan-1/', '/articles/02-feb-1/', '/articles/03-mar-1/'],
        },
      ]);
    });

    test('a run of one month is named and numbered by the month', () => {
      // January 2 | March 3 (February empty): March cannot join January's run.
      const pages = [
        ...articles('01-jan', '2024-01-05', 2),
        ...articles('03-mar', '2024-03-05', 3),
      ];
      expect(planSearchParts(pages, 3).articles).toEqual([
        {
          id: '2024-03',
          label: 'March 2024',
          kind: 'dated',
          from: '2024-03',
          to: '2024-03',
          pages: ['/articles/03-mar-1/', '/articles/03-mar-2/', '/articles/03-mar-3/'],
        },
        {
          id: '2024-01',
          label: 'January 2024',
          kind: 'dated',
          from: '2024-01',
          to: '2024-01',
          pages: ['/articles/01-jan-1/', '/articles/01-jan-2/'],
        },
      ]);
    });

    test('a run may skip months with no articles; its label spans the first and last month it holds', () => {
      const pages = [
        ...articles('02-feb', '2023-02-01', 1),
        ...articles('07-jul', '2023-07-01', 1),
        ...articles('12-dec', '2023-12-01', 2),
      ];
      expect(planSearchParts(pages, 3).articles.map(summary)).toEqual([
        {
          id: '2023-12',
          label: 'December 2023',
          pages: ['/articles/12-dec-1/', '/articles/12-dec-2/'],
        },
        {
          id: '2023-02-2023-07',
          label: 'February to July 2023',
          pages: ['/articles/02-feb-1/', '/articles/07-jul-1/'],
        },
      ]);
    });

    test('only the oversize year is cut; the others stay whole', () => {
      const pages = [
        ...articles('y18', '2018-06-01', 2),
        ...articles('01-jan', '2019-01-01', 2),
        ...articles('02-feb', '2019-02-01', 2),
        ...articles('y20', '2020-03-01', 3),
      ];
      expect(planSearchParts(pages, 3).articles.map((part) => part.id)).toEqual([
        '2020',
        '2019-02',
        '2019-01',
        '2018',
      ]);
    });
  });

  describe('a month of more than maxPages articles', () => {
    test('is cut into pieces of maxPages in date order, "(part i of n)", the last piece listed first', () => {
      // Given out of date order: the pieces follow the day, not the input.
      const pages = [
        article('e', '2024-03-25'),
        article('a', '2024-03-01'),
        article('d', '2024-03-20'),
        article('b', '2024-03-05'),
        article('c', '2024-03-15'),
      ];
      expect(planSearchParts(pages, 2).articles).toEqual([
        {
          id: '2024-03-3',
          label: 'March 2024 (part 3 of 3)',
          kind: 'dated',
          from: '2024-03',
          to: '2024-03',
          pages: ['/articles/e/'],
        },
        {
          id: '2024-03-2',
          label: 'March 2024 (part 2 of 3)',
          kind: 'dated',
          from: '2024-03',
          to: '2024-03',
          pages: ['/articles/c/', '/articles/d/'],
        },
        {
          id: '2024-03-1',
          label: 'March 2024 (part 1 of 3)',
          kind: 'dated',
          from: '2024-03',
          to: '2024-03',
          pages: ['/articles/a/', '/articles/b/'],
        },
      ]);
    });

    test('articles of the same day are cut in URL order', () => {
      const pages = [
        article('c', '2024-03-01'),
        article('a', '2024-03-01'),
        article('b', '2024-03-01'),
      ];
      expect(planSearchParts(pages, 2).articles.map(summary)).toEqual([
        { id: '2024-03-2', label: 'March 2024 (part 2 of 2)', pages: ['/articles/c/'] },
        {
          id: '2024-03-1',
          label: 'March 2024 (part 1 of 2)',
          pages: ['/articles/a/', '/articles/b/'],
        },
      ]);
    });

    test('closes the run before it and starts a new run after it', () => {
      // January 1 | February 3 (cut) | March 1, April 1
      const pages = [
        ...articles('01-jan', '2024-01-01', 1),
        ...articles('02-feb', '2024-02-01', 3),
        ...articles('03-mar', '2024-03-01', 1),
        ...articles('04-apr', '2024-04-01', 1),
      ];
      expect(planSearchParts(pages, 2).articles.map(summary)).toEqual([
        {
          id: '2024-03-2024-04',
          label: 'March to April 2024',
          pages: ['/articles/03-mar-1/', '/articles/04-apr-1/'],
        },
        { id: '2024-02-2', label: 'February 2024 (part 2 of 2)', pages: ['/articles/02-feb-3/'] },
        {
          id: '2024-02-1',
          label: 'February 2024 (part 1 of 2)',
          pages: ['/articles/02-feb-1/', '/articles/02-feb-2/'],
        },
        { id: '2024-01', label: 'January 2024', pages: ['/articles/01-jan-1/'] },
      ]);
    });
  });

  describe('dates', () => {
    test('a month-precision date (2015-08) counts in its month and year', () => {
      const plan = planSearchParts(
        [article('a', '2015-08'), article('b', '2015-08-14'), article('c', '2016-01')],
        3,
      );
      expect(plan.articles).toEqual([
        {
          id: '2016',
          label: '2016',
          kind: 'dated',
          from: '2016-01',
          to: '2016-01',
          pages: ['/articles/c/'],
        },
        {
          id: '2015',
          label: '2015',
          kind: 'dated',
          from: '2015-08',
          to: '2015-08',
          pages: ['/articles/a/', '/articles/b/'],
        },
      ]);
    });

    test('month-precision and day dates share a month run', () => {
      const pages = [
        article('a', '2015-07-31'),
        article('b', '2015-08'),
        article('c', '2015-08-02'),
        article('d', '2015-09'),
      ];
      expect(planSearchParts(pages, 3).articles.map(summary)).toEqual([
        { id: '2015-09', label: 'September 2015', pages: ['/articles/d/'] },
        {
          id: '2015-07-2015-08',
          label: 'July to August 2015',
          pages: ['/articles/a/', '/articles/b/', '/articles/c/'],
        },
      ]);
    });

    test('in an oversize month, a month-precision date comes before every day of the month', () => {
      const pages = [
        article('a', '2015-08-01'),
        article('b', '2015-08-02'),
        article('z', '2015-08'),
      ];
      expect(planSearchParts(pages, 2).articles.map(summary)).toEqual([
        { id: '2015-08-2', label: 'August 2015 (part 2 of 2)', pages: ['/articles/b/'] },
        {
          id: '2015-08-1',
          label: 'August 2015 (part 1 of 2)',
          pages: ['/articles/z/', '/articles/a/'],
        },
      ]);
    });
  });

  describe('articles with no known date', () => {
    test('come after every dated part, in one part when they fit', () => {
      const plan = planSearchParts(
        [article('b', null), article('x', '2019-01-01'), article('a', null)],
        3,
      );
      expect(plan.articles.map((part) => part.id)).toEqual(['2019', 'undated-1']);
      expect(plan.articles.at(-1)).toEqual({
        id: 'undated-1',
        label: 'Articles with no known date',
        kind: 'undated',
        from: null,
        to: null,
        pages: ['/articles/a/', '/articles/b/'],
      });
    });

    test('are cut into pieces of maxPages in URL order, "(i of n)"', () => {
      const pages = ['e', 'c', 'a', 'd', 'b'].map((slug) => article(slug, null));
      expect(planSearchParts(pages, 2).articles).toEqual([
        {
          id: 'undated-1',
          label: 'Articles with no known date (1 of 3)',
          kind: 'undated',
          from: null,
          to: null,
          pages: ['/articles/a/', '/articles/b/'],
        },
        {
          id: 'undated-2',
          label: 'Articles with no known date (2 of 3)',
          kind: 'undated',
          from: null,
          to: null,
          pages: ['/articles/c/', '/articles/d/'],
        },
        {
          id: 'undated-3',
          label: 'Articles with no known date (3 of 3)',
          kind: 'undated',
          from: null,
          to: null,
          pages: ['/articles/e/'],
        },
      ]);
    });

    test('exactly maxPages of them make one part', () => {
      const plan = planSearchParts([article('a', null), article('b', null)], 2);
      expect(plan.articles.map(summary)).toEqual([
        {
          id: 'undated-1',
          label: 'Articles with no known date',
          pages: ['/articles/a/', '/articles/b/'],
        },
      ]);
    });
  });

  test('gives the same part for the same articles in either order', () => {
    const [a, b] = [article('a', '2019-02-18'), article('b', '2019-01-07')];
    expect(planSearchParts([b, a], 3)).toEqual(planSearchParts([a, b], 3));
    // The same in a run of months: 2024 at maxPages 3 is January and February | March.
    const [c, d] = [article('c', '2024-02-18'), article('d', '2024-02-07')];
    const others = [article('01-jan', '2024-01-01'), article('03-mar', '2024-03-01')];
    expect(planSearchParts([...others, d, c], 3)).toEqual(planSearchParts([...others, c, d], 3));
  });

  test('gives the same plan whatever order the pages come in', () => {
    const next = random(1);
    const pages = [
      ...articles('y18', '2018-06-01', 2),
      article('y19-a', '2019-01-03'),
      article('y19-b', '2019-01-09'),
      article('y19-c', '2019-02'),
      article('y19-d', '2019-02-11'),
      article('y19-e', '2019-04-20'),
      article('y19-f', '2019-04-21'),
      ...articles('march', '2020-03-10', 5),
      article('u1', null),
      article('u2', null),
      article('u3', null),
      person('p1'),
      constituency('c1'),
    ];
    const plan = planSearchParts(pages, 3);
    for (let round = 0; round < 20; round += 1)
      expect(planSearchParts(shuffled(pages, next), 3)).toEqual(plan);
  });

  test('determinism holds for random archives too', () => {
    const next = random(99);
    for (let round = 0; round < 50; round += 1) {
      const pages = randomPages(next, 40);
      const maxPages = 1 + Math.floor(next() * 6);
      expect(planSearchParts(shuffled(pages, next), maxPages), `round ${round}`).toEqual(
        planSearchParts(pages, maxPages),
      );
    }
  });

  describe('stability: a new article in the newest month of a year changes only that year’s newest part', () => {
    // 2023: one part. 2024 at maxPages 3: January 2, February 1 | March 2, April 1.
    const before = [
      ...articles('y23', '2023-05-01', 2),
      ...articles('01-jan', '2024-01-05', 2),
      ...articles('02-feb', '2024-02-05', 1),
      ...articles('03-mar', '2024-03-05', 2),
      ...articles('04-apr', '2024-04-05', 1),
      article('undated', null),
    ];

    test('the newest part grows or splits; every other part keeps its id and pages', () => {
      const old = planSearchParts(before, 3).articles;
      expect(old.map((part) => part.id)).toEqual([
        '2024-03-2024-04',
        '2024-01-2024-02',
        '2023',
        'undated-1',
      ]);
      const updated = planSearchParts([...before, article('04-apr-2', '2024-04-25')], 3).articles;
      // April now has 2: March 2 + April 2 is over 3, so the newest run splits.
      expect(updated.map(summary)).toEqual([
        {
          id: '2024-04',
          label: 'April 2024',
          pages: ['/articles/04-apr-1/', '/articles/04-apr-2/'],
        },
        {
          id: '2024-03',
          label: 'March 2024',
          pages: ['/articles/03-mar-1/', '/articles/03-mar-2/'],
        },
        ...old.slice(1).map(summary),
      ]);
    });

    test('holds for random archives when the new article is the latest of its month', () => {
      const next = random(2024);
      for (let round = 0; round < 300; round += 1) {
        const maxPages = 1 + Math.floor(next() * 4);
        const pages = randomPages(next, 5 + Math.floor(next() * 40));
        const dated = pages.filter((page) => page.type === 'Article' && page.sortDate !== null);
        if (dated.length === 0) continue;
        const year = dated[Math.floor(next() * dated.length)]!.sortDate!.slice(0, 4);
        const newestMonth = dated
          .map((page) => page.sortDate!.slice(0, 7))
          .filter((month) => month.startsWith(year))
          .sort()
          .at(-1)!;
        // Day 28 and a URL after every generated one: after every other article of the month.
        const added = article(`zz-new-${round}`, `${newestMonth}-28`);
        const old = planSearchParts(pages, maxPages).articles;
        const updated = planSearchParts([...pages, added], maxPages).articles;
        const newestOfYear = old.find(
          (part) => part.kind === 'dated' && part.from!.startsWith(year),
        )!;
        // Ids and pages (what the part's bundle and the reader's cache of it depend on); a
        // month's "(part 1 of n)" label may count a new piece.
        const bundle = ({ id, pages }: PlannedPart) => ({ id, pages });
        for (const part of old) {
          if (part === newestOfYear) continue;
          expect(updated.map(bundle), `round ${round}: part ${part.id} changed`).toContainEqual(
            bundle(part),
          );
        }
      }
    });
  });

  describe('for any archive', () => {
    test('every page lands in exactly one part; no article part exceeds maxPages; dated parts are newest first', () => {
      const next = random(42);
      for (let round = 0; round < 300; round += 1) {
        const maxPages = 1 + Math.floor(next() * 8);
        const pages = randomPages(next, Math.floor(next() * 120));
        const plan = planSearchParts(pages, maxPages);
        const context = `round ${round}, maxPages ${maxPages}`;

        const placed = [plan.people, ...plan.articles].flatMap((part) => part.pages);
        expect([...placed].sort(), context).toEqual(pages.map((page) => page.urlPath).sort());
        expect(new Set(plan.people.pages), context).toEqual(
          new Set(pages.filter((page) => page.type !== 'Article').map((page) => page.urlPath)),
        );

        for (const part of plan.articles) {
          expect(part.pages.length, `${context}: ${part.id}`).toBeGreaterThan(0);
          expect(part.pages.length, `${context}: ${part.id}`).toBeLessThanOrEqual(maxPages);
        }
        expect(new Set(plan.articles.map((part) => part.id)).size, context).toBe(
          plan.articles.length,
        );

        const kinds = plan.articles.map((part) => part.kind);
        expect(kinds, context).toEqual([
          ...kinds.filter((kind) => kind === 'dated'),
          ...kinds.filter((kind) => kind === 'undated'),
        ]);
        const froms = plan.articles
          .filter((part) => part.kind === 'dated')
          .map((part) => part.from!);
        expect(froms, context).toEqual([...froms].sort().reverse());

        // Each dated part holds only articles of its months.
        const dateOf = new Map(pages.map((page) => [page.urlPath, page.sortDate]));
        for (const part of plan.articles.filter((p) => p.kind === 'dated')) {
          for (const url of part.pages) {
            const month = dateOf.get(url)!.slice(0, 7);
            expect(
              month >= part.from! && month <= part.to!,
              `${context}: ${url} in ${part.id}`,
            ).toBe(true);
          }
        }
      }
    });

    test('plans 100,000 pages', () => {
      const next = random(100_000);
      const pages: PartPage[] = [];
      for (let i = 0; i < 100_000; i += 1) {
        const roll = next();
        if (roll < 0.03) pages.push(person(`p${i}`));
        else if (roll < 0.05) pages.push(article(`u${i}`, null));
        else {
          const year = 1995 + Math.floor(next() * 30);
          const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
          const day =
            next() < 0.1 ? '' : `-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
          pages.push(article(`a${i}`, `${year}-${month}${day}`));
        }
      }
      const plan = planSearchParts(pages);
      expect(
        plan.people.pages.length + plan.articles.reduce((sum, part) => sum + part.pages.length, 0),
      ).toBe(100_000);
      expect(Math.max(...plan.articles.map((part) => part.pages.length))).toBeLessThanOrEqual(
        SEARCH_PART_MAX_PAGES,
      );
    });
  });
});

/**
 * Random pages: mostly articles over a few years (day and month-precision dates, some
 * undated), some people and constituencies. URLs are unique and never start with "zz".
 */
function randomPages(next: () => number, count: number): PartPage[] {
  const pages: PartPage[] = [];
  for (let i = 0; i < count; i += 1) {
    const roll = next();
    if (roll < 0.1) pages.push(next() < 0.5 ? person(`p${i}`) : constituency(`c${i}`));
    else if (roll < 0.2) pages.push(article(`u${i}`, null));
    else {
      const year = 2015 + Math.floor(next() * 3);
      // Few months, so months and years often outgrow maxPages.
      const month = String(1 + Math.floor(next() * 4) * 3).padStart(2, '0');
      const day = next() < 0.3 ? '' : `-${String(1 + Math.floor(next() * 27)).padStart(2, '0')}`;
      pages.push(article(`a${i}`, `${year}-${month}${day}`));
    }
  }
  return pages;
}
