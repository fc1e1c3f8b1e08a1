import { describe, expect, test } from 'vitest';
import { compileMatcher } from './matcher.ts';
import { nameRuns } from './name-runs.ts';
import { registry as nationalRegister } from './fixtures/national-register.ts';
import { loadEditorialRegistry } from '../../archive/register.ts';

const matcher = compileMatcher(loadEditorialRegistry());
const runs = (text: string) => nameRuns(matcher.scan(text)).map((r) => [r.text, r.first, r.last]);

describe('nameRuns', () => {
  test('a run of capitalised words not known to the registry, with its first and last word', () => {
    expect(runs('Yesterday Jacob Rees-Mogg met Sir Keir.')).toEqual([
      ['Jacob Rees-Mogg', 'Jacob', 'Rees-Mogg'],
      ['Sir Keir', 'Sir', 'Keir'],
    ]);
  });
  test('registry names, seats, organisations and roles split runs; sentence openers and labels are dropped', () => {
    expect(
      runs(
        'Contender Yvette Cooper met Labour Friends of Israel. If Corbyn wins, Team Burnham loses.',
      ),
    ).toEqual([]);
    expect(runs('Canterbury MP Rosie Duffield')).toEqual([]);
  });
  test('a registry first name or surname with an unknown word is a stranger; an honorific with a registry surname is not', () => {
    expect(runs('John Bercow and Fred Watson met Mr Watson.')).toEqual([
      ['John Bercow', 'John', 'Bercow'],
      ['Fred Watson', 'Fred', 'Watson'],
    ]);
  });
  test('a possessive, a comma or a full stop ends a run', () => {
    expect(runs("Mr Corbyn's Brexit policy, Green Party")).toEqual([]);
    expect(runs('Vote Leave, Brexit Party')).toEqual([
      ['Vote Leave', 'Vote', 'Leave'],
      ['Brexit Party', 'Brexit', 'Party'],
    ]);
    expect(runs('Fred Smith’s Plan Ahead')).toEqual([
      ['Fred Smith', 'Fred', 'Smith'],
      ['Plan Ahead', 'Plan', 'Ahead'],
    ]);
  });
});

describe('nameRuns: titles and offices', () => {
  test('an office title is not a name, and is no part of the name after it', () => {
    expect(
      runs('The Home Secretary met Work Secretary Fred Bloggs and Chief Whip Ada Lovell.'),
    ).toEqual([
      ['Fred Bloggs', 'Fred', 'Bloggs'],
      ['Ada Lovell', 'Ada', 'Lovell'],
    ]);
  });
  test('a title before two or more words is dropped; before one it stays', () => {
    expect(runs('Sir Fred Bloggs met Mr Bloggs.')).toEqual([
      ['Fred Bloggs', 'Fred', 'Bloggs'],
      ['Mr Bloggs', 'Mr', 'Bloggs'],
    ]);
  });
});

describe('nameRuns: surnames of more than one word', () => {
  test('"Mr Duncan Smith" is an honorific and a registry surname, not a stranger; "Mr Fred Smith" is', () => {
    const withSurname = compileMatcher({
      ...nationalRegister,
      people: [
        ...nationalRegister.people,
        {
          ...nationalRegister.people[0]!,
          slug: 'iain-duncan-smith',
          name: 'Iain Duncan Smith',
          surname: 'Duncan Smith',
        },
      ],
    });
    const at = (text: string) => nameRuns(withSurname.scan(text)).map((r) => r.text);
    expect(at('Mr Duncan Smith left.')).toEqual([]);
    expect(at('Mr Fred Smith left.')).toEqual(['Fred Smith']);
  });
});
