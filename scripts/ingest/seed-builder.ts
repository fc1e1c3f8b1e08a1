import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleFactsFileSchema, publicationsFileSchema } from '../../src/schemas/editorial.ts';
import { recordKey as recordKeyOf } from './record-dates.ts';
import { topicsFileSchema } from '../../src/schemas/topic.ts';
import { compileTopicMatcher } from '../../src/lib/topics.ts';
import { loadRegister } from '../../src/archive/register.ts';
import { type BuiltArticle, buildArticle, type EditorialContext } from './build-article.ts';
import { createPeopleDetector } from './detect-people.ts';
import { IngestError } from './errors.ts';
import { type ReportEntry, reportEntry } from './ingest-report.ts';
import { SeedCache, type SeedCacheOptions } from './seed-cache.ts';
import { readSeedBytes } from './seed-files.ts';
import { WorkerPool } from '../../src/workers/pool.ts';

/** Where the editorial context comes from: the ingest's file options. */
export interface ContextPaths {
  facts: string;
  publications: string;
  topics: string;
  /** Folder holding people.json, constituencies.json and parties.json. */
  registry: string;
  /** Folder holding an imported register (register.json); absent = the editorial registry alone. */
  imported?: string;
}

/**
 * What the run needs of a built article: its file, and what decides its permalink and
 * whether it duplicates another. Not the record itself: the file holds it, and a worker
 * thread's result is copied to the main thread (the full record was most of that copy).
 */
export type BuiltSeed = Pick<BuiltArticle, 'file' | 'journalismHash' | 'unknownNames' | 'log'> & {
  sourceFile: string;
  slug: string;
  sourceSha256: string;
  /** The record's key for its dates (scripts/ingest/record-dates.ts): seed and facts. */
  recordKey: string;
  /** A slug from a derived title is provisional in the permalink registry. */
  provisionalSlug: boolean;
  /** The article's entry in the editor's worklist. */
  report: ReportEntry;
};

/** One seed's outcome: its article, or the `file:line: problem` that stops the run. */
export type SeedResult = { name: string; path: string } & (
  { article: BuiltSeed } | { error: string }
);

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as unknown;

/** The editors' facts about each seed (src/data/article-facts.json), checked. */
export async function loadFacts(path: string): Promise<EditorialContext['facts']> {
  return articleFactsFileSchema.parse(await readJson(path));
}

export async function loadEditorial(paths: ContextPaths): Promise<EditorialContext> {
  const facts = await loadFacts(paths.facts);
  const publications = publicationsFileSchema.parse(await readJson(paths.publications));
  const topics = compileTopicMatcher(topicsFileSchema.parse(await readJson(paths.topics)));
  const { registry } = loadRegister({
    editorialDir: paths.registry,
    importedDir: paths.imported ?? 'src/data/imported',
  });
  return { facts, publications, topics, people: createPeopleDetector(registry) };
}

/** Builds one seed; an {@link IngestError} becomes a result, anything else is a bug and throws. */
export function buildSeed(seedsDir: string, name: string, context: EditorialContext): SeedResult {
  const path = join(seedsDir, name);
  try {
    // Synchronous: on a worker thread an async read is a round trip through libuv's pool
    // for a file of a few kilobytes, and the thread sat idle waiting for it.
    const { data, file, journalismHash, unknownNames, log } = buildArticle(
      { path, name, bytes: readSeedBytes(path) },
      context,
    );
    const { sourceFile, slug, sourceSha256 } = data;
    const provisionalSlug = data.titleSource === 'derived';
    const report = reportEntry(data, unknownNames);
    const recordKey = recordKeyOf(sourceSha256, context.facts[name]);
    const article = {
      file,
      journalismHash,
      unknownNames,
      log,
      sourceFile,
      slug,
      sourceSha256,
      recordKey,
      provisionalSlug,
      report,
    };
    return { name, path, article };
  } catch (error) {
    if (error instanceof IngestError) return { name, path, error: error.message };
    throw error;
  }
}

/** Builds one seed and keeps its article in `cache` (when there is one) for later runs. */
export function buildAndKeep(
  seedsDir: string,
  name: string,
  context: EditorialContext,
  cache: SeedCache | null,
): SeedResult {
  const result = buildSeed(seedsDir, name, context);
  cache?.store(result, context.facts[name]);
  return result;
}

/** Results a run lets wait per worker thread: enough that no thread idles, few enough that memory stays flat. */
const RESULTS_WAITING_PER_WORKER = 8;

/**
 * Builds every seed and yields the results in the order of `names`, whatever order they
 * finish in, so everything decided from the sequence (duplicates, new permalinks) is the
 * same however many threads built them. With `workers` > 1 the seeds are built on that many
 * worker threads (src/workers/pool.ts); at most `workers × 8` are in flight or waiting to be
 * consumed, so memory stays flat. With `cache`, each article built is kept there, by the
 * thread that built it.
 */
export async function* buildSeeds(
  names: readonly string[],
  seedsDir: string,
  paths: ContextPaths,
  workers: number,
  cache: SeedCacheOptions | null = null,
): AsyncGenerator<SeedResult> {
  if (workers <= 1) {
    const context = await loadEditorial(paths);
    const kept = cache && new SeedCache(cache);
    for (const name of names) yield buildAndKeep(seedsDir, name, context, kept);
    return;
  }
  const pool = new WorkerPool<string, SeedResult>(new URL('./seed-worker.ts', import.meta.url), {
    size: workers,
    workerData: { seedsDir, paths, cache },
    name: 'an ingest',
  });
  const inFlight: Promise<SeedResult>[] = [];
  const start = (name: string) => {
    const result = pool.run(name).catch((error: Error) => {
      throw new Error(`building ${name}: ${error.stack ?? error.message}`);
    });
    result.catch(() => {}); // seen when the run awaits it, in order
    inFlight.push(result);
  };
  try {
    let next = 0;
    while (next < names.length || inFlight.length > 0) {
      while (next < names.length && inFlight.length < workers * RESULTS_WAITING_PER_WORKER)
        start(names[next++]!);
      yield await inFlight.shift()!;
    }
  } finally {
    await pool.close();
  }
}
