import { describe, expect, test } from 'vitest';
import type { Constituency, Person } from '../schemas/people.ts';
import { personCard, seatCard } from './entity-cards.ts';

const seat = (slug: string, name: string, region?: string): Constituency => ({
  slug,
  name,
  aliases: [],
  nameIsAlsoPlace: false,
  source: 'test',
  ...(region ? { region } : {}),
});
const seats = new Map([
  ['oldtown', seat('oldtown', 'Oldtown')],
  ['newtown', seat('newtown', 'Newtown North', 'North West')],
]);
const person = (extra: Partial<Person>): Person =>
  ({
    slug: 'ann-ash',
    name: 'Ann Ash',
    aliases: [],
    misspellings: [],
    description: 'A reporter on the lobby.',
    source: 'test',
    ...extra,
  }) as Person;

describe('personCard', () => {
  test("gives an MP's last seat with its dates, never calling it current", () => {
    const mp = person({
      seats: [
        {
          constituency: 'oldtown',
          from: '2001-06-07',
          to: '2010-05-06',
          parties: [],
          source: 'test',
        },
        {
          constituency: 'newtown',
          from: '2010-05-06',
          to: '2017-06-08',
          parties: [],
          source: 'test',
        },
      ],
    });
    const card = personCard(mp, seats, 3);
    expect(card.path).toBe('/people/ann-ash/');
    expect(card.title).toBe('Ann Ash');
    expect(card.facts[0]!.label).toBe('Who');
    expect(card.facts[0]!.value).toBe('MP for Newtown North, 6 May 2010 – 8 June 2017');
    expect(card.facts[0]!.value).not.toMatch(/current|since/i);
    expect(card.facts[1]).toEqual({ label: 'In the archive', value: '3 articles' });
  });

  test('gives the description of someone who never held a seat', () => {
    expect(personCard(person({}), seats, 1).facts).toEqual([
      { label: 'Who', value: 'A reporter on the lobby.' },
      { label: 'In the archive', value: '1 article' },
    ]);
  });
});

describe('seatCard', () => {
  test('names the seat as a constituency, with its region when known', () => {
    expect(seatCard(seats.get('newtown')!, 2)).toEqual({
      path: '/constituencies/newtown/',
      title: 'Newtown North (constituency)',
      facts: [
        { label: 'Constituency', value: 'Westminster constituency, North West' },
        { label: 'In the archive', value: '2 articles' },
      ],
    });
    expect(seatCard(seats.get('oldtown')!, 1).facts[0]!.value).toBe('Westminster constituency');
  });
});
