import { describe, expect, test } from 'vitest';
import { seeds } from './fixtures/seed-articles.ts';
import { compileMatcher } from './matcher.ts';
import type { ArticleText } from './mentions.ts';
import { registry as nationalRegister } from './fixtures/national-register.ts';
import { loadEditorialRegistry } from '../../archive/register.ts';
import { findUnknownNames } from './unknown-names.ts';

const matcher = compileMatcher(loadEditorialRegistry());
const one = (...paragraphs: string[]): ArticleText => ({ date: '2019-02', paragraphs });

describe('findUnknownNames', () => {
  test('on the five seeds it reports exactly one name: the slogan "Long Live Stalin" Ian Austin quotes (Stalin is not in the registry)', () => {
    expect(seeds.map((seed) => [seed.sourceFile, findUnknownNames(matcher, seed)])).toEqual([
      ['000_2444523fcf13c80a.txt', []],
      ['001_d840d03a09efda8c.txt', [{ name: 'Long Live Stalin', paragraph: 6 }]],
      ['002_62f1b93d153f28be.txt', []],
      ['003_1fc4576d440fb9c0.txt', []],
      ['004_b2604c3d629a670c.txt', []],
    ]);
  });

  test('reports people the registry does not know, with honorifics and double-barrelled names', () => {
    expect(
      findUnknownNames(
        matcher,
        one('On Tuesday Jacob Rees-Mogg met Mr Smith and Speaker John Bercow.', 'Mr Smith left.'),
      ),
    ).toEqual([
      { name: 'Jacob Rees-Mogg', paragraph: 1 },
      { name: 'Mr Smith', paragraph: 1 },
      { name: 'Speaker John Bercow', paragraph: 1 },
      { name: 'Mr Smith', paragraph: 2 },
    ]);
  });

  test('does not report registry names, seats, role phrases, organisations or sentence openers', () => {
    expect(
      findUnknownNames(
        matcher,
        one(
          'Contender Yvette Cooper met Labour Friends of Israel in Parliament Square. If Corbyn wins, Team Burnham and Mr Watson lose.',
          'Luton South’s Gavin Shuker told BBC Radio 4’s World at One about the Parliamentary Labour Party and the Shadow Chancellor.',
        ),
      ),
    ).toEqual([]);
  });

  test('a registry first name with an unknown surname is a stranger: "John Smith"', () => {
    expect(findUnknownNames(matcher, one('John Smith and John McDonnell met.'))).toEqual([
      { name: 'John Smith', paragraph: 1 },
    ]);
  });
});

describe('findUnknownNames with a national register', () => {
  const national = compileMatcher(nationalRegister);
  const unknown = (...paragraphs: string[]) =>
    findUnknownNames(national, { date: '2016-03-01', paragraphs }).map((u) => u.name);

  test('titles, seat phrases and derived given names raise no warning', () => {
    expect(
      unknown(
        'The Rt Hon Keir Starmer MP met Sir Keir’s deputy, Dame Margaret Hodge and Dr Liam Fox.',
        'Leigh MP Andy Burnham, Angela Smith (Penistone and Stocksbridge) and the MP for Leigh agreed.',
        'Lord Hodge and Baroness Smith were not there.',
      ),
    ).toEqual([]);
  });

  test('a stranger is reported without the title before the name', () => {
    expect(unknown('Sir Fred Bloggs and Dame Ada Lovell met Mr Bloggs.')).toEqual([
      'Fred Bloggs',
      'Ada Lovell',
      'Mr Bloggs',
    ]);
  });

  test('a name in the register is not reported even when it cannot be linked', () => {
    expect(unknown('John Smith and Angela Smith spoke.')).toEqual([]);
  });
});
