import { describe, expect, test } from 'vitest';
import { dateSpan, periodOnDate } from './period.ts';

describe('dateSpan', () => {
  test('a day is itself, a month and a year run from their first to their last day', () => {
    expect(dateSpan('2018-09-11')).toEqual({ first: '2018-09-11', last: '2018-09-11' });
    expect(dateSpan('2019-02')).toEqual({ first: '2019-02-01', last: '2019-02-31' });
    expect(dateSpan('2011')).toEqual({ first: '2011-01-01', last: '2011-12-31' });
  });
  test('rejects anything that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(() => dateSpan('2019-2')).toThrow('Not a YYYY, YYYY-MM or YYYY-MM-DD date: "2019-2"');
    expect(() => dateSpan('2019-13')).toThrow();
    expect(() => dateSpan('11/09/2018')).toThrow();
  });
});

describe('periodOnDate', () => {
  test('certain when the period covers every day the date can be', () => {
    expect(periodOnDate({ from: '2015-09', to: '2020-04' }, '2018-09-11')).toBe('certain');
    expect(periodOnDate({ from: '2015-09', to: '2020-04' }, '2018-09')).toBe('certain');
    expect(periodOnDate({ from: '2010-05-06' }, '2019-02')).toBe('certain');
  });
  test('possible in the month of a change, at month precision', () => {
    // Luciana Berger left Labour on 18 February 2019.
    expect(periodOnDate({ from: '2010-05-06', to: '2019-02-18' }, '2019-02')).toBe('possible');
    expect(periodOnDate({ from: '2019-02-18', to: '2019-06-04' }, '2019-02')).toBe('possible');
  });
  test('a month-precision start is certain only once that month is over', () => {
    expect(periodOnDate({ from: '2015-09' }, '2015-09-20')).toBe('possible');
    expect(periodOnDate({ from: '2015-09' }, '2015-10-01')).toBe('certain');
  });
  test('both ends are inclusive days', () => {
    expect(periodOnDate({ from: '2015-09-12', to: '2019-12-12' }, '2015-09-12')).toBe('certain');
    expect(periodOnDate({ from: '2015-09-12', to: '2019-12-12' }, '2019-12-12')).toBe('certain');
    expect(periodOnDate({ from: '2015-09-12', to: '2019-12-12' }, '2019-12-13')).toBe('none');
  });
  test('none when they cannot overlap', () => {
    expect(periodOnDate({ from: '2019-02-18' }, '2018-09')).toBe('none');
    expect(periodOnDate({ from: '2011-01', to: '2015-09' }, '2018-09-11')).toBe('none');
  });
  test('an unknown start is never certain', () => {
    expect(periodOnDate({ to: '2019-11-06' }, '2018-09')).toBe('possible');
  });
  test('a period known only from the press holds on the dates it was attested', () => {
    expect(periodOnDate({ attested: ['2019-02'] }, '2019-02')).toBe('certain');
    expect(periodOnDate({ attested: ['2019-02'] }, '2019-02-14')).toBe('certain');
    expect(periodOnDate({ attested: ['2019-02'] }, '2018-09')).toBe('none');
  });
});
