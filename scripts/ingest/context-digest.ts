import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { projectFiles } from '../../src/archive/file-digest.ts';
import { registerFiles } from '../../src/archive/register.ts';
import { compareCodePoints } from '../../src/lib/order.ts';
import type { ContextPaths } from './seed-builder.ts';

/** Raised whenever what a cache entry holds, or how its key is made, changes. */
export const SEED_CACHE_FORMAT = 1;

/** The project the running ingest belongs to: its code is what builds the seeds. */
const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Everything that can change what a seed builds into, besides the seed and its facts: the
 * folders building a seed imports from (seed-cache.test.ts checks none is missing) and the
 * installed packages, by the lock file.
 */
export const CODE_FOLDERS = [
  'scripts/ingest',
  'scripts/registry',
  'src/archive',
  'src/lib',
  'src/schemas',
  'src/workers',
];
const CODE_FILES = ['package.json', 'package-lock.json'];
const isCode = (path: string) =>
  /\.(?:ts|mts|js|mjs|json)$/.test(path) && !/\.test\.ts$/.test(path);

/**
 * The project's code files that seed building can depend on, relative to `root`, sorted.
 * @example codeFiles()[0] // 'package-lock.json'
 */
export function codeFiles(root = PROJECT_ROOT): string[] {
  const folders = CODE_FOLDERS.filter((folder) => existsSync(join(root, folder)));
  const files = CODE_FILES.filter((f) => existsSync(join(root, f)));
  files.push(...projectFiles(root, folders).filter(isCode));
  return files.sort(compareCodePoints);
}

/** `label sha256` per file, the bytes' hash or `absent`, so a file appearing or going counts. */
function fileLines(files: readonly (readonly [label: string, path: string])[]): string {
  return files
    .map(([label, path]) => {
      const hash = existsSync(path)
        ? createHash('sha256').update(readFileSync(path)).digest('hex')
        : 'absent';
      return `${label} ${hash}\n`;
    })
    .join('');
}

/**
 * The hash of the code that builds seeds: every file of {@link codeFiles}, by path and bytes,
 * and the Node version running it.
 */
export function codeDigest(root = PROJECT_ROOT): string {
  const files = codeFiles(root).map((f) => [f, join(root, f)] as const);
  return createHash('sha256')
    .update(`node ${process.version}\n${fileLines(files)}`)
    .digest('hex');
}

/**
 * The hash of everything one seed's article depends on except the seed and its own facts:
 * the cache format, the code, the seeds folder as messages name it, and the bytes of every
 * editorial file the context reads (publications, topics, the registry, the imported
 * register). The facts file is left out: each seed's key holds its own entry instead, so an
 * edit to one seed's facts rebuilds that seed alone.
 * @example contextDigest(paths, 'seeds').length // 64
 */
export function contextDigest(paths: ContextPaths, seedsDir: string, code = codeDigest()): string {
  const importedDir = paths.imported ?? 'src/data/imported';
  const register = registerFiles(paths.registry, importedDir);
  const files = [
    ['publications', paths.publications],
    ['topics', paths.topics],
    ...register.map((path) => [`register ${basename(path)}`, path] as const),
  ] as const;
  return createHash('sha256')
    .update(JSON.stringify([SEED_CACHE_FORMAT, code, seedsDir, importedDir !== '']))
    .update(`\n${fileLines(files)}`)
    .digest('hex');
}
