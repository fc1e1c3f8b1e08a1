import { describe, expect, test } from 'vitest';
import { findConstituencyMentions } from './constituencies.ts';
import { seed000, seed001, seed002, seed003, seed004 } from './fixtures/seed-articles.ts';
import { compileMatcher } from './matcher.ts';
import type { ArticleText } from './mentions.ts';
import { loadEditorialRegistry } from '../../archive/register.ts';

const matcher = compileMatcher(loadEditorialRegistry());
const seats = (article: ArticleText) =>
  findConstituencyMentions(matcher, article).map((m) => [m.paragraph, m.text, m.constituency]);
const one = (...paragraphs: string[]): ArticleText => ({ date: '2018-09', paragraphs });

describe('findConstituencyMentions', () => {
  test('seed 000: "Canterbury MP Rosie Duffield", "Mr Shuker, the Luton South MP", "who represents Nottingham East"', () => {
    expect(seats(seed000)).toEqual([
      [11, 'Canterbury', 'canterbury'],
      [13, 'Luton South', 'luton-south'],
      [13, 'Nottingham East', 'nottingham-east'],
    ]);
    const [canterbury] = findConstituencyMentions(matcher, seed000);
    expect(canterbury).toEqual({
      constituency: 'canterbury',
      paragraph: 11,
      start: 148,
      end: 158,
      text: 'Canterbury',
    });
  });

  test('seed 001: "the Liverpool Wavertree constituency", "the people of Liverpool Wavertree", "represents Birkenhead", "Grantham and Stamford"', () => {
    expect(seats(seed001)).toEqual([
      [4, 'Nottingham East', 'nottingham-east'],
      [8, 'Liverpool Wavertree', 'liverpool-wavertree'],
      [14, 'Liverpool Wavertree', 'liverpool-wavertree'],
      [31, 'Birkenhead', 'birkenhead'],
      [32, 'Grantham and Stamford', 'grantham-and-stamford'],
    ]);
  });

  test('seed 003: "won Canterbury" is the seat, "urged to go to Canterbury" is the city; "Luton South’s Gavin Shuker"', () => {
    expect(seats(seed003)).toEqual([
      [2, 'Canterbury', 'canterbury'],
      [15, 'Enfield North', 'enfield-north'],
      [17, 'Luton South', 'luton-south'],
      [17, 'Nottingham East', 'nottingham-east'],
    ]);
  });

  test('seeds 002 and 004 name no seat', () => {
    expect(seats(seed002)).toEqual([]);
    expect(seats(seed004)).toEqual([]);
  });

  test('a town that is also a seat needs seat context; a city that is not a seat never matches', () => {
    expect(seats(one('She grew up in Birkenhead and Liverpool.'))).toEqual([]);
    expect(seats(one('The Birkenhead MP spoke; Mr Field, MP for Birkenhead, agreed.'))).toEqual([
      [1, 'Birkenhead', 'birkenhead'],
      [1, 'Birkenhead', 'birkenhead'],
    ]);
    expect(seats(one('Canterbury’s Rosie Duffield spoke in Canterbury’s cathedral.'))).toEqual([
      [1, 'Canterbury', 'canterbury'],
    ]);
  });
});
