import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type RunningServer, serveStatic } from '../../scripts/serve/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built site being served (dist/, or DIST_DIR to run the gates against another build). */
    distDir: string;
  }
}

let running: RunningServer | undefined;

/** Serves the built site over HTTP for every browser test; `npm test` builds it first. */
export async function setup(project: TestProject) {
  const distDir = resolve(process.env['DIST_DIR'] ?? 'dist');
  if (!existsSync(`${distDir}/index.html`))
    throw new Error(`${distDir} is not built: run "npm run build" before the browser tests`);
  running = await serveStatic(distDir);
  project.provide('baseUrl', running.url);
  project.provide('distDir', distDir);
}

export async function teardown() {
  await running?.close();
}
