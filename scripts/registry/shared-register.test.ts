import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadRegister } from '../../src/archive/register.ts';
import { periodsOverlap } from '../../src/lib/people/merge.ts';
import type { ImportedRegister } from '../../src/schemas/register.ts';
import { daysBetween } from './dates.ts';
import { importRegister, summarise } from './import.ts';

/** Test data only: read from ../shared, never committed (see its README). */
const SHARED = '../shared/registry/uk-commons.json';
const present = existsSync(SHARED);
if (!present)
  console.warn(`skipping the shared-register tests: ${SHARED} is absent (a fresh clone)`);

describe.skipIf(!present)('importing the shared register of MPs (1997–2024)', () => {
  const out = mkdtempSync(join(tmpdir(), 'shared-register-'));
  let register: ImportedRegister;
  beforeAll(async () => {
    const result = await importRegister({
      file: SHARED,
      out,
      importedOn: '2026-12-04',
      partiesCompleteUntil: '2019-01-31',
      postsCompleteUntil: null,
      phrasesFile: 'src/data/role-phrases.json',
    });
    register = result.register;
    console.log(summarise(register, result.path));
  });

  test('succeeds: one register.json, no temporary file left, counts and period in its meta', () => {
    expect(readdirSync(out)).toEqual(['register.json']);
    expect(register.meta.counts.people).toBe(1930);
    expect(register.meta.counts.seats).toBeGreaterThan(1930);
    expect(register.meta.period.from).toBe('1997-05-01');
    expect(register.meta.postsCompleteUntil).toBe('2020-10-01');
  });

  test('no party stint runs past 2019-01-31, and no role past the posts date', () => {
    const stints = register.people.flatMap((p) => (p.seats ?? []).flatMap((s) => s.parties));
    expect(stints.filter((s) => !s.to || s.to > '2019-01-31')).toEqual([]);
    expect(
      register.people.flatMap((p) => p.roles).filter((r) => !r.to || r.to > '2020-10-01'),
    ).toEqual([]);
  });

  test('people sharing a full name stay apart (the two Angela Smiths)', () => {
    const smiths = register.people.filter((p) => p.name === 'Angela Smith').map((p) => p.slug);
    expect(smiths).toEqual(['angela-smith-basildon', 'angela-smith-sheffield-hillsborough']);
  });

  test('every editorial fact the register covers agrees with it or is a known, sourced correction', () => {
    const loaded = loadRegister({ importedDir: out });
    expect(loaded.disagreements).toEqual([]);
    const both = loaded.registry.people.filter((p) => p.origin === 'both').map((p) => p.slug);
    expect(both).toHaveLength(20);
    expect(both).toContain('yvette-cooper');
  });

  // Sources date a reshuffle's posts from the election or from the announcement, days apart
  // (George Osborne's shadow chancellorship starts on polling day 2005, Oliver Letwin's ends
  // five days later), so holders may overlap by under a week: two holders on one date.
  const HANDOVER_DAYS = 7;
  // "Shadow Secretary of State for Health" was also the Liberal Democrats' title before 2010,
  // so it has no press phrase: this is the check that found it.
  test('a press phrase names one post holder at a time (a few days at a handover aside)', () => {
    const holders = register.people.flatMap((p) =>
      p.roles
        .filter((r) => r.refs)
        .map((r) => ({ person: p.slug, ref: r.refs![0]!, from: r.from, to: r.to })),
    );
    const clashes = holders.flatMap((a, i) =>
      holders
        .slice(i + 1)
        .filter((b) => {
          if (a.ref !== b.ref || a.person === b.person || !periodsOverlap(a, b)) return false;
          const shared = [a.from!, b.from!].toSorted().at(-1)!;
          const ends = [a.to!, b.to!].toSorted()[0]!;
          return daysBetween(shared, ends) > HANDOVER_DAYS;
        })
        .map((b) => `${a.ref}: ${a.person} ${a.from}–${a.to} and ${b.person} ${b.from}–${b.to}`),
    );
    expect(clashes).toEqual([]);
  });
});
