import { describe, expect, test } from 'vitest';
import { findDateMarker, parseIsoDay } from './date-marker.ts';
import { toSourceLines } from './lines.ts';

describe('parseIsoDay', () => {
  test('accepts a real calendar day', () => {
    expect(parseIsoDay('2018-09-11')).toBe('2018-09-11');
    expect(parseIsoDay('2016-02-29')).toBe('2016-02-29');
  });
  test('rejects impossible days instead of rolling them over', () => {
    expect(parseIsoDay('2019-02-29')).toBeNull();
    expect(parseIsoDay('2018-13-01')).toBeNull();
    expect(parseIsoDay('2018-9-11')).toBeNull();
  });
});

describe('findDateMarker', () => {
  test('splits a marker glued to the first sentence (seed 000)', () => {
    const lines = toSourceLines(
      ' date 2018-09-11 CLAIMS that hard left activists are infiltrating Labour.\n\nMore.',
    );
    expect(findDateMarker('seeds/000.txt', lines)).toEqual({
      date: '2018-09-11',
      line: 1,
      rest: 'CLAIMS that hard left activists are infiltrating Labour.',
    });
  });
  test('finds a marker on its own line after leading blank lines', () => {
    expect(findDateMarker('s.txt', toSourceLines('\n\ndate 2015-08-14\nHeadline'))).toEqual({
      date: '2015-08-14',
      line: 3,
      rest: '',
    });
  });
  test('returns null when the first line is not a marker', () => {
    expect(
      findDateMarker('s.txt', toSourceLines('Labour row erupts\n\ndate 2019-02-08')),
    ).toBeNull();
    expect(findDateMarker('s.txt', toSourceLines('Date night for Labour'))).toBeNull();
  });
  test('names file and line of an unparseable marker', () => {
    expect(() => findDateMarker('seeds/x.txt', toSourceLines('\ndate 11/09/2018 Claims'))).toThrow(
      'seeds/x.txt:2: unparseable date marker "date 11/09/2018"',
    );
  });
});
