import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { type RunningServer, serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let running: RunningServer | undefined;

/** Serves the built site over HTTP for every browser test; `npm test` builds it first. */
export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is not built: run "npm run build" before the browser tests');
  running = await serveStatic('dist');
  project.provide('baseUrl', running.url);
}

export async function teardown() {
  await running?.close();
}
