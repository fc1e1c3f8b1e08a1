import { describe, expect, test } from 'vitest';
import { registry } from './fixtures/national-register.ts';
import { compileMatcher } from './matcher.ts';
import { findMentions } from './mentions.ts';

const matcher = compileMatcher(registry);
/** [text, person, kind] of every mention in a one-paragraph (or more) article. */
const found = (date: string, ...paragraphs: string[]) =>
  findMentions(matcher, { date, paragraphs }).map((m) => [m.text, m.person, m.kind]);

describe('shared full names: two Angela Smiths', () => {
  test('the scan carries both people on one hit', () => {
    const [hit] = matcher.scan('Angela Smith said').hits;
    expect(hit!.payload.names?.map((n) => n.person)).toEqual([
      'angela-smith-basildon',
      'angela-smith-sheffield-hillsborough',
    ]);
  });

  test('the one sitting on the date, when only one of them sat', () => {
    expect(found('2003-02-10', 'Angela Smith voted.')).toEqual([
      ['Angela Smith', 'angela-smith-basildon', 'full-name'],
    ]);
    expect(found('2011-03', 'Angela Smith voted.')).toEqual([
      ['Angela Smith', 'angela-smith-sheffield-hillsborough', 'full-name'],
    ]);
    // From 2015 one sits in the Commons and the other holds a post in the Lords.
    expect(found('2016-03-01', 'Angela Smith voted.')).toEqual([]);
  });

  test('both sitting: the one whose seat the article names beside the name', () => {
    const basildon = 'angela-smith-basildon';
    const penistone = 'angela-smith-sheffield-hillsborough';
    expect(found('2008-03', 'Angela Smith voted.')).toEqual([]);
    expect(found('2008-03', 'Angela Smith, the Basildon MP, voted.')).toEqual([
      ['Angela Smith', basildon, 'full-name'],
    ]);
    expect(found('2012-06', 'Angela Smith, the Penistone MP, voted.')).toEqual([
      ['Angela Smith', penistone, 'full-name'],
    ]);
    expect(found('2012-06', 'Penistone and Stocksbridge MP Angela Smith voted.')).toEqual([
      ['Angela Smith', penistone, 'full-name'],
    ]);
    expect(found('2008-03', 'Angela Smith (Sheffield Hillsborough) voted.')).toEqual([
      ['Angela Smith', penistone, 'full-name'],
    ]);
    expect(found('2016-06', 'Angela Smith, the shadow leader of the Lords, spoke.')).toEqual([
      ['Angela Smith', basildon, 'full-name'],
      ['shadow leader of the Lords', basildon, 'role'],
    ]);
  });

  test('placed once, the name is that person throughout the article; placed as both, only where placed', () => {
    const penistone = 'angela-smith-sheffield-hillsborough';
    expect(
      found(
        '2008-03',
        'Angela Smith spoke.',
        'Angela Smith, the Sheffield Hillsborough MP, agreed.',
        'Ms Smith left.',
      ),
    ).toEqual([
      ['Angela Smith', penistone, 'full-name'],
      ['Angela Smith', penistone, 'full-name'],
      ['Ms Smith', penistone, 'honorific-surname'],
    ]);
    expect(
      found(
        '2008-03',
        'Angela Smith, the Sheffield Hillsborough MP, spoke.',
        'Angela Smith, who has sat for Basildon since 1997, agreed.',
        'Angela Smith left.',
      ),
    ).toEqual([
      ['Angela Smith', penistone, 'full-name'],
      ['Angela Smith', 'angela-smith-basildon', 'full-name'],
    ]);
  });

  test('a seat that fits neither makes the name no one, and "Ms Smith" after it is no one too', () => {
    expect(found('2016-06', 'Angela Smith, the Millbrook MP, voted.', 'Ms Smith left.')).toEqual(
      [],
    );
    expect(
      found('2009-10', 'Angela Smith voted.', 'Chloe Smith did not.', 'Ms Smith left.'),
    ).toEqual([['Chloe Smith', 'chloe-smith', 'full-name']]);
  });

  test('a party before "MP" is no seat, and does not block the date rule', () => {
    expect(found('2016-06', 'Labour MP Angela Smith voted.')).toEqual([]);
    expect(found('2012-06', 'Labour MP Angela Smith voted.')).toEqual([
      ['Angela Smith', 'angela-smith-sheffield-hillsborough', 'full-name'],
    ]);
  });
});

