import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type PersonInArticle, type RecordTask, type RecordTaskResult, runRecordTask } from './article-record-tasks.ts';

/** What the page thread asks a worker. */
export interface TaskRequest {
  id: number;
  task: RecordTask;
}
/** What a worker answers: the task's result, or why it failed. */
export type TaskReply = { id: number; result: string | PersonInArticle } | { id: number; error: string };

interface Pending {
  resolve: (result: string | PersonInArticle) => void;
  reject: (error: Error) => void;
}

/**
 * Runs record tasks (article-record-tasks.ts: an article's body as HTML, a person's mentions
 * in an article) on worker threads. A build renders pages on one thread; reading, checking
 * and rendering records was half its work at 10,000 articles (BENCHMARKS.md), and here it
 * runs on the other cores while that thread renders the rest of the pages. Each task goes to
 * the worker with the fewest waiting; a worker holds the process open only while it has
 * work, so a finished build exits without anyone closing the pool.
 */
export class ArticleRecordWorkers {
  readonly #workers: { worker: Worker; pending: Map<number, Pending> }[];
  #nextId = 0;

  constructor(workerUrl: URL, size: number) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(workerUrl);
      const pending = new Map<number, Pending>();
      const failAll = (error: Error) => {
        for (const [, p] of pending) p.reject(error);
        pending.clear();
        worker.unref();
      };
      worker.on('message', (reply: TaskReply) => {
        const waiting = pending.get(reply.id);
        if (!waiting) return;
        pending.delete(reply.id);
        if ('result' in reply) waiting.resolve(reply.result);
        else waiting.reject(new Error(reply.error));
        if (pending.size === 0) worker.unref();
      });
      worker.on('error', failAll);
      worker.on('exit', (code) => failAll(new Error(`an article-record worker exited with code ${code}`)));
      worker.unref();
      return { worker, pending };
    });
  }

  /** Runs `task` on a worker. */
  run<T extends RecordTask>(task: T): Promise<RecordTaskResult<T>> {
    const least = this.#workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.#nextId++;
    return new Promise((resolvePromise, reject) => {
      least.pending.set(id, { resolve: resolvePromise as (result: string | PersonInArticle) => void, reject });
      least.worker.ref();
      least.worker.postMessage({ id, task: { ...task, filePath: resolve(task.filePath) } } satisfies TaskRequest);
    });
  }

  /** Stops every worker (tests; a build simply exits). */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}

let shared: ArticleRecordWorkers | undefined;

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
  shared ??= new ArticleRecordWorkers(new URL(ARTICLE_RECORD_WORKER), workers);
  return shared.run(task);
}
