/**
 * Ingest: seeds/*.txt -> src/content/articles/<slug>.md (frontmatter + markdown).
 *
 * Every seed must ingest cleanly or nothing is written: on any error the previous
 * output stays in place and the exit code is 1, with each problem as `file:line: what`.
 *
 * Slugs come from the committed permalink registry (src/data/permalinks.json): a file
 * keeps its first slug for good; new files are added to the registry by this run.
 *
 * Each built seed is kept in a cache (default node_modules/.cache/archive-ingest/), keyed by
 * the seed, its facts, the editorial files and the code, so a run builds only what is new or
 * changed; the output is byte for byte what a run without it writes.
 *
 *   node scripts/ingest.ts [--seeds DIR] [--out DIR] [--facts FILE] [--publications FILE]
 *                          [--permalinks FILE] [--report FILE] [--workers N] [--imported DIR]
 *                          [--cache DIR | --no-cache]
 *   node scripts/ingest.ts --explain seeds/FILE   one seed's decisions, line by line; writes nothing
 *
 * New and revised records are dated `--today`, else the UK day of SOURCE_DATE_EPOCH, else today.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { explainSeedFile } from './ingest/explain.ts';
import { CachedBuild } from './ingest/cached-build.ts';
import { contextDigest } from './ingest/context-digest.ts';
import { reportRegister } from './registry/report.ts';
import { listSeeds } from './ingest/seed-files.ts';
import { buildMoment, ukToday } from './ingest/record-dates.ts';
import { IngestRun, type RunFiles } from './ingest/run.ts';
import type { SeedCacheOptions } from './ingest/seed-cache.ts';

const { values: options } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'src/content/articles' },
    facts: { type: 'string', default: 'src/data/article-facts.json' },
    publications: { type: 'string', default: 'src/data/publications.json' },
    permalinks: { type: 'string', default: 'src/data/permalinks.json' },
    /** When each article was added and last revised; default: beside the permalink registry. */
    'record-dates': { type: 'string' },
    /** The day this run dates new and revised records (YYYY-MM-DD); default: today in the UK. */
    today: { type: 'string' },
    topics: { type: 'string', default: 'src/data/topics.json' },
    registry: { type: 'string', default: 'src/data' },
    /** An imported register (npm run registry:import); absent = the editorial registry alone. */
    imported: { type: 'string', default: 'src/data/imported' },
    report: { type: 'string', default: 'src/content/ingest-report.json' },
    /** Threads building seeds; default: one per CPU for a large corpus, the main thread for a small one. */
    workers: { type: 'string' },
    /** Built seeds kept between runs; --no-cache builds every seed and keeps none. */
    cache: { type: 'string', default: 'node_modules/.cache/archive-ingest' },
    'no-cache': { type: 'boolean', default: false },
    explain: { type: 'string' },
  },
});
const files: RunFiles = {
  out: options.out,
  permalinks: options.permalinks,
  recordDates: options['record-dates'] ?? join(dirname(options.permalinks), 'record-dates.json'),
  report: options.report,
};

/**
 * Below this many seeds the ingest runs on the main thread: starting workers (each loads
 * the registry and compiles its matcher) costs more than a few seeds take to build.
 */
const PARALLEL_FROM_SEEDS = 200;

/** The day this run dates records by: `--today`, checked, or the UK day of SOURCE_DATE_EPOCH or now. */
function runDay(given: string | undefined): string {
  if (given === undefined) return ukToday(buildMoment());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(given)))
    throw new Error(`--today must be a date as YYYY-MM-DD, not ${given}`);
  return given;
}

/**
 * The cache this run reads and adds to, created if need be; null with --no-cache, or when it
 * cannot be created (said, and every seed is built: the output never depends on the cache).
 */
function seedCache(): SeedCacheOptions | null {
  if (options['no-cache']) return null;
  try {
    mkdirSync(options.cache, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    console.error(`warning: ingest cache: ${options.cache}: cannot be created (${code}); not used`);
    return null;
  }
  return { dir: options.cache, digest: contextDigest(options, options.seeds) };
}

/** Threads building seeds: `--workers`, checked, or one per CPU for a large corpus. */
function workerCount(given: string | undefined, seeds: number): number {
  const workers =
    given !== undefined ? Number(given) : seeds >= PARALLEL_FROM_SEEDS ? availableParallelism() : 1;
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`--workers must be a positive whole number, not ${given}`);
  return workers;
}

async function main(): Promise<number> {
  const started = performance.now();
  reportRegister(options.registry, options.imported);
  const seeds = await listSeeds(options.seeds);
  const inputs = { names: seeds.names, seedsDir: options.seeds, paths: options };
  const cache = seedCache();
  const build = await CachedBuild.plan(inputs, cache);
  const workers = workerCount(options.workers, build.misses);
  const run = await IngestRun.begin(seeds, files, runDay(options.today));
  await run.takeAll(build.results(workers));
  if (run.errors.length > 0) return run.fail();
  if (!(await run.commit())) return 1;
  build.prune();
  run.printLog();
  const ms = Math.round(performance.now() - started);
  const reused = cache ? `${build.reused} reused from cache` : 'cache not used';
  console.log(
    `ingest: ${run.written.length} article(s) from ${seeds.names.length} seed(s) -> ${options.out} in ${ms} ms (${build.built} built, ${reused})`,
  );
  return 0;
}

async function explain(path: string): Promise<number> {
  const lines = await explainSeedFile(path, options);
  for (const line of lines) console.log(line);
  return lines.some((line) => line.startsWith('error: ')) ? 1 : 0;
}

process.exitCode = options.explain !== undefined ? await explain(options.explain) : await main();
