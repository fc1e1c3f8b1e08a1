/**
 * How the people matcher scales with the register (figures only, no assertions):
 *
 *   npx node bench/matcher.ts [--paragraphs 20000]
 *
 * Compiles the matcher for the 23-person editorial registry and for a national-sized
 * one, then scans the same generated paragraphs with each (scan, and the whole
 * detection: mentions, seats, unknown names). The national register is a quick
 * in-memory conversion of ../shared/registry/uk-commons.json when that file exists
 * (nothing derived from it is written anywhere), else about 2,000 synthetic people
 * with shared surnames, seats and posts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findConstituencyMentions } from '../src/lib/people/constituencies.ts';
import { compileMatcher, type Matcher } from '../src/lib/people/matcher.ts';
import { findMentions, scanArticle } from '../src/lib/people/mentions.ts';
import { loadRegistry } from '../src/lib/people/registry.ts';
import type { Constituency, Person, Registry, Role, Seat } from '../src/lib/people/schema.ts';
import { findUnknownNames } from '../src/lib/people/unknown-names.ts';

const SHARED = resolve(import.meta.dirname, '../../shared/registry/uk-commons.json');
const SOURCE = 'bench';

const slugify = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^-|-$/g, '');

interface Popolo {
  persons: {
    id: string;
    name: string;
    other_names?: { given_name?: string; family_name?: string; name?: string }[];
  }[];
  posts: { id: string; area: { name: string; other_names?: string[] } }[];
  memberships: {
    person_id: string;
    post_id?: string;
    role?: string;
    on_behalf_of_id?: string;
    start_date?: string;
    end_date?: string;
  }[];
}

/** A rough conversion, enough to measure: seats, parties, posts with their titles as refs. */
function fromPopolo(file: string): Registry {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Popolo;
  const constituencies: Constituency[] = data.posts.map((post) => ({
    slug: post.id.replace(/^uk\.commons\//, ''),
    name: post.area.name,
    aliases: [...new Set(post.area.other_names ?? [])].filter((n) => n !== post.area.name),
    nameIsAlsoPlace: !/\s/.test(post.area.name),
    source: SOURCE,
  }));
  const seats = new Map<string, Seat[]>();
  const roles = new Map<string, Role[]>();
  for (const m of data.memberships) {
    if (!m.start_date) continue;
    const period = { from: m.start_date, ...(m.end_date ? { to: m.end_date } : {}) };
    if (m.post_id) {
      const party = {
        party: slugify(m.on_behalf_of_id ?? 'independent'),
        ...period,
        source: SOURCE,
      };
      const seat = {
        constituency: m.post_id.replace(/^uk\.commons\//, ''),
        ...period,
        parties: [party],
        source: SOURCE,
      };
      seats.set(m.person_id, [...(seats.get(m.person_id) ?? []), seat]);
    } else if (m.role) {
      const ref = m.role.toLowerCase().replace(/^the /, '');
      const role = { title: m.role, ...period, refs: [ref], source: SOURCE };
      roles.set(m.person_id, [...(roles.get(m.person_id) ?? []), role]);
    }
  }
  const taken = new Set<string>();
  const people: Person[] = data.persons.map((p) => {
    let slug = slugify(p.name);
    if (taken.has(slug)) slug = `${slug}-${p.id.split('/').at(-1)}`;
    taken.add(slug);
    const aliases = (p.other_names ?? [])
      .map((n) => (n.given_name && n.family_name ? `${n.given_name} ${n.family_name}` : ''))
      .filter((n) => n.length > 3 && n !== p.name);
    return {
      slug,
      name: p.name,
      aliases: [...new Set(aliases)],
      misspellings: [],
      description: `${p.name}, as recorded in the register.`,
      source: SOURCE,
      roles: roles.get(p.id) ?? [],
      seats: seats.get(p.id) ?? [],
    };
  });
  return { people: dropClashingAliases(people), constituencies, parties: [] };
}

/** Aliases that are someone else's name would make the bench measure a register no import would produce. */
function dropClashingAliases(people: Person[]): Person[] {
  const names = new Set(people.map((p) => p.name));
  return people.map((p) => ({ ...p, aliases: p.aliases.filter((a) => !names.has(a)) }));
}

const GIVEN =
  'Angela John Mary David Sarah Peter Helen Andrew Emma James Rachel Tom Jo Michael Kate Ian Liz'.split(
    ' ',
  );
const FAMILY =
  'Smith Jones Brown Watson Allen Johnson Lewis Murray Taylor Davies Clark Evans Hughes Wood'.split(
    ' ',
  );

/** About 2,000 people with heavily shared surnames, over 700 seats, a third with a post. */
function synthetic(count = 2000): Registry {
  const constituencies: Constituency[] = Array.from({ length: 700 }, (_, i) => ({
    slug: `seat-${i}`,
    name: `Seatham ${i} North`,
    aliases: [],
    nameIsAlsoPlace: false,
    source: SOURCE,
  }));
  const people: Person[] = Array.from({ length: count }, (_, i) => {
    const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}${i}`;
    const from = `${1997 + (i % 25)}-05-01`;
    const to = `${2001 + (i % 25)}-04-12`;
    const seat: Seat = {
      constituency: `seat-${i % 700}`,
      from,
      to,
      parties: [{ party: 'p', from, to, source: SOURCE }],
      source: SOURCE,
    };
    const roles: Role[] =
      i % 3 === 0
        ? [
            {
              title: `Minister ${i % 60}`,
              from,
              to,
              refs: [`minister for thing ${i % 60}`],
              source: SOURCE,
            },
          ]
        : [];
    return {
      slug: `p-${i}`,
      name,
      aliases: [],
      misspellings: [],
      description: `${name}, synthetic.`,
      source: SOURCE,
      roles,
      seats: [seat],
    };
  });
  return { people, constituencies, parties: [] };
}

/** Paragraphs in a news register's shape, naming people of the register and strangers. */
function paragraphs(registry: Registry, n: number): string[] {
  const names = registry.people.map((p) => p.name);
  const seats = registry.constituencies.map((c) => c.name);
  const pick = <T>(list: readonly T[], i: number) => list[(i * 7919) % list.length]!;
  return Array.from({ length: n }, (_, i) => {
    const name = pick(names, i);
    const surname = name.split(' ').at(-1);
    return (
      `${name}, the ${pick(seats, i)} MP, told the BBC on Tuesday that the Home Secretary had ` +
      `"lost the argument". Speaking in Westminster, Mr ${surname} said Fred Watson and ` +
      `${pick(names, i + 1)} had backed the plan, while the MP for ${pick(seats, i + 2)} did not.`
    );
  });
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

function measure(label: string, registry: Registry, texts: string[]): void {
  const [matcher, compileMs] = time(() => compileMatcher(registry));
  const [, scanMs] = time(() => texts.forEach((text) => matcher.scan(text)));
  const [, detectMs] = time(() => detect(matcher, texts));
  const per = (ms: number) => ((ms * 1000) / texts.length).toFixed(1);
  console.log(
    `${label.padEnd(34)} ${String(registry.people.length).padStart(5)} people  compile ${compileMs.toFixed(0).padStart(5)} ms` +
      `  scan ${per(scanMs).padStart(6)} µs/paragraph  detect ${per(detectMs).padStart(6)} µs/paragraph`,
  );
}

/** The ingest's people step on articles of ten paragraphs each. */
function detect(matcher: Matcher, texts: string[]): void {
  for (let i = 0; i < texts.length; i += 10) {
    const article = { date: '2016-03-01', paragraphs: texts.slice(i, i + 10) };
    const scan = scanArticle(matcher, article);
    findMentions(matcher, article, scan);
    findConstituencyMentions(matcher, article, scan);
    findUnknownNames(matcher, article, scan);
  }
}

const { values } = parseArgs({ options: { paragraphs: { type: 'string', default: '20000' } } });
const n = Number(values.paragraphs);
const national = existsSync(SHARED) ? fromPopolo(SHARED) : synthetic();
const nationalLabel = existsSync(SHARED)
  ? 'national (uk-commons.json, in memory)'
  : 'national (synthetic)';
const texts = paragraphs(national, n);
console.log(
  `${n} paragraphs of ${Math.round(texts.reduce((s, t) => s + t.length, 0) / n)} characters`,
);
measure('editorial registry', loadRegistry(), texts);
measure(nationalLabel, national, texts);
if (existsSync(SHARED)) measure('national (synthetic)', synthetic(), paragraphs(synthetic(), n));
