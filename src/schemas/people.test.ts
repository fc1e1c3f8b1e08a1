import { describe, expect, test } from 'vitest';
import { constituencySchema, partialDateSchema, partyStintSchema, roleSchema } from './people.ts';

describe('partialDateSchema', () => {
  test('takes a year, a month or a day, with a real month and day', () => {
    const ok = ['2019', '2019-02', '2019-02-28'].map((d) => partialDateSchema.safeParse(d).success);
    expect(ok).toEqual([true, true, true]);
  });

  test('refuses month 13, day 32 and other shapes', () => {
    for (const date of ['2019-13', '2019-01-32', '19-02', '6 May 2010']) {
      expect(partialDateSchema.safeParse(date).success, date).toBe(false);
    }
  });
});

describe('the registry records', () => {
  test('a slug is kebab-case', () => {
    const stint = { party: 'labour-co-operative', from: '2010', source: 'the register' };
    expect(partyStintSchema.safeParse(stint).success).toBe(true);
    expect(partyStintSchema.safeParse({ ...stint, party: 'Labour' }).success).toBe(false);
  });

  test("a role's press phrases are lowercase", () => {
    const role = { title: 'Shadow Chancellor', from: '2015-09', source: 'the register' };
    expect(roleSchema.safeParse({ ...role, refs: ['the shadow chancellor'] }).success).toBe(true);
    expect(roleSchema.safeParse({ ...role, refs: ['the Shadow Chancellor'] }).success).toBe(false);
  });

  test('a constituency says whether its bare name is also a place', () => {
    const seat = { slug: 'leigh', name: 'Leigh', aliases: [], source: 'the register' };
    expect(constituencySchema.safeParse(seat).success).toBe(false);
    expect(constituencySchema.safeParse({ ...seat, nameIsAlsoPlace: true }).success).toBe(true);
  });
});
