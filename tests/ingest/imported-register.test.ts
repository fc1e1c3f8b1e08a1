import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, test } from 'vitest';
import { importRegister } from '../../scripts/registry/import.ts';
import { runIngest, scratchWithSeeds } from '../support/ingest-cli.ts';

/** Test data only: read from ../shared, never committed. */
const SHARED = '../shared/registry/uk-commons.json';
const present = existsSync(SHARED);
if (!present) console.warn(`skipping the imported-register ingest test: ${SHARED} is absent`);

/** Each article's people and seats, by file name. */
function namedIn(dir: string): Record<string, { people: unknown; constituencies: unknown }> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => {
      const { data } = matter(readFileSync(join(dir, name), 'utf8'));
      return [name, { people: data['people'], constituencies: data['constituencies'] }];
    }),
  );
}

describe.skipIf(!present)('the ingest with the national register imported', () => {
  const { dir, seeds } = scratchWithSeeds();
  const imported = join(dir, 'imported');
  beforeAll(async () => {
    await importRegister({
      file: SHARED,
      out: imported,
      importedOn: '2026-12-04',
      partiesCompleteUntil: '2019-01-31',
      postsCompleteUntil: null,
      phrasesFile: 'src/data/role-phrases.json',
    });
  });

  test('names exactly the people and seats it names without it in the five seeds', () => {
    const without = join(dir, 'without');
    const withIt = join(dir, 'with');
    const none = mkdtempSync(join(dir, 'none-'));
    const plain = runIngest(seeds, without, dir, ['--imported', none]);
    expect(plain.status, plain.stderr).toBe(0);
    const run = runIngest(seeds, withIt, dir, ['--imported', imported]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/registry: \d{4} people, editorial and imported/);
    expect(run.stdout).not.toContain('(editorial used)');
    expect(namedIn(withIt)).toEqual(namedIn(without));
  });
});
