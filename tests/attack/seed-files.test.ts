import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listSeeds, readSeedBytes } from '../../scripts/ingest/seed-files.ts';
import { runIngest, scratchWithSeeds, snapshot } from '../support/ingest-cli.ts';

const ARTICLE =
  'date 2020-01-02\nA headline about a by-election\n\nVoters went to the polls on Thursday.\n';

function seedsFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'seed-files-')), 'seeds');
  mkdirSync(dir);
  writeFileSync(join(dir, '001_good.txt'), ARTICLE);
  return dir;
}

describe('the seed listing takes regular *.txt files only, and says so', () => {
  test('a symbolic link is an error naming it, never followed (to a file or nowhere)', async () => {
    const dir = seedsFolder();
    const secret = join(dir, '..', 'secret-token');
    writeFileSync(secret, 'TOKEN-1234');
    symlinkSync(secret, join(dir, '002_link.txt'));
    symlinkSync(join(dir, 'missing'), join(dir, '003_broken.txt'));
    const listing = await listSeeds(dir);
    expect(listing.names).toEqual(['001_good.txt']);
    expect(listing.errors).toEqual([
      `${join(dir, '002_link.txt')}: is a symbolic link; seeds must be regular files`,
      `${join(dir, '003_broken.txt')}: is a symbolic link; seeds must be regular files`,
    ]);
  });

  test('a directory named x.txt and a pipe are errors; other names and folders are listed', async () => {
    const dir = seedsFolder();
    mkdirSync(join(dir, 'x.txt'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', '004_inside.txt'), ARTICLE);
    writeFileSync(join(dir, '005_upper.TXT'), ARTICLE);
    writeFileSync(join(dir, 'notes.md'), 'notes');
    spawnSync('mkfifo', [join(dir, '006_pipe.txt')]);
    const listing = await listSeeds(dir);
    expect(listing.names).toEqual(['001_good.txt']);
    expect(listing.errors).toContain(
      `${join(dir, 'x.txt')}: is a directory; seeds must be regular files`,
    );
    expect(listing.errors).toContain(
      `${join(dir, '006_pipe.txt')}: is a device, socket or pipe; seeds must be regular files`,
    );
    expect(listing.ignored).toEqual([
      `${join(dir, '005_upper.TXT')}: ignored: not a *.txt file`,
      `${join(dir, 'nested')}: ignored: a folder; seeds are not read from subfolders`,
      `${join(dir, 'notes.md')}: ignored: not a *.txt file`,
    ]);
  });

  test('an unreadable file is an error naming it', async (context) => {
    if (process.getuid?.() === 0) context.skip('running as root: every file is readable');
    const dir = seedsFolder();
    writeFileSync(join(dir, '007_locked.txt'), ARTICLE);
    chmodSync(join(dir, '007_locked.txt'), 0o000);
    expect((await listSeeds(dir)).errors).toEqual([
      `${join(dir, '007_locked.txt')}: cannot be read (check its permissions)`,
    ]);
  });

  test('a name with escape sequences or bidi controls is refused and printed escaped', async () => {
    const dir = seedsFolder();
    writeFileSync(join(dir, '008_\u001b[2Jred.txt'), ARTICLE);
    writeFileSync(join(dir, '009_\u202etxt.evil.txt'), ARTICLE);
    const { errors, names } = await listSeeds(dir);
    expect(names).toEqual(['001_good.txt']);
    expect(errors.join('\n')).not.toMatch(/[\u001b\u202e]/);
    expect(errors).toContain(
      `${join(dir, '008_\\u{1b}[2Jred.txt')}: the name holds control, bidi or zero-width characters; rename it`,
    );
  });

  test('a seed swapped for a symbolic link after listing is still not followed', () => {
    const dir = seedsFolder();
    symlinkSync('/etc/hostname', join(dir, '010_swapped.txt'));
    expect(() => readSeedBytes(join(dir, '010_swapped.txt'))).toThrow(
      `${join(dir, '010_swapped.txt')}: is a symbolic link; seeds must be regular files`,
    );
  });
});

describe('the ingest CLI with hostile seed entries', () => {
  test('a symlink to a secret fails the run naming it and publishes nothing', () => {
    const { dir, seeds, out } = scratchWithSeeds();
    expect(runIngest(seeds, out).status).toBe(0);
    const before = snapshot(out);
    writeFileSync(join(dir, 'secret-token'), 'TOKEN-5678');
    symlinkSync(join(dir, 'secret-token'), join(seeds, '020_leak.txt'));
    mkdirSync(join(seeds, '021_dir.txt'));
    writeFileSync(join(seeds, 'readme.md'), 'not a seed');
    const run = runIngest(seeds, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(seeds, '020_leak.txt')}: is a symbolic link; seeds must be regular files`,
    );
    expect(run.stderr).toContain(
      `${join(seeds, '021_dir.txt')}: is a directory; seeds must be regular files`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot(out)).toEqual(before);
    expect(
      readdirSync(out)
        .map((f) => readFileSync(join(out, f), 'utf8'))
        .join(''),
    ).not.toContain('TOKEN');
  });

  test('names that are not seeds are listed in the log as ignored', () => {
    const { seeds, out } = scratchWithSeeds();
    writeFileSync(join(seeds, 'draft.TXT'), ARTICLE);
    const run = runIngest(seeds, out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${join(seeds, 'draft.TXT')}: ignored: not a *.txt file`);
  });

  test('a 5,000-character one-word headline fails or is capped, naming the seed, never a crash', () => {
    const { seeds, out } = scratchWithSeeds();
    writeFileSync(
      join(seeds, '030_long.txt'),
      `date 2020-01-02\n${'a'.repeat(5000)}\n\nA short paragraph.\n`,
    );
    const run = runIngest(seeds, out);
    expect(run.stderr).not.toContain('ENAMETOOLONG:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    if (run.status !== 0) expect(run.stderr).toContain(join(seeds, '030_long.txt'));
  });

  test('an article name the file system refuses is an error naming the seed', () => {
    const { dir, seeds, out } = scratchWithSeeds();
    const registry = JSON.parse(readFileSync(join(dir, 'permalinks.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    registry['002_62f1b93d153f28be.txt'] = { slug: 'a'.repeat(300), redirectFrom: [] };
    writeFileSync(join(dir, 'permalinks.json'), JSON.stringify(registry));
    const run = runIngest(seeds, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(seeds, '002_62f1b93d153f28be.txt')}: cannot write its article as aaaa`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
