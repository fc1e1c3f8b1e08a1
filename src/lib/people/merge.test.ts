import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertPopolo } from '../../../scripts/registry/convert.ts';
import type { RolePhrase } from '../../../scripts/registry/roles.ts';
import { parsePopolo } from '../../schemas/popolo.ts';
import { mergeRegisters } from './merge.ts';
import { roleOnDate } from './on-date.ts';
import { loadRegister } from '../../archive/register.ts';
import type { Person, Registry } from '../../schemas/people.ts';
import { validateRegistry } from './validate-registry.ts';

const phrases = JSON.parse(readFileSync('src/data/role-phrases.json', 'utf8')) as RolePhrase[];
const imported = convertPopolo(
  parsePopolo(JSON.parse(readFileSync('tests/fixtures/popolo/small.json', 'utf8'))),
  {
    file: 'small.json',
    importedOn: '2026-12-04',
    partiesCompleteUntil: '2019-01-31',
    postsCompleteUntil: null,
    phrases,
  },
);

const ed = 'Editorial note';
const stint = (party: string, from: string, to?: string) => ({
  party,
  from,
  ...(to ? { to } : {}),
  source: ed,
});
const person = (fields: Partial<Person> & Pick<Person, 'slug' | 'name'>): Person => ({
  aliases: [],
  misspellings: [],
  description: 'A person the editors know.',
  source: ed,
  roles: [],
  ...fields,
});

const alice = person({
  slug: 'alice-brown',
  name: 'Alice Brown',
  aliases: ['Ali Brown'],
  ids: { twfy: 'uk.org.publicwhip/person/90001', source: ed },
  seats: [
    {
      constituency: 'northtown',
      from: '2010-05-06',
      to: '2017-05-03',
      parties: [stint('labour', '2010-05-06', '2017-05-03')],
      source: ed,
    },
  ],
});
const frank = person({
  slug: 'frank-black',
  name: 'Frank Black',
  roles: [
    {
      title: 'Home Secretary',
      from: '2010-05-12',
      to: '2014-07-15',
      refs: ['home secretary'],
      source: ed,
    },
  ],
  seats: [
    {
      constituency: 'basington',
      from: '2010-05-06',
      to: '2019-11-06',
      parties: [stint('conservative', '2010-05-06', '2019-11-06')],
      source: ed,
    },
  ],
});
const eve = (extra: Partial<Person> = {}) =>
  person({
    slug: 'eve-white',
    name: 'Eve White',
    ids: { twfy: 'uk.org.publicwhip/person/90006', source: ed },
    seats: [
      {
        constituency: 'eastmere-and-lyne',
        from: '2012-10',
        parties: [stint('conservative', '2012-10')],
        source: ed,
      },
    ],
    ...extra,
  });
const councillor = person({
  slug: 'dan-green',
  name: 'Dan Green',
  parties: [{ party: 'labour', attested: ['2018'], source: ed }],
});

const editorial = (people: Person[]): Registry =>
  validateRegistry(
    people,
    ['northtown', 'basington', 'eastmere-and-lyne'].map((slug) => ({
      slug,
      name:
        slug === 'eastmere-and-lyne' ? 'Eastmere and Lyne' : slug[0]!.toUpperCase() + slug.slice(1),
      aliases: [],
      region: 'Test region',
      nameIsAlsoPlace: true,
      source: ed,
    })),
    [
      { slug: 'labour', name: 'Labour Party', shortName: 'Labour' },
      { slug: 'conservative', name: 'Conservative and Unionist Party', shortName: 'Conservative' },
      { slug: 'liberal-democrats', name: 'Liberal Democrats', shortName: 'Liberal Democrat' },
      { slug: 'independent', name: 'Independent', shortName: 'Independent' },
    ],
  );

