/**
 * An ingest worker thread (scripts/ingest/seed-builder.ts): loads the editorial context once,
 * then builds each seed it is sent and posts the article, or the seed's error, back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSeed, type ContextPaths, loadEditorial } from './seed-builder.ts';

const { seedsDir, paths } = workerData as { seedsDir: string; paths: ContextPaths };
const context = await loadEditorial(paths);

parentPort!.on('message', ({ index, name }: { index: number; name: string }) => {
  try {
    parentPort!.postMessage({ index, result: buildSeed(seedsDir, name, context) });
  } catch (error) {
    parentPort!.postMessage({ index, fatal: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
