/**
 * A daily build: after a full build, one seed is added and the README's build runs again. Astro
 * copies every page whose cache key is unchanged (src/archive/page-keys.ts) from its cache, and
 * the site must come out byte for byte as a cold build of the same seeds does: a key that missed
 * something a page shows would leave that page stale, and this test would see it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { cloneProject, siteFileHashes } from '../../bench/lib/sites.ts';

const BUILD_TIMEOUT_MS = 15 * 60_000;

/** The project cloned with these seeds (bench/lib/sites.ts). */
function projectCopy(site: string, seeds: string): string {
  cloneProject(process.cwd(), site, seeds);
  return site;
}

/** Runs the README's build in a project copy; returns its log, or fails with it. */
function build(site: string): string {
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: site,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // One day for every build, so that records are dated alike even across midnight.
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      SOURCE_DATE_EPOCH: '1764979200',
    },
  });
  const log = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`npm run build failed in ${site}:\n${log.slice(-4000)}`);
  return log;
}

/** Pages Astro copied from its incremental cache, as its build log lists them. */
function restoredPages(log: string): string[] {
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]!);
}

describe('a daily build after adding one seed', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'incremental-build-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test(
    'reuses the unchanged pages and equals a cold build of the same seeds, byte for byte',
    () => {
      const corpus = join(scratch, 'corpus');
      generateCorpus({ n: 101, out: corpus });
      const names = readdirSync(join(corpus, 'seeds')).sort();
      const added = names.at(-1)!;
      const firstDay = join(scratch, 'first-day-seeds');
      mkdirSync(firstDay);
      for (const name of names.slice(0, -1))
        copyFileSync(join(corpus, 'seeds', name), join(firstDay, name));

      // The archive as it stood, built in full; then the day's seed arrives and it is built again.
      const daily = projectCopy(join(scratch, 'daily'), firstDay);
      build(daily);
      copyFileSync(join(corpus, 'seeds', added), join(daily, 'seeds', added));
      const log = build(daily);

      // The same 101 seeds built from nothing.
      const cold = projectCopy(join(scratch, 'cold'), join(corpus, 'seeds'));
      build(cold);

      // The code is as it was when the first build's type check passed.
      expect(log).toMatch(/astro check: skipped, the code is as it was/);
      const restored = restoredPages(log);
      expect(restored.filter((p) => p.startsWith('/articles/')).length).toBeGreaterThan(80);
      const dailySite = siteFileHashes(join(daily, 'dist'));
      const coldSite = siteFileHashes(join(cold, 'dist'));
      expect([...dailySite.keys()]).toEqual([...coldSite.keys()]);
      const differing = [...coldSite].filter(([path, hash]) => dailySite.get(path) !== hash);
      expect(differing.map(([path]) => path)).toEqual([]);
      for (const file of ['src/data/permalinks.json', 'src/data/record-dates.json'])
        expect(readFileSync(join(daily, file), 'utf8'), file).toBe(
          readFileSync(join(cold, file), 'utf8'),
        );
    },
    BUILD_TIMEOUT_MS,
  );
});
