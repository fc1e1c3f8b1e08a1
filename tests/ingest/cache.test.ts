import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runIngest, scratchWithSeeds, snapshot } from '../support/ingest-cli.ts';

type Scratch = ReturnType<typeof scratchWithSeeds>;

const NEW_SEED = [
  'date 2024-05-14',
  'Parish councils ask for a say over new bus routes',
  '',
  'Parish councillors from four villages asked the county on Tuesday for a vote on bus routes.',
  '',
  'They said the last timetable change left two hamlets without a service after six.',
].join('\n');

/** Every file the run writes, and its console log without the final line's timing. */
function state(scratch: Scratch, stdout: string) {
  const read = (name: string) =>
    existsSync(join(scratch.dir, name)) ? readFileSync(join(scratch.dir, name), 'utf8') : null;
  return {
    articles: snapshot(scratch.out),
    report: read('report.json'),
    permalinks: read('permalinks.json'),
    recordDates: read('record-dates.json'),
    log: stdout.replace(/ in \d+ ms \(.*\)\n$/, ''),
  };
}

/** The same state as another scratch folder's, with its folder's name written the same. */
function stateAs(scratch: Scratch, stdout: string, other: Scratch) {
  const swap = (text: string | null) => text?.replaceAll(scratch.dir, other.dir) ?? null;
  const own = state(scratch, stdout);
  return {
    ...own,
    report: swap(own.report),
    permalinks: swap(own.permalinks),
    log: swap(own.log),
  };
}

/** Runs the ingest on a fixed day (record dates would differ across midnight). */
function ingest(scratch: Scratch, extra: string[] = []) {
  const run = runIngest(scratch.seeds, scratch.out, scratch.dir, [
    '--today',
    '2026-12-08',
    ...extra,
  ]);
  return { ...run, counts: countsOf(run.stdout) };
}

/** `(3 built, 2 reused from cache)` from the run's final line. */
function countsOf(stdout: string): { built: number; reused: number } | null {
  const found = /\((\d+) built, (\d+) reused from cache\)\n$/.exec(stdout);
  return found ? { built: Number(found[1]), reused: Number(found[2]) } : null;
}

/** A copy of a scratch folder (seeds, output, registry, cache) under a new name. */
function copyScratch(scratch: Scratch): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  cpSync(scratch.dir, dir, { recursive: true });
  return { dir, seeds: join(dir, 'seeds'), out: join(dir, 'articles') };
}

const entries = (scratch: Scratch) => readdirSync(join(scratch.dir, 'cache')).sort();