describe('mergeRegisters', () => {
  const merged = mergeRegisters(editorial([alice, frank, eve(), councillor]), imported);
  const find = (slug: string) => merged.people.find((p) => p.slug === slug)!;

  test('a person in both layers is one person: matched by TheyWorkForYou id, editorial facts kept', () => {
    const a = find('alice-brown');
    expect(a.origin).toBe('both');
    expect(a.aliases).toEqual(['Ali Brown']);
    expect(a.description).toBe('A person the editors know.');
    expect(a.ids).toMatchObject({ twfy: 'uk.org.publicwhip/person/90001', parliament: '9001' });
    expect(a.roles.map((r) => r.title)).toEqual(['Opposition Whip (Commons)']);
    expect(merged.people.filter((p) => p.name === 'Alice Brown')).toHaveLength(1);
  });

  test('without an id, matched by name, seat and overlapping dates; a post the editor lists is not added twice', () => {
    const f = find('frank-black');
    expect(f.origin).toBe('both');
    expect(roleOnDate(f, '2012-01').map((r) => r.value.title)).toEqual(['Home Secretary']);
    expect(roleOnDate(f, '2015-01').map((r) => r.value.title)).toEqual([
      'Secretary of State for Health',
    ]);
  });

  test('a post the editor names in the press’s words is the register’s post, not a second one', () => {
    const health = { title: 'Health Secretary', from: '2014-07', source: ed };
    const short = mergeRegisters(editorial([{ ...frank, roles: [health] }]), imported);
    const f = short.people.find((p) => p.slug === 'frank-black')!;
    expect(roleOnDate(f, '2015-01').map((r) => r.value.title)).toEqual(['Health Secretary']);
    expect(roleOnDate(f, '2012-01').map((r) => r.value.title)).toEqual([
      'Secretary of State for the Home Department',
    ]);
  });

  test('the register fills in everyone else; a slug an editorial person holds gets the seat added', () => {
    expect(find('dan-green').origin).toBeUndefined();
    expect(find('dan-green-westbrook')).toMatchObject({ name: 'Dan Green', origin: 'imported' });
    expect(find('bob-brown').origin).toBe('imported');
    expect(() =>
      validateRegistry(merged.people, merged.constituencies, merged.parties),
    ).not.toThrow();
  });

  test("the register's parties and seats map to the editorial ones naming the same thing", () => {
    expect(merged.parties.map((p) => p.slug)).not.toContain('liberal-democrat');
    const seat = find('eve-white').seats![0]!;
    expect(seat.constituency).toBe('eastmere-and-lyne');
    expect(merged.constituencies.find((c) => c.slug === 'northtown')!.region).toBe('Test region');
    expect(merged.constituencies.filter((c) => c.slug === 'northtown')).toHaveLength(1);
  });

  test('a seat date and a party the layers disagree on are reported, the editorial fact used', () => {
    expect(merged.disagreements).toEqual([
      'registry: Eve White: seat eastmere-and-lyne from: editorial says 2012-10, TheyWorkForYou register says 2012-11-16 (editorial used)',
      'registry: Eve White: party on 2012-11-16: editorial says conservative, TheyWorkForYou register says liberal-democrats (editorial used)',
    ]);
    expect(find('eve-white').seats![0]!.from).toBe('2012-10');
  });

  test('a known, sourced correction is not reported, unless the register later says something else', () => {
    const corrects = [
      {
        fact: 'seat eastmere-and-lyne from',
        register: '2012-11-16',
        source: 'A by-election report',
      },
    ];
    const corrected = mergeRegisters(editorial([eve({ corrects })]), imported);
    expect(corrected.disagreements).toEqual([expect.stringContaining('party on 2012-11-16')]);
    const stale = [{ ...corrects[0]!, register: '2012-11-17' }];
    expect(
      mergeRegisters(editorial([eve({ corrects: stale })]), imported).disagreements,
    ).toHaveLength(2);
  });

  test('seat ends a day apart agree (dissolution day or the day before)', () => {
    expect(merged.disagreements.some((d) => d.includes('Frank Black'))).toBe(false);
  });
});

describe('loadRegister', () => {
  const dir = mkdtempSync(join(tmpdir(), 'register-'));
  const registry = editorial([alice, councillor]);
  writeFileSync(join(dir, 'people.json'), JSON.stringify(registry.people));
  writeFileSync(join(dir, 'constituencies.json'), JSON.stringify(registry.constituencies));
  writeFileSync(join(dir, 'parties.json'), JSON.stringify(registry.parties));

  test('without an import: the editorial registry exactly, no meta, no disagreements', () => {
    const loaded = loadRegister({ editorialDir: dir, importedDir: join(dir, 'absent') });
    expect(loaded).toEqual({ registry, imported: null, disagreements: [] });
  });

  test('with an import: the merged registry and the import’s meta', () => {
    const importedDir = mkdtempSync(join(tmpdir(), 'imported-'));
    writeFileSync(join(importedDir, 'register.json'), JSON.stringify(imported));
    const loaded = loadRegister({ editorialDir: dir, importedDir });
    expect(loaded.imported?.importedOn).toBe('2026-12-04');
    expect(loaded.registry.people.length).toBe(imported.people.length + 1);
    expect(loaded.disagreements).toEqual([]);
  });

  test('the same files are read once; a changed file is read again', () => {
    const importedDir = mkdtempSync(join(tmpdir(), 'imported-'));
    const file = join(importedDir, 'register.json');
    writeFileSync(file, JSON.stringify(imported));
    const first = loadRegister({ editorialDir: dir, importedDir });
    expect(loadRegister({ editorialDir: dir, importedDir })).toBe(first);
    writeFileSync(
      file,
      JSON.stringify({ ...imported, meta: { ...imported.meta, importedOn: '2026-12-05' } }),
    );
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(loadRegister({ editorialDir: dir, importedDir }).imported?.importedOn).toBe(
      '2026-12-05',
    );
  });
});
