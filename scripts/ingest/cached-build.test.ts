import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CachedBuild } from './cached-build.ts';
import type { SeedResult } from './seed-builder.ts';

const PATHS = {
  facts: 'src/data/article-facts.json',
  publications: 'src/data/publications.json',
  topics: 'src/data/topics.json',
  registry: 'src/data',
  imported: '',
};

/** A short seed of its own: a date marker, a headline and two paragraphs. */
const seed = (headline: string) =>
  [
    'date 2023-03-0' + (headline.length % 9 || 1),
    headline,
    '',
    `Councillors met on Monday to discuss ${headline.toLowerCase()}, and agreed to meet again.`,
    '',
    'The leader of the council said a decision would follow before the end of the month.',
  ].join('\n');

async function run(seedsDir: string, cacheDir: string, workers = 1) {
  const names = readdirSync(seedsDir).sort();
  const build = await CachedBuild.plan(
    { names, seedsDir, paths: PATHS },
    { dir: cacheDir, digest: 'd'.repeat(64) },
  );
  const misses = build.misses;
  const results: SeedResult[] = [];
  for await (const result of build.results(workers)) results.push(result);
  return { build, misses, names, order: results.map((r) => r.name), results };
}

describe('CachedBuild', () => {
  test('builds the seeds without an entry, reuses the rest, and yields all in seed order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cached-build-'));
    const seeds = join(dir, 'seeds');
    const cache = join(dir, 'cache');
    mkdirSync(seeds);
    mkdirSync(cache);
    for (const name of ['010_a', '020_b', '030_c'])
      writeFileSync(join(seeds, `${name}.txt`), seed(name));

    const cold = await run(seeds, cache);
    expect([cold.misses, cold.build.built, cold.build.reused]).toEqual([3, 3, 0]);
    expect(cold.order).toEqual(cold.names);
    expect(readdirSync(cache)).toHaveLength(3);

    // New seeds before, between and after the old ones; one old seed changed.
    for (const name of ['005_new', '015_new', '040_new'])
      writeFileSync(join(seeds, `${name}.txt`), seed(name));
    writeFileSync(join(seeds, '020_b.txt'), seed('020_b, corrected'));
    const warm = await run(seeds, cache);
    expect([warm.misses, warm.build.built, warm.build.reused]).toEqual([4, 4, 2]);
    expect(warm.order).toEqual(warm.names);
    const same = (a: SeedResult) => JSON.stringify(a);
    expect(warm.results.filter((r) => r.name === '010_a.txt').map(same)).toEqual(
      cold.results.filter((r) => r.name === '010_a.txt').map(same),
    );
    expect(readdirSync(cache)).toHaveLength(7);
    expect(warm.build.prune()).toBe(1); // 020_b's old entry
    expect(readdirSync(cache)).toHaveLength(6);

    const again = await run(seeds, cache);
    expect([again.misses, again.build.built, again.build.reused]).toEqual([0, 0, 6]);
    expect(again.results.map(same)).toEqual(warm.results.map(same));
  });

  test('with no cache every seed is built and nothing is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cached-build-'));
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, '010_a.txt'), seed('010_a'));
    const build = await CachedBuild.plan(
      { names: ['010_a.txt'], seedsDir: seeds, paths: PATHS },
      null,
    );
    expect(build.misses).toBe(1);
    const results: SeedResult[] = [];
    for await (const result of build.results(1)) results.push(result);
    expect(results.map((r) => 'article' in r)).toEqual([true]);
    expect([build.built, build.reused, build.prune()]).toEqual([1, 0, 0]);
  });
});
