import { describe, expect, test } from 'vitest';
import {
  compareNewestFirst,
  datetimeAttribute,
  formatArchiveDate,
  formatRoleSpan,
  parseArchiveDate,
} from './dates.ts';

describe('formatArchiveDate', () => {
  test('a day-precision date reads with its day', () => {
    expect(formatArchiveDate('2018-09-11', 'day')).toBe('11 September 2018');
  });
  test('a month-precision date never gets an invented day', () => {
    expect(formatArchiveDate('2015-08', 'month')).toBe('August 2015');
  });
  test('no date reads as unknown', () => {
    expect(formatArchiveDate(null, 'unknown')).toBe('Date unknown');
    expect(formatArchiveDate('2018-02-30', 'day')).toBe('Date unknown');
  });
});

describe('datetimeAttribute', () => {
  test('is a valid HTML date or month string at the real precision', () => {
    expect(datetimeAttribute('2018-09-11', 'day')).toBe('2018-09-11');
    expect(datetimeAttribute('2019-02', 'month')).toBe('2019-02');
    expect(datetimeAttribute(null, 'unknown')).toBeNull();
  });
});

describe('parseArchiveDate', () => {
  test('parses both precisions strictly', () => {
    expect(parseArchiveDate('2015-08')?.getMonth()).toBe(7);
    expect(parseArchiveDate('2015-13')).toBeNull();
    expect(parseArchiveDate('2019-02-29')).toBeNull();
  });
});

describe('compareNewestFirst', () => {
  test('orders newest first, month dates as the first of the month, undated last', () => {
    const dates = ['2015-08', null, '2018-09-11', '2019-02', '2018-09'];
    expect([...dates].sort(compareNewestFirst)).toEqual([
      '2019-02',
      '2018-09-11',
      '2018-09',
      '2015-08',
      null,
    ]);
  });
});

describe('formatRoleSpan', () => {
  test('a role whose end is where the source stops recording says it was still held then', () => {
    expect(formatRoleSpan({ from: '2020-02-13', to: '2020-10-01', toIsRecordEnd: true })).toBe(
      'from 13 February 2020, still held on 1 October 2020 (the last date the source records)',
    );
  });
  test('a role with a real end reads as a span', () => {
    expect(formatRoleSpan({ from: '2016-07-13', to: '2019-07-24' })).toBe(
      '13 July 2016 – 24 July 2019',
    );
  });
});
