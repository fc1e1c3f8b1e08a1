import { describe, expect, test } from 'vitest';
import {
  groupByYear,
  LATEST_LIMIT,
  UNDATED,
  yearKey,
  yearListing,
  yearPath,
  yearPhrase,
  yearSummaries,
} from './year-pages.ts';

interface Item {
  id: string;
  date: string | null;
}
const dateOf = (item: Item) => item.date;

describe('yearKey', () => {
  test('is the year of a day- or month-precision date', () => {
    expect(yearKey('2019-02-18')).toBe('2019');
    expect(yearKey('2015-08')).toBe('2015');
  });
  test('is "undated" for no date or anything that is not an archive date', () => {
    expect(yearKey(null)).toBe(UNDATED);
    expect(yearKey('')).toBe(UNDATED);
    expect(yearKey('2019')).toBe(UNDATED);
    expect(yearKey('19-02-18')).toBe(UNDATED);
  });
});

describe('groupByYear', () => {
  test('puts years newest first and undated last, labelled "Undated"', () => {
    const groups = groupByYear(
      [
        { id: 'a', date: null },
        { id: 'b', date: '2015-08' },
        { id: 'c', date: '2019-02-01' },
        { id: 'd', date: '2018-09-11' },
      ],
      dateOf,
    );
    expect(groups.map((g) => [g.key, g.label])).toEqual([
      ['2019', '2019'],
      ['2018', '2018'],
      ['2015', '2015'],
      ['undated', 'Undated'],
    ]);
  });
  test('keeps the items’ own order within a year, whatever it is', () => {
    const items = [
      { id: 'old', date: '2018-01-02' },
      { id: 'new', date: '2018-12-30' },
      { id: 'month', date: '2018-06' },
    ];
    expect(groupByYear(items, dateOf)[0]!.items.map((i) => i.id)).toEqual(['old', 'new', 'month']);
  });
  test('puts every item in exactly one group', () => {
    const items = Array.from({ length: 237 }, (_, i): Item => ({
      id: `i${i}`,
      date: i % 11 === 0 ? null : `${2000 + (i % 7)}-0${1 + (i % 9)}${i % 2 ? '' : '-15'}`,
    }));
    const grouped = groupByYear(items, dateOf).flatMap((g) => g.items.map((i) => i.id));
    expect(grouped).toHaveLength(items.length);
    expect(new Set(grouped)).toEqual(new Set(items.map((i) => i.id)));
  });
  test('returns no groups for no items, and no undated group when every item is dated', () => {
    expect(groupByYear([], dateOf)).toEqual([]);
    expect(groupByYear([{ id: 'a', date: '2019-02' }], dateOf).map((g) => g.key)).toEqual(['2019']);
  });
});

describe('yearSummaries', () => {
  test('counts each year’s items', () => {
    const groups = groupByYear(
      [
        { id: 'a', date: '2019-02' },
        { id: 'b', date: null },
        { id: 'c', date: '2019-03-01' },
      ],
      dateOf,
    );
    expect(yearSummaries(groups)).toEqual([
      { key: '2019', label: '2019', count: 2 },
      { key: 'undated', label: 'Undated', count: 1 },
    ]);
  });
});

describe('yearListing', () => {
  // 120 items newest first: 2020 (40), 2019 (40), 2018 (30), then 10 undated.
  const items: Item[] = [
    ...Array.from({ length: 40 }, (_, i) => ({
      id: `2020-${i}`,
      date: `2020-${String(12 - (i % 12)).padStart(2, '0')}`,
    })),
    ...Array.from({ length: 40 }, (_, i) => ({ id: `2019-${i}`, date: '2019-06-01' })),
    ...Array.from({ length: 30 }, (_, i) => ({ id: `2018-${i}`, date: '2018-01' })),
    ...Array.from({ length: 10 }, (_, i) => ({ id: `none-${i}`, date: null })),
  ];

  test('the overview lists the first 50 items, in the given order', () => {
    const listing = yearListing(items, dateOf);
    expect(LATEST_LIMIT).toBe(50);
    expect(listing.latest).toHaveLength(50);
    expect(listing.latest).toEqual(items.slice(0, 50));
    expect(listing.total).toBe(120);
  });
  test('the year list counts every item once, undated included', () => {
    const listing = yearListing(items, dateOf);
    expect(listing.years).toEqual([
      { key: '2020', label: '2020', count: 40 },
      { key: '2019', label: '2019', count: 40 },
      { key: '2018', label: '2018', count: 30 },
      { key: 'undated', label: 'Undated', count: 10 },
    ]);
    expect(listing.groups.flatMap((g) => g.items)).toEqual(items);
  });
  test('lists everything when there are no more than the limit', () => {
    const few = items.slice(0, 5);
    expect(yearListing(few, dateOf).latest).toEqual(few);
    expect(yearListing(items, dateOf, 3).latest).toEqual(items.slice(0, 3));
  });
});

describe('yearPath', () => {
  test('appends the year to the base path, with one slash', () => {
    expect(yearPath('/timeline/', '2019')).toBe('/timeline/2019/');
    expect(yearPath('/topics/brexit', 'undated')).toBe('/topics/brexit/undated/');
  });
});

describe('yearPhrase', () => {
  test('names a year by its label, and the undated page by what it lacks', () => {
    expect(yearPhrase({ key: '2019', label: '2019' })).toBe('from 2019');
    expect(yearPhrase({ key: UNDATED, label: 'Undated' })).toBe('with no known date');
  });
});
