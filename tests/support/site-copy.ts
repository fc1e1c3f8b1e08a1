import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, serveStatic } from '../../scripts/serve/static-server.ts';
import { launchChromium } from './browser.ts';

const PROJECT_FILES = [
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'src',
  'scripts',
  'seeds',
  'public',
];

export interface SiteCopyChanges {
  /** Seed files to drop beside the real ones: name in seeds/ -> path of the file to copy. */
  extraSeeds?: Record<string, string>;
  /** Project files to replace: path relative to the project -> new content. */
  files?: Record<string, string>;
  /** Also build the search index, as the README's build does. */
  searchIndex?: boolean;
}

/**
 * Builds a scratch copy of the archive with changes a real editor would make (a new
 * seed dropped in, a registry edited) and returns its dist/ folder.
 * No astro check, and no Pagefind unless `searchIndex` is set.
 */
export function buildSiteCopy({
  extraSeeds = {},
  files = {},
  searchIndex = false,
}: SiteCopyChanges): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-copy-'));
  for (const entry of PROJECT_FILES.filter((e) => existsSync(e))) {
    cpSync(entry, join(dir, entry), {
      recursive: true,
      filter: (source) =>
        !source.includes(join('src', 'content', 'articles')) && !source.includes('.articles.'),
    });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [name, source] of Object.entries(extraSeeds))
    copyFileSync(source, join(dir, 'seeds', name));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // The copy's own seed cache: node_modules is the project's, and its cache would be shared.
  const ingest = ['scripts/ingest.ts', '--cache', join(dir, '.ingest-cache')];
  execFileSync(process.execPath, ingest, { cwd: dir, env, stdio: 'pipe' });
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    env,
    stdio: 'pipe',
  });
  if (searchIndex)
    execFileSync(process.execPath, ['scripts/index-search.ts'], { cwd: dir, env, stdio: 'pipe' });
  return join(dir, 'dist');
}

/**
 * For one test file: builds a scratch copy with `changes` (computed when the file's
 * hooks run), serves it and launches Chromium; closes both afterwards.
 */
export function useSiteCopy(
  changes: () => SiteCopyChanges,
  bind: (site: { url: string; browser: Browser; distDir: string }) => void,
): void {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const distDir = buildSiteCopy(changes());
    server = await serveStatic(distDir);
    browser = await launchChromium();
    bind({ url: server.url, browser, distDir });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