describe('the seed cache: a run builds only new and changed seeds', () => {
  test('a second run builds nothing and writes the same bytes', () => {
    const scratch = scratchWithSeeds();
    const cold = ingest(scratch);
    expect(cold.status, cold.stderr).toBe(0);
    expect(cold.counts).toEqual({ built: 5, reused: 0 });
    expect(entries(scratch)).toHaveLength(5);
    const first = state(scratch, cold.stdout);
    const warm = ingest(scratch);
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.counts).toEqual({ built: 0, reused: 5 });
    expect(warm.stderr).toBe('');
    expect(state(scratch, warm.stdout)).toEqual(first);
  });

  test('entries written by worker threads are read back on the main thread', () => {
    const scratch = scratchWithSeeds();
    const threaded = ingest(scratch, ['--workers', '2']);
    expect(threaded.counts).toEqual({ built: 5, reused: 0 });
    const warm = ingest(scratch, ['--workers', '1']);
    expect(warm.counts).toEqual({ built: 0, reused: 5 });
    expect(state(scratch, warm.stdout)).toEqual(state(scratch, threaded.stdout));
  });

  test('a new seed is the one seed built, and the output is what a run without the cache writes', () => {
    const cached = scratchWithSeeds();
    expect(ingest(cached).status).toBe(0);
    const uncached = copyScratch(cached);
    for (const { seeds } of [cached, uncached])
      writeFileSync(join(seeds, '900_buses.txt'), NEW_SEED);
    const withCache = ingest(cached);
    expect(withCache.status, withCache.stderr).toBe(0);
    expect(withCache.counts).toEqual({ built: 1, reused: 5 });
    expect(withCache.stdout).toContain('900_buses.txt: new permalink /articles/parish-councillors');
    const cacheBefore = snapshot(join(uncached.dir, 'cache'));
    const without = ingest(uncached, ['--no-cache']);
    expect(without.status, without.stderr).toBe(0);
    expect(without.stdout).toMatch(/\(6 built, cache not used\)\n$/);
    expect(snapshot(join(uncached.dir, 'cache'))).toEqual(cacheBefore);
    expect(stateAs(cached, withCache.stdout, uncached)).toEqual(state(uncached, without.stdout));
    expect(entries(cached)).toHaveLength(6);
  });

  test('an edit to one seed’s facts rebuilds that seed alone', () => {
    const cached = scratchWithSeeds();
    const facts = join(cached.dir, 'facts.json');
    copyFileSync('src/data/article-facts.json', facts);
    expect(ingest(cached, ['--facts', facts]).counts).toEqual({ built: 5, reused: 0 });
    const uncached = copyScratch(cached);
    const edited = JSON.parse(readFileSync(facts, 'utf8')) as Record<string, object>;
    const [name] = Object.keys(edited) as [string];
    edited[name] = {
      ...edited[name],
      headline: { text: 'A headline an editor wrote for this test', note: 'For the test.' },
    };
    for (const scratch of [cached, uncached])
      writeFileSync(join(scratch.dir, 'facts.json'), JSON.stringify(edited));
    const withCache = ingest(cached, ['--facts', facts]);
    expect(withCache.counts).toEqual({ built: 1, reused: 4 });
    expect(withCache.stdout).toContain(`${name}: record revised today`);
    const without = ingest(uncached, ['--facts', join(uncached.dir, 'facts.json'), '--no-cache']);
    expect(stateAs(cached, withCache.stdout, uncached)).toEqual(state(uncached, without.stdout));
  });

  test('an edit to topics or to the registry rebuilds every seed', () => {
    const scratch = scratchWithSeeds();
    const topics = join(scratch.dir, 'topics.json');
    const registry = join(scratch.dir, 'registry');
    copyFileSync('src/data/topics.json', topics);
    mkdirSync(registry);
    for (const file of ['people.json', 'constituencies.json', 'parties.json'])
      copyFileSync(join('src/data', file), join(registry, file));
    const options = ['--topics', topics, '--registry', registry];
    expect(ingest(scratch, options).counts).toEqual({ built: 5, reused: 0 });
    expect(ingest(scratch, options).counts).toEqual({ built: 0, reused: 5 });
    // The same topics, written differently: the cache goes by bytes, not by meaning.
    writeFileSync(topics, JSON.stringify(JSON.parse(readFileSync(topics, 'utf8'))));
    expect(ingest(scratch, options).counts).toEqual({ built: 5, reused: 0 });
    expect(entries(scratch)).toHaveLength(5);
    writeFileSync(
      join(registry, 'parties.json'),
      `${readFileSync(join(registry, 'parties.json'))}\n`,
    );
    expect(ingest(scratch, options).counts).toEqual({ built: 5, reused: 0 });
    expect(ingest(scratch, options).counts).toEqual({ built: 0, reused: 5 });
  });

  test('a corrupt entry is rebuilt, and the run says which', () => {
    const scratch = scratchWithSeeds();
    const cold = ingest(scratch);
    const [torn, alien] = entries(scratch).map((name) => join(scratch.dir, 'cache', name));
    writeFileSync(torn!, readFileSync(torn!, 'utf8').slice(0, 100));
    writeFileSync(alien!, JSON.stringify({ name: 'x.txt', article: { file: 'not an article' } }));
    const warm = ingest(scratch);
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.counts).toEqual({ built: 2, reused: 3 });
    expect(warm.stderr).toContain(`warning: ingest cache: ${torn}: is not valid JSON; rebuilt`);
    expect(warm.stderr).toContain(`warning: ingest cache: ${alien}: is not a seed cache entry`);
    expect(state(scratch, warm.stdout)).toEqual(state(scratch, cold.stdout));
    const again = ingest(scratch);
    expect(again.counts).toEqual({ built: 0, reused: 5 });
    expect(again.stderr).toBe('');
  });

  test('a cache that cannot be created is said, and every seed is built', () => {
    const scratch = scratchWithSeeds();
    const blocked = join(scratch.dir, 'a-file');
    writeFileSync(blocked, '');
    const run = ingest(scratch, ['--cache', join(blocked, 'cache')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `warning: ingest cache: ${join(blocked, 'cache')}: cannot be created (ENOTDIR); not used`,
    );
    expect(run.stdout).toMatch(/\(5 built, cache not used\)\n$/);
    expect(Object.keys(snapshot(scratch.out))).toHaveLength(5);
  });

  test('a failing seed fails every run, and a failed run removes no entry', () => {
    const scratch = scratchWithSeeds();
    expect(ingest(scratch).counts).toEqual({ built: 5, reused: 0 });
    const before = entries(scratch);
    const [gone] = readdirSync(scratch.seeds) as [string];
    rmSync(join(scratch.seeds, gone));
    writeFileSync(join(scratch.seeds, '901_empty.txt'), '');
    const error = `${join(scratch.seeds, '901_empty.txt')}:1: file is empty`;
    for (let run = 0; run < 2; run++) {
      const failed = ingest(scratch);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain(error);
      expect(entries(scratch)).toEqual(before);
    }
    rmSync(join(scratch.seeds, '901_empty.txt'));
    const fixed = ingest(scratch);
    expect(fixed.counts).toEqual({ built: 0, reused: 4 });
    expect(entries(scratch)).toHaveLength(4);
  });
});
