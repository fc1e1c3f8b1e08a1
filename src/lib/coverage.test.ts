import { describe, expect, test } from 'vitest';
import { coverage, type DatedRecord, describeCoverage, MAX_MONTH_BINS } from './coverage.ts';

const day = (date: string): DatedRecord => ({ date, datePrecision: 'day' });
const month = (date: string): DatedRecord => ({ date, datePrecision: 'month' });
const undated: DatedRecord = { date: null, datePrecision: 'unknown' };
const counts = (records: DatedRecord[]) => coverage(records).bins.map((b) => [b.key, b.count]);

describe('coverage', () => {
  test('counts day- and month-precision dates in their month, oldest first', () => {
    const result = coverage([day('2018-09-11'), month('2018-09'), day('2018-08-31')]);
    expect(result.unit).toBe('month');
    expect(result.bins).toEqual([
      { key: '2018-08', label: 'August 2018', count: 1 },
      { key: '2018-09', label: 'September 2018', count: 2 },
    ]);
    expect(result).toMatchObject({ dated: 3, undated: 0, peak: 2 });
  });

  test('includes the empty months between the first and the last, across a new year', () => {
    expect(counts([month('2018-11'), day('2019-02-03')])).toEqual([
      ['2018-11', 1],
      ['2018-12', 0],
      ['2019-01', 0],
      ['2019-02', 1],
    ]);
  });

  test(`counts per month over ${MAX_MONTH_BINS} months, per year over longer spans`, () => {
    const exactly = coverage([month('2015-01'), month('2017-12')]);
    expect(exactly.unit).toBe('month');
    expect(exactly.bins).toHaveLength(MAX_MONTH_BINS);
    const longer = coverage([month('2015-01'), month('2018-01'), day('2015-08-03')]);
    expect(longer.unit).toBe('year');
    expect(longer.bins).toEqual([
      { key: '2015', label: '2015', count: 2 },
      { key: '2016', label: '2016', count: 0 },
      { key: '2017', label: '2017', count: 0 },
      { key: '2018', label: '2018', count: 1 },
    ]);
    expect(longer.peak).toBe(2);
  });

  test('the month limit can be set', () => {
    expect(coverage([month('2018-01'), month('2018-06')], 5).unit).toBe('year');
    expect(coverage([month('2018-01'), month('2018-06')], 6).unit).toBe('month');
  });

  test('undated articles are counted apart, never binned', () => {
    const result = coverage([undated, month('2019-02'), undated]);
    expect(result.bins).toEqual([{ key: '2019-02', label: 'February 2019', count: 1 }]);
    expect(result).toMatchObject({ dated: 1, undated: 2 });
  });

  test('a date that is not a calendar month counts as undated', () => {
    expect(
      coverage([month('2019-13'), { date: '2019-02', datePrecision: 'unknown' }]),
    ).toMatchObject({ bins: [], dated: 0, undated: 2 });
  });

  test('a single article is one bin', () => {
    expect(coverage([day('2018-09-11')])).toEqual({
      unit: 'month',
      bins: [{ key: '2018-09', label: 'September 2018', count: 1 }],
      dated: 1,
      undated: 0,
      peak: 1,
    });
  });

  test('nothing, or nothing dated, gives no bins', () => {
    expect(coverage([])).toEqual({ unit: 'month', bins: [], dated: 0, undated: 0, peak: 0 });
    expect(coverage([undated])).toEqual({ unit: 'month', bins: [], dated: 0, undated: 1, peak: 0 });
  });

  test('the bins always add up to the dated articles', () => {
    const records = [
      month('2010-03'),
      day('2012-07-04'),
      undated,
      month('2019-12'),
      day('2019-12-25'),
    ];
    const result = coverage(records);
    expect(result.bins.reduce((sum, b) => sum + b.count, 0)).toBe(result.dated);
    expect(result.dated + result.undated).toBe(records.length);
  });
});

describe('describeCoverage', () => {
  test('gives the span and the busiest month', () => {
    const records = [
      month('2015-03'),
      day('2018-09-01'),
      day('2018-09-02'),
      month('2018-09'),
      month('2018-09'),
      ...Array(7).fill(month('2019-06')),
    ];
    const monthly = coverage(records, 60);
    expect(describeCoverage(monthly)).toBe(
      '12 articles from March 2015 to June 2019; most in June 2019 (7).',
    );
  });

  test('names months that tie for the most, and only says the most when many tie', () => {
    expect(
      describeCoverage(
        coverage([month('2018-09'), month('2018-10'), month('2018-10'), month('2018-09')]),
      ),
    ).toBe(
      '4 articles from September 2018 to October 2018; most in September 2018 and October 2018 (2 each).',
    );
    const fourTies = ['2018-01', '2018-02', '2018-03', '2018-04'].map(month);
    expect(describeCoverage(coverage(fourTies))).toBe(
      '4 articles from January 2018 to April 2018; at most 1 in any month.',
    );
  });

  test('reads per year over a long span', () => {
    expect(describeCoverage(coverage([month('2015-08'), month('2015-08'), month('2019-02')]))).toBe(
      '3 articles from 2015 to 2019; most in 2015 (2).',
    );
  });

  test('a single month', () => {
    expect(describeCoverage(coverage([day('2018-09-11')]))).toBe('1 article, in September 2018.');
    expect(describeCoverage(coverage([day('2018-09-11'), month('2018-09')]))).toBe(
      '2 articles, all in September 2018.',
    );
  });

  test('says how many are undated, since the chart leaves them out', () => {
    expect(describeCoverage(coverage([day('2018-09-11'), undated]))).toBe(
      '1 article, in September 2018. Another 1 article has no known date and is not shown.',
    );
    expect(describeCoverage(coverage([day('2018-09-11'), undated, undated]))).toBe(
      '1 article, in September 2018. Another 2 articles have no known date and are not shown.',
    );
    expect(describeCoverage(coverage([undated]))).toBe('The 1 article has no known date.');
    expect(describeCoverage(coverage([undated, undated]))).toBe(
      'None of the 2 articles has a known date.',
    );
    expect(describeCoverage(coverage([]))).toBe('');
  });
});
