/**
 * An ingest worker thread (scripts/ingest/seed-builder.ts): loads the editorial context once,
 * then builds each seed it is sent and answers with the article, or the seed's error.
 */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../../src/workers/serve-tasks.ts';
import { buildSeed, type ContextPaths, loadEditorial } from './seed-builder.ts';

const { seedsDir, paths } = workerData as { seedsDir: string; paths: ContextPaths };
const context = await loadEditorial(paths);
serveTasks((name: string) => buildSeed(seedsDir, name, context));
