import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePopolo } from '../../src/schemas/popolo.ts';
import {
  partyNotRecordedOnDate,
  partyOnDate,
  roleOnDate,
  seatOnDate,
} from '../../src/lib/people/on-date.ts';
import { validateRegistry } from '../../src/lib/people/validate-registry.ts';
import type { Person } from '../../src/schemas/people.ts';
import { convertPopolo, type ImportOptions } from './convert.ts';
import type { RolePhrase } from './roles.ts';

const fixture = JSON.parse(readFileSync('tests/fixtures/popolo/small.json', 'utf8')) as unknown;
const phrases = JSON.parse(readFileSync('src/data/role-phrases.json', 'utf8')) as RolePhrase[];
const options: ImportOptions = {
  file: 'small.json',
  importedOn: '2026-12-04',
  partiesCompleteUntil: '2019-01-31',
  postsCompleteUntil: null,
  phrases,
};
const register = convertPopolo(parsePopolo(fixture), options);
const byName = (name: string) => register.people.filter((p) => p.name === name);
const one = (name: string): Person => byName(name)[0]!;

describe('convertPopolo on a small register', () => {
  test('the result is a valid registry of its own, with counts and the period in its meta', () => {
    expect(() =>
      validateRegistry(register.people, register.constituencies, register.parties),
    ).not.toThrow();
    expect(register.meta).toMatchObject({
      source: 'TheyWorkForYou register',
      file: 'small.json',
      importedOn: '2026-12-04',
      partiesCompleteUntil: '2019-01-31',
      period: { from: '2001-06-07', to: '2019-11-05' },
      counts: { people: 8, parties: 5 },
    });
  });

  test('two MPs sharing a surname are two people with their own slugs', () => {
    expect([one('Alice Brown').slug, one('Bob Brown').slug]).toEqual(['alice-brown', 'bob-brown']);
    expect(one('Bob Brown').aliases).toEqual(['Robert Brown']);
  });

  test('two MPs sharing a full name: both kept, each slug with their first seat, the name shared', () => {
    expect(byName('Carol Smith').map((p) => p.slug)).toEqual([
      'carol-smith-basington',
      'carol-smith-hillford',
    ]);
    expect(byName('Carol Smith')[0]!.ids).toEqual({
      twfy: 'uk.org.publicwhip/person/90003',
      wikidata: 'Q900003',
    });
  });

  test('a party change inside one seat is one seat with two stints', () => {
    const dan = one('Dan Green');
    expect(dan.seats).toHaveLength(1);
    expect(partyOnDate(dan, '2015-01-01')).toEqual([{ value: 'labour', certain: true }]);
    expect(partyOnDate(dan, '2016-06-01')).toEqual([{ value: 'independent', certain: true }]);
  });

  test('party stints end at the parties-complete date; the seat goes on and its party is not recorded', () => {
    const dan = one('Dan Green');
    expect(dan.seats![0]!.to).toBe('2019-11-05');
    expect(dan.seats![0]!.parties.at(-1)).toMatchObject({ party: 'independent', to: '2019-01-31' });
    expect(partyOnDate(dan, '2019-03-01')).toEqual([]);
    expect(partyNotRecordedOnDate(dan, '2019-03-01')).toBe(true);
    expect(register.parties.map((p) => p.slug)).toContain('green-league');
    expect(dan.seats!.flatMap((s) => s.parties).some((s) => s.party === 'green-league')).toBe(
      false,
    );
  });

  test('a renamed seat: the other names are aliases; a joined name is not also a place', () => {
    const seat = register.constituencies.find((c) => c.slug === 'eastmere-and-lyne')!;
    expect(seat).toMatchObject({
      name: 'Eastmere and Lyne',
      aliases: ['Eastmere & Lyne'],
      nameIsAlsoPlace: false,
    });
    expect(register.constituencies.find((c) => c.slug === 'south-vale')!.nameIsAlsoPlace).toBe(
      false,
    );
    expect(register.constituencies.find((c) => c.slug === 'hillford')!.nameIsAlsoPlace).toBe(true);
  });

  test('a by-election win then re-election is one seat from the by-election, open at the end', () => {
    const eve = one('Eve White');
    expect(eve.seats).toEqual([
      expect.objectContaining({ constituency: 'eastmere-and-lyne', from: '2012-11-16' }),
    ]);
    expect(eve.seats![0]!.to).toBeUndefined();
    expect(seatOnDate(eve, '2012-11-01')).toEqual([]);
    expect(eve.description).toBe(
      'MP for Eastmere and Lyne (from 2012), as recorded in the TheyWorkForYou register imported 2026-12-04.',
    );
  });

  test('a minister who changed post: titles cleaned, press phrases for single-holder posts only', () => {
    const frank = one('Frank Black');
    expect(roleOnDate(frank, '2012-01-01').map((r) => [r.value.title, r.value.refs])).toEqual([
      ['Secretary of State for the Home Department', ['home secretary']],
    ]);
    expect(roleOnDate(frank, '2015-01-01').map((r) => r.value.title)).toEqual([
      'Secretary of State for Health',
    ]);
    expect(one('Alice Brown').roles[0]).not.toHaveProperty('refs');
  });

  test('a post open in the source ends at the latest post date found, and the source says so', () => {
    const health = one('Frank Black').roles[1]!;
    expect(health.to).toBe('2016-09-30');
    expect(health.source).toContain('recorded to 2016-09-30 only');
    expect(health.toIsRecordEnd).toBe(true);
    expect(one('Frank Black').roles[0]).not.toHaveProperty('toIsRecordEnd');
    expect(roleOnDate(one('Frank Black'), '2017-01-01')).toEqual([]);
    const later = convertPopolo(parsePopolo(fixture), {
      ...options,
      postsCompleteUntil: '2018-12-31',
    });
    expect(later.people.find((p) => p.name === 'Frank Black')!.roles[1]!.to).toBe('2018-12-31');
  });

  test('every fact names the register and its import date; descriptions are past tense or dated', () => {
    for (const person of register.people) {
      expect(person.source).toBe('TheyWorkForYou register, imported 2026-12-04');
      expect(person.description).not.toMatch(/\bis the MP\b|\bsince\b/);
      for (const fact of [
        ...person.roles,
        ...(person.seats ?? []),
        ...(person.seats ?? []).flatMap((s) => s.parties),
      ])
        expect(fact.source).toMatch(/^TheyWorkForYou register, imported 2026-12-04/);
    }
    expect(one('Alice Brown').description).toBe(
      'MP for Northtown (2010–2017), as recorded in the TheyWorkForYou register imported 2026-12-04.',
    );
  });

  test('two spells in one seat are described together', () => {
    const twice = structuredClone(fixture) as { memberships: Record<string, unknown>[] };
    Object.assign(twice.memberships[1]!, { start_date: '2017-06-08', end_date: '2019-11-05' });
    const alice = convertPopolo(parsePopolo(twice), options).people.find(
      (p) => p.name === 'Alice Brown',
    )!;
    expect(alice.seats).toHaveLength(2);
    expect(alice.description).toMatch(/^MP for Northtown \(2010–2015 and 2017–2019\), as recorded/);
  });

  test('a name-only other name (an office, a peerage) is not an alias; a double-barrelled surname is kept', () => {
    expect(one('Dan Green').aliases).toEqual([]);
    expect(one('Gina Hale-Duncan').surname).toBeUndefined();
    expect(one('Gina Hale-Duncan').slug).toBe('gina-hale-duncan');
  });
});

describe('parsePopolo', () => {
  test('a malformed record gives an error naming it, its id and the field', () => {
    const broken = structuredClone(fixture) as { memberships: Record<string, unknown>[] };
    broken.memberships[3]!['end_date'] = '2019-13-01';
    expect(() => parsePopolo(broken)).toThrow(
      'memberships[3] (m/4): end_date "2019-13-01" is not a date',
    );
    broken.memberships[3]!['end_date'] = '2019-02-30';
    expect(() => parsePopolo(broken)).toThrow('end_date "2019-02-30" is not a date');
  });

  test('a membership naming a seat or party the file lacks is named too', () => {
    const broken = structuredClone(fixture) as { memberships: Record<string, unknown>[] };
    Object.assign(broken.memberships[2]!, {
      post_id: 'uk.commons/nowhere',
      on_behalf_of_id: 'whigs',
    });
    expect(() => parsePopolo(broken)).toThrow(
      'memberships[2] (m/3): post_id "uk.commons/nowhere" is not a post; ' +
        'memberships[2] (m/3): on_behalf_of_id "whigs" is not an organization',
    );
  });
});
