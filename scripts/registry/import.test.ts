import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importedRegisterSchema } from '../../src/schemas/register.ts';
import { importRegister } from './import.ts';

const FIXTURE = 'tests/fixtures/popolo/small.json';
const request = (file: string, out: string) => ({
  file,
  out,
  importedOn: '2026-12-04',
  partiesCompleteUntil: '2019-01-31',
  postsCompleteUntil: null,
  phrasesFile: 'src/data/role-phrases.json',
});

describe('importRegister', () => {
  test('writes one register.json in the archive schema, and no temporary file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'import-'));
    await importRegister(request(FIXTURE, out));
    expect(readdirSync(out)).toEqual(['register.json']);
    const written = importedRegisterSchema.parse(
      JSON.parse(readFileSync(join(out, 'register.json'), 'utf8')),
    );
    expect(written.meta.counts.people).toBe(8);
  });

  test('a malformed file writes nothing and leaves an earlier import as it was', async () => {
    const out = mkdtempSync(join(tmpdir(), 'import-'));
    await importRegister(request(FIXTURE, out));
    const before = readFileSync(join(out, 'register.json'), 'utf8');
    const broken = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { memberships: object[] };
    Object.assign(broken.memberships[0]!, { start_date: '2010-5-6' });
    const file = join(mkdtempSync(join(tmpdir(), 'popolo-')), 'people.json');
    writeFileSync(file, JSON.stringify(broken));
    await expect(importRegister(request(file, out))).rejects.toThrow(
      'memberships[0] (m/1): start_date "2010-5-6" is not a date',
    );
    expect(readdirSync(out)).toEqual(['register.json']);
    expect(readFileSync(join(out, 'register.json'), 'utf8')).toBe(before);
  });
});

describe('npm run registry:import', () => {
  const node = process.execPath;
  test('prints the summary, with the default posts date it chose', () => {
    const out = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const args = [
      'scripts/registry-import.ts',
      FIXTURE,
      '--out',
      out,
      '--imported-on',
      '2026-12-04',
    ];
    const printed = execFileSync(node, args, { encoding: 'utf8' });
    expect(printed).toContain('registry:import: 8 people, 8 seats, 5 parties, 3 posts');
    expect(printed).toContain("open posts end at the source's latest post date, 2016-09-30");
    expect(existsSync(join(out, 'register.json'))).toBe(true);
  });

  test('fails with the reason and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const args = ['scripts/registry-import.ts', FIXTURE, '--out', out, '--imported-on', '4 Dec'];
    const run = spawnSync(node, args, { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--imported-on must be YYYY-MM-DD, not "4 Dec"');
    expect(readdirSync(out)).toEqual([]);
  });
});
