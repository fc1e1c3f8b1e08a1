/**
 * A worker thread of {@link ArticleRecordWorkers} (article-record-workers.ts): runs each
 * record task it is sent (article-record-tasks.ts) and posts back the result, or the error
 * that stops the page.
 */
import { parentPort } from 'node:worker_threads';
import { runRecordTask } from './article-record-tasks.ts';
import type { TaskReply, TaskRequest } from './article-record-workers.ts';

const port = parentPort;
if (!port) throw new Error('article-record-worker.ts runs as a worker thread (article-record-workers.ts starts it)');

port.on('message', async ({ id, task }: TaskRequest) => {
  let reply: TaskReply;
  try {
    reply = { id, result: await runRecordTask(task) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
