import { describe, expect, test } from 'vitest';
import { chronological, groupByKeys, timeline, withinMonths } from './grouping.ts';

describe('groupByKeys', () => {
  test('puts an item under each of its keys once, in input order', () => {
    const items = [
      { id: 1, keys: ['a', 'b', 'a'] },
      { id: 2, keys: ['b'] },
    ];
    const groups = groupByKeys(items, (i) => i.keys);
    expect(groups.get('a')?.map((i) => i.id)).toEqual([1]);
    expect(groups.get('b')?.map((i) => i.id)).toEqual([1, 2]);
  });
});

describe('chronological', () => {
  test('oldest first, month dates at the start of their month, undated last', () => {
    const dates = [
      { date: '2018-09-11' },
      { date: null },
      { date: '2015-08' },
      { date: '2018-09' },
      { date: '2019-02' },
    ];
    expect(chronological(dates, (d) => d.date).map((d) => d.date)).toEqual([
      '2015-08',
      '2018-09',
      '2018-09-11',
      '2019-02',
      null,
    ]);
  });
});

describe('timeline', () => {
  test('groups by year and month and keeps undated items apart', () => {
    const result = timeline([
      { date: '2018-09-11' },
      { date: '2015-08' },
      { date: null },
      { date: '2018-09' },
      { date: '2015-08' },
    ]);
    expect(
      result.years.map((y) => [y.year, y.months.map((m) => [m.label, m.items.length])]),
    ).toEqual([
      ['2015', [['August 2015', 2]]],
      ['2018', [['September 2018', 2]]],
    ]);
    expect(result.undated).toEqual([{ date: null }]);
  });
});

describe('withinMonths', () => {
  test('compares at month level, inclusive', () => {
    expect(withinMonths('2019-12-31', '2018-01', '2019-12')).toBe(true);
    expect(withinMonths('2015-08', '2018-01', '2019-12')).toBe(false);
    expect(withinMonths(null, '2015-01', '2015-12')).toBe(false);
  });
});
