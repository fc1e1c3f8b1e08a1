import { describe, expect, test } from 'vitest';
import { formatSpan } from './dates.ts';
import { loadEditorialRegistry } from '../archive/register.ts';
import {
  describePersonAt,
  PARTY_NOT_RECORDED,
  partiesOnDates,
  partyRecordedUntil,
  personAt,
  seatParties,
} from './person-at.ts';

const registry = loadEditorialRegistry();
const person = (slug: string) => registry.people.find((p) => p.slug === slug)!;
const partyName = (slug: string) => registry.parties.find((p) => p.slug === slug)!.shortName;
const seatName = (slug: string) => registry.constituencies.find((c) => c.slug === slug)!.name;
const describe_ = (slug: string, date: string | null) =>
  describePersonAt(personAt(person(slug), date, partyName, seatName));

describe('personAt and describePersonAt', () => {
  test('an MP on a known day: party and seat', () => {
    expect(describe_('rosie-duffield', '2018-09-11')).toBe('Labour MP for Canterbury');
  });
  test('a shadow minister: role first, then party and seat', () => {
    expect(describe_('john-mcdonnell', '2018-09-11')).toMatch(
      /^Shadow Chancellor.* · Labour MP for Hayes and Harlington$/,
    );
  });
  test('in the month an MP changed party, both parties and a note', () => {
    expect(describe_('luciana-berger', '2019-02')).toContain('(changed party that month)');
  });
  test('after leaving Labour, the new party', () => {
    expect(
      personAt(person('luciana-berger'), '2019-03-01', partyName, seatName).parties,
    ).not.toContain('Labour');
  });
  test('an undated article says nothing rather than guess', () => {
    expect(describe_('rosie-duffield', null)).toBe('');
  });
  test('an MP whose party on the date no source records: the seat, and a note instead of a party', () => {
    const duffield = person('rosie-duffield');
    const unrecorded = {
      ...duffield,
      seats: duffield.seats!.map((seat) => ({ ...seat, parties: [] })),
    };
    expect(describePersonAt(personAt(unrecorded, '2018-09-11', partyName, seatName))).toBe(
      `MP for Canterbury (${PARTY_NOT_RECORDED})`,
    );
  });
});

describe('partiesOnDates', () => {
  test('counts the articles per party on their dates, across a party change', () => {
    expect(
      partiesOnDates(
        person('luciana-berger'),
        ['2018-09-11', '2019-01-15', '2019-03-01', null],
        partyName,
      ),
    ).toEqual([
      { party: 'Labour', articles: 2 },
      { party: partyName('change-uk'), articles: 1 },
    ]);
  });
  test('an article date with a seat but no recorded party counts as not recorded', () => {
    const duffield = person('rosie-duffield');
    const unrecorded = {
      ...duffield,
      seats: duffield.seats!.map((seat) => ({ ...seat, parties: [] })),
    };
    expect(partiesOnDates(unrecorded, ['2018-09-11'], partyName)).toEqual([
      { party: null, articles: 1 },
    ]);
  });
  test('dates when the person held no seat count nowhere', () => {
    expect(partiesOnDates(person('rosie-duffield'), ['2001-01-01'], partyName)).toEqual([]);
  });
});

describe('partyRecordedUntil', () => {
  const stint = (from: string, to?: string) => ({
    party: 'labour',
    from,
    ...(to ? { to } : {}),
    source: 'test',
  });
  test('a seat that goes on after its last recorded party: that party’s last day', () => {
    expect(partyRecordedUntil({ parties: [stint('1997-05-01', '2019-01-31')] })).toBe('2019-01-31');
    expect(
      partyRecordedUntil({ to: '2024-05-30', parties: [stint('2017-06-08', '2019-01-31')] }),
    ).toBe('2019-01-31');
  });
  test('a seat whose parties run to its end, or stay open: nothing missing', () => {
    expect(
      partyRecordedUntil({ to: '2019-11-06', parties: [stint('2017-06-08', '2019-11-06')] }),
    ).toBeNull();
    expect(partyRecordedUntil({ parties: [stint('2017-06-08')] })).toBeNull();
  });
});

describe('seatParties', () => {
  const stint = (party: string, from: string, to?: string) => ({
    party,
    from,
    ...(to ? { to } : {}),
    source: 'test',
  });

  test('lists each party with its dates', () => {
    const parties = [
      stint('labour', '2010-05-06', '2019-02-18'),
      stint('independent', '2019-02-18'),
    ];
    const labour = formatSpan('2010-05-06', '2019-02-18');
    const independent = formatSpan('2019-02-18', undefined);
    expect(seatParties({ parties }, (slug) => slug.toUpperCase())).toBe(
      `LABOUR (${labour}); INDEPENDENT (${independent})`,
    );
  });

  test('says so when the register records no party', () => {
    expect(seatParties({ parties: [] }, () => 'never asked')).toBe(PARTY_NOT_RECORDED);
  });
});
