import { describe, expect, test } from 'vitest';
import { byInitial, checkReferences, coMentions, seatsOfArticle } from './people-in-articles.ts';

describe('coMentions', () => {
  test('counts shared articles per pair, most shared first', () => {
    const result = coMentions([
      { people: ['a', 'b'] },
      { people: ['a', 'b', 'c', 'a'] },
      { people: ['c'] },
    ]);
    expect(result.get('a')).toEqual([
      ['b', 2],
      ['c', 1],
    ]);
    expect(result.get('c')).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });
});

describe('seatsOfArticle', () => {
  test('adds the seat each mentioned MP held on the date, after the named seats, without repeats', () => {
    const seatOf = (p: string) =>
      ({ duffield: 'canterbury', leslie: 'nottingham-east' })[p] ?? null;
    expect(
      seatsOfArticle(['luton-south', 'canterbury'], ['duffield', 'bastani', 'leslie'], seatOf),
    ).toEqual(['luton-south', 'canterbury', 'nottingham-east']);
  });
});

describe('byInitial', () => {
  test('groups A–Z ignoring case and accents', () => {
    expect(byInitial(['Watson', 'austin', 'Élan', 'Berger', '3rd'], (s) => s)).toEqual([
      ['#', ['3rd']],
      ['A', ['austin']],
      ['B', ['Berger']],
      ['E', ['Élan']],
      ['W', ['Watson']],
    ]);
  });
});

describe('checkReferences', () => {
  const article = (people: string[], constituencies: string[]) => ({
    data: { sourceFile: 'x.txt', people, constituencies },
  });
  const people = new Map([['rosie-duffield', {}]]);
  const seats = new Map([['canterbury', {}]]);

  test('passes when every person and seat exists', () => {
    expect(() =>
      checkReferences([article(['rosie-duffield'], ['canterbury'])], people, seats),
    ).not.toThrow();
  });
  test('fails the build on a missing person or seat, listing each', () => {
    expect(() =>
      checkReferences([article(['nobody', 'ghost'], ['atlantis'])], people, seats),
    ).toThrow(
      'Dangling references:\nx.txt: names person "nobody", who is not in src/data/people.json\n' +
        'x.txt: names person "ghost", who is not in src/data/people.json\n' +
        'x.txt: names seat "atlantis", which is not in src/data/constituencies.json',
    );
  });
});
