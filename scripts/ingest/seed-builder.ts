import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { articleFactsFileSchema, publicationsFileSchema } from '../../src/schemas/editorial.ts';
import { recordKey as recordKeyOf } from './record-dates.ts';
import { topicsFileSchema } from '../../src/schemas/topic.ts';
import { compileTopicMatcher } from '../../src/lib/topics.ts';
import { loadRegister } from '../../src/lib/people/register.ts';
import { type BuiltArticle, buildArticle, type EditorialContext } from './build-article.ts';
import { createPeopleDetector } from './detect-people.ts';
import { IngestError } from './errors.ts';
import { type ReportEntry, reportEntry } from './ingest-report.ts';
import { readSeedBytes } from './seed-files.ts';

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
export type SeedResult = { name: string; path: string } & ({ article: BuiltSeed } | { error: string });

export async function loadEditorial(paths: ContextPaths): Promise<EditorialContext> {
  const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as unknown;
  const facts = articleFactsFileSchema.parse(await readJson(paths.facts));
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
    const { data, file, journalismHash, unknownNames, log } = buildArticle({ path, name, bytes: readSeedBytes(path) }, context);
    const { sourceFile, slug, sourceSha256 } = data;
    const provisionalSlug = data.titleSource === 'derived';
    const report = reportEntry(data, unknownNames);
    const recordKey = recordKeyOf(sourceSha256, context.facts[name]);
    const article = { file, journalismHash, unknownNames, log, sourceFile, slug, sourceSha256, recordKey, provisionalSlug, report };
    return { name, path, article };
  } catch (error) {
    if (error instanceof IngestError) return { name, path, error: error.message };
    throw error;
  }
}

/** Seeds sent to a worker at once: one it builds, one waiting in its queue. */
const SEEDS_IN_FLIGHT_PER_WORKER = 2;

/**
 * Builds every seed and yields the results in the order of `names`, whatever order they
 * finish in, so everything decided from the sequence (duplicates, new permalinks) is the
 * same however many threads built them. With `workers` > 1 the seeds are built in that many
 * worker threads, each sent its next seed before it finishes the current one (so it never
 * waits on the main thread); at most `workers × 8` results wait to be consumed, so memory
 * stays flat.
 */
export async function* buildSeeds(
  names: readonly string[],
  seedsDir: string,
  paths: ContextPaths,
  workers: number,
): AsyncGenerator<SeedResult> {
  if (workers <= 1) {
    const context = await loadEditorial(paths);
    for (const name of names) yield buildSeed(seedsDir, name, context);
    return;
  }

  const window = workers * 8;
  const slots = new Map<number, { promise: Promise<SeedResult>; resolve: (r: SeedResult) => void; reject: (e: Error) => void }>();
  const slot = (index: number) => {
    let entry = slots.get(index);
    if (!entry) {
      let resolve!: (r: SeedResult) => void;
      let reject!: (e: Error) => void;
      const promise = new Promise<SeedResult>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      promise.catch(() => {}); // rejections are seen when the slot is awaited
      entry = { promise, resolve, reject };
      slots.set(index, entry);
    }
    return entry;
  };
  let dispatched = 0;
  let consumed = 0;
  let failure: Error | undefined;
  /** A worker appears here once per seed it could take now. */
  const idle: Worker[] = [];
  const feed = (worker: Worker) => {
    if (failure || dispatched >= names.length || dispatched - consumed >= window) {
      idle.push(worker);
      return;
    }
    const index = dispatched++;
    slot(index);
    worker.postMessage({ index, name: names[index] });
  };
  const fail = (error: Error) => {
    failure ??= error;
    for (const [, entry] of slots) entry.reject(failure);
  };

  const pool = Array.from({ length: workers }, () => {
    const worker = new Worker(new URL('./seed-worker.ts', import.meta.url), { workerData: { seedsDir, paths } });
    worker.on('message', (message: { index: number; result?: SeedResult; fatal?: string }) => {
      if (message.fatal) fail(new Error(`building ${names[message.index]}: ${message.fatal}`));
      else slot(message.index).resolve(message.result!);
      feed(worker);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`an ingest worker exited with code ${code}`));
    });
    return worker;
  });

  try {
    for (const worker of pool) for (let queued = 0; queued < SEEDS_IN_FLIGHT_PER_WORKER; queued++) feed(worker);
    for (; consumed < names.length; ) {
      const result = await slot(consumed).promise;
      slots.delete(consumed);
      consumed += 1;
      while (idle.length > 0 && dispatched < names.length && dispatched - consumed < window) feed(idle.pop()!);
      yield result;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
