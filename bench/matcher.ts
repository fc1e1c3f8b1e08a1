/**
 * How the people matcher scales with the register (figures only, no assertions):
 *
 *   npx node bench/matcher.ts [--paragraphs 20000]
 *
 * Compiles the matcher for the 23-person editorial registry and for a national-sized
 * one, then scans the same generated paragraphs with each (scan, and the whole
 * detection: mentions, seats, unknown names). The national register is
 * ../shared/registry/uk-commons.json converted by the import's own code and merged with
 * the editorial registry, in memory (nothing derived from it is written anywhere), when
 * that file exists; else about 2,000 synthetic people with shared surnames, seats and posts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findConstituencyMentions } from '../src/lib/people/constituencies.ts';
import { compileMatcher, type Matcher } from '../src/lib/people/matcher.ts';
import { findMentions, scanArticle } from '../src/lib/people/mentions.ts';
import { loadRegistry } from '../src/archive/register.ts';
import type { Constituency, Person, Registry, Role, Seat } from '../src/schemas/people.ts';
import { findUnknownNames } from '../src/lib/people/unknown-names.ts';
import { mergeRegisters } from '../src/lib/people/merge.ts';
import { parsePopolo } from '../src/schemas/popolo.ts';
import rolePhrases from '../src/data/role-phrases.json' with { type: 'json' };
import { convertPopolo } from '../scripts/registry/convert.ts';
import type { RolePhrase } from '../scripts/registry/roles.ts';

const SHARED = resolve(import.meta.dirname, '../../shared/registry/uk-commons.json');
const SOURCE = 'bench';

/** The register as the import and the ingest see it: converted and merged, all in memory. */
function nationalRegister(file: string): Registry {
  const popolo = parsePopolo(JSON.parse(readFileSync(file, 'utf8')));
  const imported = convertPopolo(popolo, {
    file: 'uk-commons.json',
    importedOn: new Date().toISOString().slice(0, 10),
    partiesCompleteUntil: '2019-01-31',
    postsCompleteUntil: null,
    phrases: rolePhrases as RolePhrase[],
  });
  return mergeRegisters(loadRegistry(), imported);
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
const national = existsSync(SHARED) ? nationalRegister(SHARED) : synthetic();
const nationalLabel = existsSync(SHARED)
  ? 'national (uk-commons.json merged)'
  : 'national (synthetic)';
const texts = paragraphs(national, n);
console.log(
  `${n} paragraphs of ${Math.round(texts.reduce((s, t) => s + t.length, 0) / n)} characters`,
);
measure('editorial registry', loadRegistry(), texts);
measure(nationalLabel, national, texts);
if (existsSync(SHARED)) measure('national (synthetic)', synthetic(), paragraphs(synthetic(), n));
