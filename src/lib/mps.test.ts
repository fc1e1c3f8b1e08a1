import { describe, expect, test } from 'vitest';
import type { Archive } from '../archive/archive.ts';
import { mpRows } from './mps.ts';
import type { Constituency, Party, Person } from '../schemas/people.ts';

const seat = (slug: string, name: string): Constituency => ({
  slug,
  name,
  aliases: [],
  nameIsAlsoPlace: false,
  source: 't',
});
const party = (slug: string, shortName: string) =>
  ({ slug, name: shortName, shortName }) as unknown as Party;
const mp = (slug: string, seats: Person['seats']): Person =>
  ({
    slug,
    name: slug,
    aliases: [],
    misspellings: [],
    roles: [],
    description: 'An MP of the test.',
    source: 't',
    seats,
  }) as Person;
const articles = (...dates: (string | null)[]) => dates.map((date) => ({ data: { date } }));

const ash = mp('ann-ash', [
  {
    constituency: 'zeeton',
    from: '2001-06-07',
    to: '2010-05-06',
    parties: [{ party: 'red', from: '2001-06-07', to: '2010-05-06', source: 't' }],
    source: 't',
  },
  {
    constituency: 'avon',
    from: '2010-05-06',
    to: '2015-05-07',
    parties: [{ party: 'blue', from: '2010-05-06', to: '2015-05-07', source: 't' }],
    source: 't',
  },
]);
const birch = mp('bo-birch', [
  {
    constituency: 'avon',
    from: '1997-05-01',
    to: '2010-05-06',
    parties: [{ party: 'red', from: '1997-05-01', to: '2010-05-06', source: 't' }],
    source: 't',
  },
]);
const archive = {
  mps: [ash, birch],
  articlesByPerson: new Map([
    ['ann-ash', articles('2005-01-01', '2012-03-04', '2013-01-01', null)],
    ['bo-birch', articles('1999-09-09')],
  ]),
  constituencyBySlug: new Map([
    ['zeeton', seat('zeeton', 'Zeeton')],
    ['avon', seat('avon', 'Avon')],
  ]),
  partyBySlug: new Map([
    ['red', party('red', 'Red')],
    ['blue', party('blue', 'Blue')],
  ]),
} as unknown as Pick<Archive, 'mps' | 'articlesByPerson' | 'constituencyBySlug' | 'partyBySlug'>;

describe('mpRows', () => {
  const rows = mpRows(archive);

  test('lists each MP once per seat, by seat A–Z, then from the earliest holder', () => {
    expect(rows.map((r) => `${r.seat.name}: ${r.person.slug}`)).toEqual([
      'Avon: bo-birch',
      'Avon: ann-ash',
      'Zeeton: ann-ash',
    ]);
  });

  test("counts each seat's articles by the party held on their dates, and every article in total", () => {
    const [, avonAsh, zeetonAsh] = rows;
    expect(avonAsh!.parties).toEqual([{ party: 'Blue', articles: 2 }]);
    expect(zeetonAsh!.parties).toEqual([{ party: 'Red', articles: 1 }]);
    expect(avonAsh!.articles).toBe(4);
  });
});