describe('a name far from its holder’s career', () => {
  test('a 2015 "John Smith" is not the John Smith who sat until 2010; in 2012 it is', () => {
    expect(found('2015-06-01', 'The late John Smith led Labour.')).toEqual([]);
    expect(found('2012-06-01', 'John Smith spoke.')).toEqual([
      ['John Smith', 'john-smith-vale-of-glamorgan', 'full-name'],
    ]);
  });

  test('outside the era, the name links when its own context fits: a seat or post they held', () => {
    expect(found('2015-06-01', 'John Smith, the former Vale of Glamorgan MP, spoke.')).toEqual([
      ['John Smith', 'john-smith-vale-of-glamorgan', 'full-name'],
    ]);
    expect(found('2021-06-01', 'Former prime minister Gordon Brown spoke.')).toEqual([
      ['Gordon Brown', 'gordon-brown', 'full-name'],
    ]);
    expect(found('2021-06-01', 'Gordon Brown spoke.')).toEqual([]);
  });

  test('in the era, a seat phrase naming a seat they never held makes the name a namesake’s', () => {
    expect(found('2008-06-01', 'John Smith, the Millbrook MP, spoke.')).toEqual([]);
    expect(found('2008-06-01', 'John Smith, the Labour MP, spoke.')).toEqual([
      ['John Smith', 'john-smith-vale-of-glamorgan', 'full-name'],
    ]);
  });

  test('outside the era, a seat of theirs named anywhere in the article is evidence too', () => {
    expect(
      found('2015-06-01', 'John Smith spoke.', 'He sat as MP for Vale of Glamorgan until 2010.'),
    ).toEqual([['John Smith', 'john-smith-vale-of-glamorgan', 'full-name']]);
    expect(found('2015-06-01', 'John Smith spoke.', 'He never sat for Millbrook.')).toEqual([]);
  });

  test('an occupation outside politics right before a name makes it a namesake’s', () => {
    expect(
      found('2014-09-19', 'The United States captain Tom Watson spoke.', 'Mr Watson agreed.'),
    ).toEqual([]);
    expect(found('2014-09-19', 'The Labour deputy Tom Watson spoke.')).toEqual([
      ['Tom Watson', 'tom-watson', 'full-name'],
    ]);
  });

  test('long before a career: a 1995 "Keir Starmer" is not linked, a year before it is', () => {
    expect(found('1995-03', 'Keir Starmer argued the case.')).toEqual([]);
    expect(found('2014-09', 'Keir Starmer argued the case.')).toEqual([
      ['Keir Starmer', 'keir-starmer', 'full-name'],
    ]);
  });

  test('an undated article links a name one person has, and a shared one by context only', () => {
    expect(found('1000', 'Keir Starmer spoke.', 'Angela Smith spoke.')).toEqual([
      ['Keir Starmer', 'keir-starmer', 'full-name'],
    ]);
  });
});

describe('equivalent given names', () => {
  test('"Andy Burnham" is the registered Andrew Burnham; "Edward Miliband", "Chukwuka Umunna" likewise', () => {
    expect(found('2015-08', 'Andy Burnham and Edward Miliband met Chukwuka Umunna.')).toEqual([
      ['Andy Burnham', 'andrew-burnham', 'alias'],
      ['Edward Miliband', 'ed-miliband', 'alias'],
      ['Chukwuka Umunna', 'chuka-umunna', 'alias'],
    ]);
  });

  test('a derived form never overrides someone else’s exact name', () => {
    expect(found('2016-01', 'Mike Wood spoke.')).toEqual([['Mike Wood', 'mike-wood', 'full-name']]);
    expect(found('2012-01', 'Michael Wood spoke.')).toEqual([
      ['Michael Wood', 'michael-wood', 'full-name'],
    ]);
  });

  test('a form two people derive names no one, and blocks the surname', () => {
    expect(found('2014-01', 'Tony Grey spoke.', 'Anthony Grey replied.', 'Mr Grey left.')).toEqual([
      ['Anthony Grey', 'anthony-grey', 'full-name'],
    ]);
  });
});
