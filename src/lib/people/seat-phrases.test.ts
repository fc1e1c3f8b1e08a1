import { describe, expect, test } from 'vitest';
import { registry } from './fixtures/national-register.ts';
import { compileMatcher } from './matcher.ts';
import { findMentions } from './mentions.ts';
import { placeNamesSeat, seatPlacesAround, seatReference } from './seat-phrases.ts';

const matcher = compileMatcher(registry);
const found = (date: string, ...paragraphs: string[]) =>
  findMentions(matcher, { date, paragraphs }).map((m) => [m.text, m.person, m.kind]);
/** The places around the first occurrence of `name` in `text`. */
const places = (text: string, name: string) => {
  const start = text.indexOf(name);
  return seatPlacesAround(text, start, start + name.length);
};

describe('seatPlacesAround', () => {
  test('reads the seat phrase on either side of a name', () => {
    expect(places('Andy Burnham, the Leigh MP, said', 'Andy Burnham')).toEqual(['Leigh']);
    expect(places('Leigh MP Andy Burnham said', 'Andy Burnham')).toEqual(['Leigh']);
    expect(places('Andy Burnham (Leigh) said', 'Andy Burnham')).toEqual(['Leigh']);
    expect(places('Andy Burnham, Labour MP for Leigh, said', 'Andy Burnham')).toContain('Leigh');
    expect(places('the MP for Leigh, Andy Burnham, said', 'Andy Burnham')).toContain('Leigh');
    expect(places('former Leigh MP Andy Burnham said', 'Andy Burnham')).toEqual(['Leigh']);
  });

  test('a place of several words keeps its shorter readings', () => {
    expect(places('Labour Penistone MP Angela Smith', 'Angela Smith')).toEqual([
      'Labour Penistone',
      'Penistone',
    ]);
  });

  test('no seat phrase, no places', () => {
    expect(places('Andy Burnham said in Leigh', 'Andy Burnham')).toEqual([]);
  });
});

describe('placeNamesSeat', () => {
  test('a seat’s name or its opening words, not a longer place that starts the same', () => {
    expect(placeNamesSeat('Penistone', 'Penistone and Stocksbridge')).toBe(true);
    expect(placeNamesSeat('Normanton', 'Normanton, Pontefract and Castleford')).toBe(true);
    expect(placeNamesSeat('Leigh', 'Leigh-on-Sea')).toBe(false);
    expect(placeNamesSeat('Stocksbridge', 'Penistone and Stocksbridge')).toBe(false);
  });
});

describe('seatReference', () => {
  const ref = (text: string) => {
    const scanned = matcher.scan(text);
    const h = scanned.hits.findIndex((hit) => hit.payload.constituency);
    const found = seatReference(text, scanned.hits, h);
    return found && text.slice(found.start, found.end);
  };
  test('"the MP for X", "Labour’s MP for X", "the X MP"', () => {
    expect(ref('the MP for Leigh said')).toBe('MP for Leigh');
    expect(ref('Labour’s MP for Leigh said')).toBe('MP for Leigh');
    expect(ref('the Labour MP for Leigh said')).toBe('MP for Leigh');
    expect(ref('the Leigh MP said')).toBe('Leigh MP');
  });
  test('not a former MP, not MPs, not a phrase beside a name', () => {
    expect(ref('the former MP for Leigh said')).toBeNull();
    expect(ref('the former Leigh MP said')).toBeNull();
    expect(ref('the Leigh MPs said')).toBeNull();
    expect(ref('the Leigh MP Andy Burnham said')).toBeNull();
    expect(ref('Andy Burnham, the Leigh MP, said')).toBeNull();
    expect(ref('the MP for Leigh, Andy Burnham, said')).toBeNull();
    expect(ref('Leigh MP Andy Burnham said')).toBeNull();
  });
});

describe('findMentions: seat phrases', () => {
  test('a seat phrase with no name names the seat’s holder on the date (kind seat)', () => {
    expect(
      found('2012-05-01', 'The MP for Leigh spoke, and the Leigh MP’s office agreed.'),
    ).toEqual([
      ['MP for Leigh', 'andrew-burnham', 'seat'],
      ['Leigh MP’s', 'andrew-burnham', 'seat'],
    ]);
    expect(found('2020-05-01', 'The MP for Leigh spoke.')).toEqual([]);
  });

  test('no one in the month the seat changed hands, or when two people could hold it', () => {
    expect(found('2017-05', 'The MP for Leigh spoke.')).toEqual([]);
    expect(found('2010-05', 'The MP for Basildon spoke.')).toEqual([]);
  });

  test('beside a name, the name is the mention: "Leigh MP Andy Burnham", "Andy Burnham (Leigh)"', () => {
    expect(
      found('2012-05-01', 'Leigh MP Andy Burnham spoke.', 'Andy Burnham (Leigh) agreed.'),
    ).toEqual([
      ['Andy Burnham', 'andrew-burnham', 'alias'],
      ['Andy Burnham', 'andrew-burnham', 'alias'],
    ]);
  });

  test('"the former MP for Leigh" is no one', () => {
    expect(found('2012-05-01', 'The former MP for Leigh spoke.')).toEqual([]);
  });

  test('a seat in seat context is never read as a surname', () => {
    const withLeigh = compileMatcher({
      ...registry,
      people: [
        ...registry.people,
        {
          ...registry.people.find((p) => p.slug === 'kevan-jones')!,
          slug: 'edward-leigh',
          name: 'Edward Leigh',
        },
      ],
    });
    const mentions = findMentions(withLeigh, {
      date: '2012-05-01',
      paragraphs: ['Edward Leigh spoke. The Leigh MP replied.'],
    }).map((m) => [m.text, m.person, m.kind]);
    expect(mentions).toEqual([
      ['Edward Leigh', 'edward-leigh', 'full-name'],
      ['Leigh MP', 'andrew-burnham', 'seat'],
    ]);
  });
});

describe('seatPlacesAround: longer shapes', () => {
  test('a qualifier before "MP", and "who has sat for" on either side', () => {
    expect(
      places('Angela Smith, the new Labour MP for Sheffield Hillsborough, spoke', 'Angela Smith'),
    ).toContain('Sheffield Hillsborough');
    expect(
      places('her namesake Angela Smith, who has sat for Basildon since 1997', 'Angela Smith'),
    ).toEqual(['Basildon']);
    expect(
      places('Baroness Smith, who sat for Basildon as Angela Smith until 2010', 'Angela Smith'),
    ).toEqual(['Basildon']);
  });
  test('a verb between the name and the phrase is not a qualifier', () => {
    expect(places('Angela Smith, said the MP for Basildon', 'Angela Smith')).toEqual([]);
  });
});
