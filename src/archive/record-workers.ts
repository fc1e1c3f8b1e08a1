import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { WorkerPool } from '../workers/pool.ts';
import type { Article } from './articles.ts';
import { articleFilePath } from './records.ts';
import {
  type PersonInArticle,
  type RecordTask,
  type RecordTaskResult,
  runRecordTask,
} from './record-tasks.ts';

/**
 * The pool that runs record tasks (record-tasks.ts: an article's body as HTML, a person's
 * mentions in an article). A build renders pages on one thread; reading, checking and
 * rendering records was half its work at 10,000 articles (BENCHMARKS.md), and here it runs
 * on the other cores while that thread renders the rest of the pages.
 */
export type RecordWorkers = WorkerPool<RecordTask, string | PersonInArticle>;

/** Starts `size` record workers from the worker module at `workerUrl` (record-worker.ts). */
export function startRecordWorkers(workerUrl: URL, size: number): RecordWorkers {
  return new WorkerPool(workerUrl, { size, name: 'an article-record' });
}

/** Runs `task` on `workers`, with its file's path made absolute for the worker. */
export function runOn<T extends RecordTask>(
  workers: RecordWorkers,
  task: T,
): Promise<RecordTaskResult<T>> {
  return workers.run({ ...task, filePath: resolve(task.filePath) }) as Promise<RecordTaskResult<T>>;
}

let shared: RecordWorkers | undefined;

/**
 * Runs a record task for a page. In `astro build` tasks run on worker threads, one per core
 * beyond the page thread's; in `astro dev` (where an edited plugin must take effect at once)
 * and on a single core they run on the page thread. `ARTICLE_RECORD_WORKER` is the worker
 * module's URL, defined by astro.config.mjs: page code runs from Astro's bundle, where the
 * worker's own path is not known.
 */
export function runRecordTaskForPage<T extends RecordTask>(task: T): Promise<RecordTaskResult<T>> {
  const workers = availableParallelism() - 1;
  if (import.meta.env.DEV || workers < 1 || typeof ARTICLE_RECORD_WORKER !== 'string') {
    return runRecordTask(task) as Promise<RecordTaskResult<T>>;
  }
  shared ??= startRecordWorkers(new URL(ARTICLE_RECORD_WORKER), workers);
  return runOn(shared, task);
}

/**
 * An article's body as HTML, from its record. The seed's text was escaped by the ingest, so
 * markup in a seed arrives here as text (tests/e2e check it).
 */
export function articleBody(article: Article): Promise<string> {
  return runRecordTaskForPage({ kind: 'body', filePath: articleFilePath(article) });
}
