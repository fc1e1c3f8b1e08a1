import { describe, expect, test } from 'vitest';
import { partyNotRecordedOnDate, partyOnDate, roleOnDate, seatOnDate } from './on-date.ts';
import type { Person } from '../../schemas/people.ts';
import { loadEditorialRegistry } from '../../archive/register.ts';

const person = (slug: string) => loadEditorialRegistry().people.find((p) => p.slug === slug)!;
const titles = (slug: string, date: string) =>
  roleOnDate(person(slug), date).map((r) => [r.value.title, r.certain]);

describe('roleOnDate', () => {
  test('John McDonnell was Shadow Chancellor in September 2018', () => {
    expect(titles('john-mcdonnell', '2018-09-11')).toEqual([
      ['Shadow Chancellor of the Exchequer', true],
    ]);
  });
  test('Chris Leslie was Shadow Chancellor in summer 2015, not in 2019', () => {
    expect(titles('chris-leslie', '2015-07')).toEqual([
      ['Shadow Chancellor of the Exchequer', true],
    ]);
    expect(titles('chris-leslie', '2019-02')).toEqual([]);
  });
  test('in the month the office changed hands, both holders are only possible', () => {
    expect(titles('chris-leslie', '2015-09')).toEqual([
      ['Shadow Chancellor of the Exchequer', false],
    ]);
    expect(titles('john-mcdonnell', '2015-09')).toEqual([
      ['Shadow Chancellor of the Exchequer', false],
    ]);
  });
  test('Harriet Harman in August 2015: acting leader, Leader of the Opposition and still deputy leader', () => {
    expect(titles('harriet-harman', '2015-08')).toEqual([
      ['Deputy Leader of the Labour Party', true],
      ['Acting Leader of the Labour Party', true],
      ['Leader of the Opposition (acting)', true],
    ]);
  });
  test('Yvette Cooper in August 2015: Shadow Home Secretary and leadership candidate', () => {
    expect(titles('yvette-cooper', '2015-08')).toEqual([
      ['Shadow Home Secretary', true],
      ['Candidate, 2015 Labour leadership election', true],
    ]);
  });
  test("Tom Watson, not Gordon Watson, was Labour deputy leader in 2019; Gordon Watson's council role is known from February 2019", () => {
    expect(titles('tom-watson', '2019-02')).toEqual([['Deputy Leader of the Labour Party', true]]);
    expect(titles('gordon-watson', '2019-02')).toEqual([
      ['Deputy Leader of Rotherham Council', true],
    ]);
    expect(titles('gordon-watson', '2015-08')).toEqual([]);
  });
  test('Theresa May was Prime Minister in 2018 but not in 2015', () => {
    expect(titles('theresa-may', '2018-09')).toEqual([
      ['Leader of the Conservative Party', true],
      ['Prime Minister', true],
    ]);
    expect(titles('theresa-may', '2015-08')).toEqual([['Home Secretary', true]]);
  });
});

describe('partyOnDate', () => {
  test('Luciana Berger: Labour before 18 February 2019, The Independent Group after, both possible in February', () => {
    expect(partyOnDate(person('luciana-berger'), '2019-01-15')).toEqual([
      { value: 'labour', certain: true },
    ]);
    expect(partyOnDate(person('luciana-berger'), '2019-02')).toEqual([
      { value: 'labour', certain: false },
      { value: 'change-uk', certain: false },
    ]);
    expect(partyOnDate(person('luciana-berger'), '2019-03-01')).toEqual([
      { value: 'change-uk', certain: true },
    ]);
    expect(partyOnDate(person('luciana-berger'), '2019-10')).toEqual([
      { value: 'liberal-democrats', certain: true },
    ]);
  });
  test('Frank Field sat as an independent from 30 August 2018', () => {
    expect(partyOnDate(person('frank-field'), '2018-07')).toEqual([
      { value: 'labour', certain: true },
    ]);
    expect(partyOnDate(person('frank-field'), '2019-02')).toEqual([
      { value: 'independent', certain: true },
    ]);
  });
  test('Nick Boles left the Conservatives on 1 April 2019', () => {
    expect(partyOnDate(person('nick-boles'), '2019-02')).toEqual([
      { value: 'conservative', certain: true },
    ]);
    expect(partyOnDate(person('nick-boles'), '2019-04-02')).toEqual([
      { value: 'independent', certain: true },
    ]);
  });
  test('Ian Austin left Labour on 22 February 2019', () => {
    expect(partyOnDate(person('ian-austin'), '2019-02-21')).toEqual([
      { value: 'labour', certain: true },
    ]);
    expect(partyOnDate(person('ian-austin'), '2019-02-23')).toEqual([
      { value: 'independent', certain: true },
    ]);
  });
  test("a non-MP's party comes from their own party record", () => {
    expect(partyOnDate(person('gordon-watson'), '2019-02')).toEqual([
      { value: 'labour', certain: true },
    ]);
    expect(partyOnDate(person('aaron-bastani'), '2018-09-11')).toEqual([]);
  });
});

