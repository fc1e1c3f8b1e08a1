/**
 * An ingest worker thread (scripts/ingest/seed-builder.ts): loads the editorial context once,
 * then builds each seed it is sent and answers with the article, or the seed's error. With a
 * cache it keeps each article there itself, so the main thread does not serialise them.
 */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../../src/workers/serve-tasks.ts';
import { buildAndKeep, type ContextPaths, loadEditorial } from './seed-builder.ts';
import { SeedCache, type SeedCacheOptions } from './seed-cache.ts';

const { seedsDir, paths, cache } = workerData as {
  seedsDir: string;
  paths: ContextPaths;
  cache: SeedCacheOptions | null;
};
const context = await loadEditorial(paths);
const kept = cache && new SeedCache(cache);
serveTasks((name: string) => buildAndKeep(seedsDir, name, context, kept));
