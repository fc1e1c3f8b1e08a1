import { describe, expect, test } from 'vitest';
import { activeOn, careerOf, inEra, isUndated } from './career.ts';
import type { Seat } from '../../schemas/people.ts';

const seat = (from: string, to?: string): Seat => ({
  constituency: 'x',
  from,
  ...(to ? { to } : {}),
  parties: [{ party: 'labour', from, ...(to ? { to } : {}), source: 's' }],
  source: 's',
});

describe('careerOf', () => {
  test('spans every seat and post', () => {
    const person = {
      seats: [seat('1997-05-01', '2010-04-12')],
      roles: [{ title: 'Peer', from: '2010-06', source: 's' }],
    };
    expect(careerOf(person)).toEqual({ first: '1997-05-01', last: null });
    expect(careerOf({ seats: [seat('1997-05-01', '2010-04-12')], roles: [] })).toEqual({
      first: '1997-05-01',
      last: '2010-04-12',
    });
  });
  test('attested-only facts bound the career; no dated fact at all gives null', () => {
    expect(
      careerOf({ roles: [{ title: 'Councillor', attested: ['2019-02'], source: 's' }] }),
    ).toEqual({
      first: '2019-02-01',
      last: '2019-02-31',
    });
    expect(careerOf({ roles: [] })).toBeNull();
  });
});

describe('inEra', () => {
  const career = { first: '1997-05-01', last: '2010-04-12' };
  test('from a year before the first day to four years after the last', () => {
    expect(inEra(career, '1996-06')).toBe(true);
    expect(inEra(career, '1996-04')).toBe(false);
    expect(inEra(career, '2014-04-12')).toBe(true);
    expect(inEra(career, '2014-05')).toBe(false);
  });
  test('always true for an open career, an unknown one, or an undated article', () => {
    expect(inEra({ first: '1997-05-01', last: null }, '2040')).toBe(true);
    expect(inEra(null, '1950')).toBe(true);
    expect(inEra(career, '1000')).toBe(true);
    expect(isUndated('1000')).toBe(true);
  });
});

describe('activeOn', () => {
  test('a possible overlap counts; an undated article has no one active', () => {
    const person = { seats: [seat('1997-05-01', '2010-04-12')], roles: [] };
    expect(activeOn(person, '2010-04')).toBe(true);
    expect(activeOn(person, '2010-05')).toBe(false);
    expect(activeOn(person, '1000')).toBe(false);
  });
});
