import { parentPort } from 'node:worker_threads';
import type { ReplyMessage, TaskMessage } from './pool.ts';

/**
 * The worker-thread side of {@link WorkerPool}: answers each task the pool sends with
 * `handle`'s result, or with the error it threw (its message and stack), one reply per task.
 * @example serveTasks((name: string) => buildSeed(seedsDir, name, context));
 */
export function serveTasks<T, R>(handle: (task: T) => R | Promise<R>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread started by a WorkerPool');
  port.on('message', async ({ id, task }: TaskMessage<T>) => {
    let reply: ReplyMessage<R>;
    try {
      reply = { id, result: await handle(task) };
    } catch (error) {
      reply =
        error instanceof Error
          ? { id, error: error.message, ...(error.stack ? { stack: error.stack } : {}) }
          : { id, error: String(error) };
    }
    port.postMessage(reply);
  });
}
