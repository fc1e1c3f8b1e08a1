import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import constituenciesJson from '../../data/constituencies.json' with { type: 'json' };
import partiesJson from '../../data/parties.json' with { type: 'json' };
import peopleJson from '../../data/people.json' with { type: 'json' };
import { seeds } from './fixtures/seed-articles.ts';
import type { Person } from '../../schemas/people.ts';
import { firstNameOf, surnameOf } from './name-parts.ts';
import { validateRegistry } from './validate-registry.ts';

const registry = validateRegistry(peopleJson, constituenciesJson, partiesJson);
const clone = <T>(value: T): T => structuredClone(value);
const journalism = seeds.map((s) => s.paragraphs.join('\n')).join('\n');

describe('the registry in src/data', () => {
  test('validates: every seat, party and name form resolves', () => {
    expect(registry.people.length).toBe(23);
    expect(registry.parties.map((p) => p.slug)).toEqual([
      'labour',
      'labour-co-operative',
      'conservative',
      'liberal-democrats',
      'change-uk',
      'independent',
    ]);
  });

  test('holds everyone named in the journalism of the five seeds, and no one from boilerplate', () => {
    expect(registry.people.map((p) => p.slug).sort()).toEqual([
      'aaron-bastani',
      'andy-burnham',
      'chris-leslie',
      'chuka-umunna',
      'ed-miliband',
      'frank-field',
      'gavin-shuker',
      'gordon-watson',
      'harriet-harman',
      'iain-mcnicol',
      'ian-austin',
      'jeremy-corbyn',
      'joan-ryan',
      'john-mcdonnell',
      'julian-brazier',
      'kate-hoey',
      'luciana-berger',
      'michael-dugher',
      'nick-boles',
      'rosie-duffield',
      'theresa-may',
      'tom-watson',
      'yvette-cooper',
    ]);
    expect(registry.people.some((p) => p.name === 'Elon Musk')).toBe(false);
  });

  test('every person is named in full (or misspelt) somewhere in the journalism of the seeds', () => {
    for (const person of registry.people) {
      const forms = [person.name, ...person.aliases, ...person.misspellings.map((m) => m.text)];
      expect(
        forms.some((form) => journalism.includes(form)),
        person.slug,
      ).toBe(true);
    }
  });

  test('each misspelling occurs, exactly as written, in the seed it cites', () => {
    const mcnicol = registry.people.find((p) => p.slug === 'iain-mcnicol')!;
    expect(mcnicol.misspellings).toEqual([
      { text: 'Iain McNico', seed: '002_62f1b93d153f28be.txt' },
      { text: 'Iain McNichol', seed: '004_b2604c3d629a670c.txt' },
    ]);
    for (const person of registry.people) {
      for (const m of person.misspellings) {
        expect(readFileSync(`seeds/${m.seed}`, 'utf8')).toContain(m.text);
      }
    }
  });

  test('every seat named in the seeds, and every seat held by a registry MP, is a constituency', () => {
    const seats = new Set(registry.constituencies.map((c) => c.slug));
    for (const slug of [
      'canterbury',
      'luton-south',
      'liverpool-wavertree',
      'nottingham-east',
      'enfield-north',
      'birkenhead',
      'grantham-and-stamford',
    ]) {
      expect(seats.has(slug), slug).toBe(true);
    }
    const held = new Set(
      registry.people.flatMap((p) => (p.seats ?? []).map((s) => s.constituency)),
    );
    expect([...seats].filter((s) => !held.has(s))).toEqual([]);
  });

  test('surnames and first names default to the last and first word of the name', () => {
    const byName = (name: string) => registry.people.find((p) => p.name === name)!;
    expect(surnameOf(byName('Iain McNicol'))).toBe('McNicol');
    expect(firstNameOf(byName('Iain McNicol'))).toBe('Iain');
  });
});

describe('validateRegistry', () => {
  const berger = () =>
    clone(peopleJson.find((p) => p.slug === 'luciana-berger')!) as unknown as Person;

  test('names a seat pointing to a missing constituency', () => {
    const person = berger();
    person.seats![0]!.constituency = 'wavertree';
    expect(() => validateRegistry([person], constituenciesJson, partiesJson)).toThrow(
      'Registry invalid: luciana-berger seat 1: no constituency "wavertree"',
    );
  });

  test('names a party stint pointing to a missing party', () => {
    const person = berger();
    person.seats![0]!.parties[1]!.party = 'tig';
    expect(() => validateRegistry([person], constituenciesJson, partiesJson)).toThrow(
      'luciana-berger seat 1 party 2: no party "tig"',
    );
  });

  test('names duplicate slugs', () => {
    expect(() => validateRegistry([berger(), berger()], constituenciesJson, partiesJson)).toThrow(
      'duplicate person slug "luciana-berger"',
    );
    expect(() =>
      validateRegistry([], [...constituenciesJson, constituenciesJson[0]], partiesJson),
    ).toThrow('duplicate constituency slug "canterbury"');
  });

  test('names a name form claimed by two people', () => {
    const other = {
      ...berger(),
      slug: 'luciana-berger-2',
      name: 'L. Berger',
      aliases: ['Luciana Berger'],
    };
    expect(() => validateRegistry([berger(), other], constituenciesJson, partiesJson)).toThrow(
      'name form "Luciana Berger" is claimed by both luciana-berger and luciana-berger-2',
    );
  });

  test('two people may share a full name; an editor’s alias or misspelling still names one person', () => {
    const smith = (slug: string, origin?: 'imported') => ({
      ...berger(),
      slug,
      name: 'Angela Smith',
      misspellings: [],
      ...(origin ? { origin } : {}),
    });
    const [basildon, hillsborough] = [smith('angela-smith-a', 'imported'), smith('angela-smith-b')];
    expect(() =>
      validateRegistry([basildon, hillsborough], constituenciesJson, partiesJson),
    ).not.toThrow();
    const twin = { ...smith('angela-smith-c'), aliases: ['Angie Smith'] };
    const other = { ...smith('angela-smith-d'), aliases: ['Angie Smith'] };
    expect(() => validateRegistry([twin, other], constituenciesJson, partiesJson)).toThrow(
      'name form "Angie Smith" is claimed by both angela-smith-c and angela-smith-d',
    );
  });

  test('names a party stint that ends after its seat, and a period that ends before it starts', () => {
    const person = berger();
    person.seats![0]!.parties.at(-1)!.to = '2020-01';
    person.roles = [{ title: 'Backwards', from: '2019', to: '2018', source: 'test' }];
    expect(() => validateRegistry([person], constituenciesJson, partiesJson)).toThrow(
      'Registry invalid: luciana-berger role 1 (Backwards): from 2019 is after to 2018; luciana-berger seat 1 party 4: ends after the seat',
    );
  });

  test('rejects malformed records through the zod schemas', () => {
    const person = { ...berger(), slug: 'Luciana Berger' };
    expect(() => validateRegistry([person], constituenciesJson, partiesJson)).toThrow('kebab-case');
    const dated = berger();
    dated.seats![0]!.from = '6 May 2010';
    expect(() => validateRegistry([dated], constituenciesJson, partiesJson)).toThrow(
      'a date is YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
});
