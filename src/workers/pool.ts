import { Worker } from 'node:worker_threads';

/** What a pool sends a worker thread: one task, numbered so its answer finds its way back. */
export interface TaskMessage<T> {
  id: number;
  task: T;
}
/** What a worker thread answers: the task's result, or the error it threw. */
export type ReplyMessage<R> =
  { id: number; result: R } | { id: number; error: string; stack?: string };

interface Waiting<R> {
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Thread<R> {
  worker: Worker;
  waiting: Map<number, Waiting<R>>;
  stopped?: Error;
}

export interface PoolOptions {
  /** How many worker threads. */
  size: number;
  /** Given to every thread as `workerData`: what it loads once before taking tasks. */
  workerData?: unknown;
  /** What the threads are, for errors: "an ingest", "an article-record". */
  name: string;
}

/**
 * The archive's one pool of worker threads: the ingest builds seeds on it, the page build
 * reads and renders article records on it, and the social cards are drawn on it. The worker
 * module answers through {@link serveTasks}. Each task goes to the thread with the fewest
 * waiting; a thread holds the process open only while it has work, so a finished build exits
 * without closing the pool. A thread that stops fails what it held; later tasks go to the
 * others, and with none left they fail at once.
 */
export class WorkerPool<T, R> {
  readonly #threads: Thread<R>[];
  readonly #name: string;
  #nextId = 0;

  constructor(workerUrl: URL, { size, workerData, name }: PoolOptions) {
    this.#name = name;
    this.#threads = Array.from({ length: size }, () => this.#start(workerUrl, workerData));
  }

  #start(workerUrl: URL, workerData: unknown): Thread<R> {
    const thread: Thread<R> = { worker: new Worker(workerUrl, { workerData }), waiting: new Map() };
    const stop = (error: Error) => {
      thread.stopped ??= error;
      for (const [, waiting] of thread.waiting) waiting.reject(error);
      thread.waiting.clear();
      thread.worker.unref();
    };
    thread.worker.on('message', (reply: ReplyMessage<R>) => this.#answer(thread, reply));
    thread.worker.on('error', stop);
    thread.worker.on('exit', (code) =>
      stop(new Error(`${this.#name} worker exited with code ${code}`)),
    );
    thread.worker.unref();
    return thread;
  }

  #answer(thread: Thread<R>, reply: ReplyMessage<R>): void {
    const waiting = thread.waiting.get(reply.id);
    if (!waiting) return;
    thread.waiting.delete(reply.id);
    if ('result' in reply) waiting.resolve(reply.result);
    else waiting.reject(remoteError(reply));
    if (thread.waiting.size === 0) thread.worker.unref();
  }

  /** Runs `task` on the least busy thread. */
  run(task: T): Promise<R> {
    const running = this.#threads.filter((thread) => !thread.stopped);
    if (running.length === 0) {
      return Promise.reject(this.#threads[0]?.stopped ?? new Error(`no ${this.#name} workers`));
    }
    const least = running.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = this.#nextId++;
    return new Promise<R>((resolve, reject) => {
      least.waiting.set(id, { resolve, reject });
      least.worker.ref();
      least.worker.postMessage({ id, task } satisfies TaskMessage<T>);
    });
  }

  /** Stops every thread (a run that is done with them; a build may simply exit). */
  async close(): Promise<void> {
    await Promise.all(this.#threads.map(({ worker }) => worker.terminate()));
  }
}

/** The worker's error, with the worker's stack, so a failure points at the line that threw. */
function remoteError(reply: { error: string; stack?: string }): Error {
  const error = new Error(reply.error);
  if (reply.stack) error.stack = reply.stack;
  return error;
}