describe('seatOnDate', () => {
  test('Canterbury changed hands at the 2017 election', () => {
    expect(seatOnDate(person('rosie-duffield'), '2018-09')).toEqual([
      { value: 'canterbury', certain: true },
    ]);
    expect(seatOnDate(person('julian-brazier'), '2018-09')).toEqual([]);
    expect(seatOnDate(person('julian-brazier'), '2015-08')).toEqual([
      { value: 'canterbury', certain: true },
    ]);
  });
  test('Joan Ryan was out of the Commons between 2010 and 2015', () => {
    expect(seatOnDate(person('joan-ryan'), '2012')).toEqual([]);
    expect(seatOnDate(person('joan-ryan'), '2018-09-11')).toEqual([
      { value: 'enfield-north', certain: true },
    ]);
  });
  test('people who were never MPs have no seat', () => {
    expect(seatOnDate(person('iain-mcnicol'), '2015-08')).toEqual([]);
  });
});

describe('the corrected facts', () => {
  test('Yvette Cooper sat for three seats, one after another', () => {
    expect(seatOnDate(person('yvette-cooper'), '2005')).toEqual([
      { value: 'pontefract-and-castleford', certain: true },
    ]);
    expect(seatOnDate(person('yvette-cooper'), '2015-08')[0]!.value).toBe(
      'normanton-pontefract-and-castleford',
    );
    expect(seatOnDate(person('yvette-cooper'), '2024-06')).toEqual([]);
    expect(seatOnDate(person('yvette-cooper'), '2025-01')[0]!.value).toBe(
      'pontefract-castleford-and-knottingley',
    );
  });
  test('Yvette Cooper: Shadow Home Secretary again in 2022, Home Secretary then Foreign Secretary in 2025', () => {
    expect(titles('yvette-cooper', '2022-03')).toEqual([['Shadow Home Secretary', true]]);
    expect(titles('yvette-cooper', '2025-01')).toEqual([['Home Secretary', true]]);
    expect(titles('yvette-cooper', '2025-10')).toEqual([['Foreign Secretary', true]]);
  });
  test('John McDonnell sat as an independent between the whip’s suspension and its restoration', () => {
    expect(partyOnDate(person('john-mcdonnell'), '2024-06')).toEqual([
      { value: 'labour', certain: true },
    ]);
    expect(partyOnDate(person('john-mcdonnell'), '2025-03')).toEqual([
      { value: 'independent', certain: true },
    ]);
    expect(partyOnDate(person('john-mcdonnell'), '2025-11')).toEqual([
      { value: 'labour', certain: true },
    ]);
  });
  test('Harriet Harman sat for Peckham before 1997, Chris Leslie for Shipley from 1997 to 2005', () => {
    expect(seatOnDate(person('harriet-harman'), '1990')).toEqual([
      { value: 'peckham', certain: true },
    ]);
    expect(seatOnDate(person('chris-leslie'), '2001')).toEqual([
      { value: 'shipley', certain: true },
    ]);
    expect(seatOnDate(person('chris-leslie'), '2007')).toEqual([]);
  });
});

describe('partyNotRecordedOnDate', () => {
  const seat = { constituency: 'westbrook', from: '2010-05-06', to: '2019-11-05', source: 'test' };
  const clipped: Pick<Person, 'seats'> = {
    seats: [
      {
        ...seat,
        parties: [{ party: 'labour', from: '2010-05-06', to: '2019-01-31', source: 'test' }],
      },
    ],
  };
  test('a seat whose party stints end before the seat: party not recorded after, and no party given', () => {
    expect(partyOnDate(clipped, '2019-03-01')).toEqual([]);
    expect(seatOnDate(clipped, '2019-03-01')).toEqual([{ value: 'westbrook', certain: true }]);
    expect(partyNotRecordedOnDate(clipped, '2019-03-01')).toBe(true);
  });
  test('recorded while a stint covers the date; nothing to say when there is no seat', () => {
    expect(partyNotRecordedOnDate(clipped, '2018-06-01')).toBe(false);
    expect(partyNotRecordedOnDate(clipped, '2020-06-01')).toBe(false);
    expect(partyNotRecordedOnDate(person('luciana-berger'), '2019-03-01')).toBe(false);
  });
});
