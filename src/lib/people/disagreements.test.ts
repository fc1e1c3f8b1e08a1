import { describe, expect, test } from 'vitest';
import type { Party, Person, Registry, Seat } from '../../schemas/people.ts';
import type { RegisterMeta } from '../../schemas/register.ts';
import { disagreementsOf } from './disagreements.ts';

const meta: RegisterMeta = {
  source: 'TheyWorkForYou register',
  file: 'people.json',
  importedOn: '2026-12-01',
  partiesCompleteUntil: '2019-01-31',
  postsCompleteUntil: null,
  period: { from: '1997-05-01', to: '2024-07-04' },
  counts: { people: 1, seats: 1, parties: 2, posts: 0 },
};
const parties = [
  { slug: 'red', name: 'Red', shortName: 'Red' },
  { slug: 'red-co-op', name: 'Red Co-op', shortName: 'Red Co-op', partOf: 'red' },
  { slug: 'blue', name: 'Blue', shortName: 'Blue' },
] as unknown as Party[];
const context = {
  editorial: { people: [], constituencies: [], parties } as unknown as Registry,
  meta,
};

const seat = (extra: Partial<Seat>): Seat => ({
  constituency: 'avon',
  from: '2001-06-07',
  to: '2010-05-06',
  parties: [{ party: 'red', from: '2001-06-07', to: '2010-05-06', source: 't' }],
  source: 't',
  ...extra,
});
const person = (seats: Seat[], extra: Partial<Person> = {}): Person =>
  ({
    slug: 'ann-ash',
    name: 'Ann Ash',
    aliases: [],
    misspellings: [],
    roles: [],
    description: 'An MP of the test.',
    source: 't',
    seats,
    ...extra,
  }) as Person;

describe('disagreementsOf', () => {
  test('finds nothing when the layers agree, or differ by a day at a seat’s ends', () => {
    expect(disagreementsOf(person([seat({})]), person([seat({})]), context)).toEqual([]);
    const dayLate = seat({ from: '2001-06-08', to: '2010-05-05' });
    expect(disagreementsOf(person([seat({})]), person([dayLate]), context)).toEqual([]);
  });

  test('reports a seat end the register dates differently, naming both values', () => {
    const register = person([seat({ to: '2015-03-30' })]);
    expect(disagreementsOf(person([seat({})]), register, context)).toEqual([
      'registry: Ann Ash: seat avon to: editorial says 2010-05-06, TheyWorkForYou register says 2015-03-30 (editorial used)',
    ]);
  });

  test('does not count an editorial start before the register’s period as a disagreement', () => {
    const editorial = person([seat({ from: '1992-04-09' })]);
    const register = person([seat({ from: '1997-05-01' })]);
    expect(disagreementsOf(editorial, register, context)).toEqual([]);
  });

  test('reports another party, but not a party of the same family (Red and Red Co-op)', () => {
    const blue = [{ party: 'blue', from: '2001-06-07', to: '2010-05-06', source: 't' }];
    const coop = [{ party: 'red-co-op', from: '2001-06-07', to: '2010-05-06', source: 't' }];
    expect(disagreementsOf(person([seat({ parties: coop })]), person([seat({})]), context)).toEqual(
      [],
    );
    expect(disagreementsOf(person([seat({ parties: blue })]), person([seat({})]), context)).toEqual(
      [
        'registry: Ann Ash: party on 2001-06-07: editorial says blue, TheyWorkForYou register says red (editorial used)',
      ],
    );
  });

  test('reports a different seat held over the same dates', () => {
    const editorial = person([seat({ constituency: 'brook' })]);
    expect(disagreementsOf(editorial, person([seat({})]), context)).toEqual([
      'registry: Ann Ash: seat on 2001-06-07: editorial says brook, TheyWorkForYou register says avon 2001-06-07 to 2010-05-06 (editorial used)',
    ]);
  });

  test('leaves out a disagreement the editor lists as a known correction', () => {
    const register = person([seat({ to: '2015-03-30' })]);
    const corrected = person([seat({})], {
      corrects: [{ fact: 'seat avon to', register: '2015-03-30', source: 'Hansard, 2010' }],
    });
    expect(disagreementsOf(corrected, register, context)).toEqual([]);
  });
});
