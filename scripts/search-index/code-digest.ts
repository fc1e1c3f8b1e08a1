import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { filesDigest, projectFiles } from '../../src/archive/file-digest.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What a cached part's bundle or page read was made with, as one digest: the search code
 * (every `.ts` file of `scripts/search-index/` and `src/search/`, which decide what a part
 * holds and how Pagefind is called, and the start-tag reader the page reads use) and the
 * versions of Pagefind and parse5, both as installed and as the lock file pins them. A
 * change to any of them makes every cache entry a miss.
 */

/** The folders, relative to the project root, whose `.ts` files shape the index. */
export const SEARCH_CODE_DIRS = ['scripts/search-index', 'src/search'];
/** Files outside them that the page reads run. */
export const SEARCH_CODE_FILES = ['scripts/site/html-elements.ts', 'scripts/site/site-files.ts'];
/** Packages whose version shapes the index or the page reads. */
const PACKAGES = ['pagefind', 'parse5'];

/** Each package's version as installed and as package-lock.json pins it (either may be missing). */
function packageVersions(root: string): string {
  const read = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch {
      return null;
    }
  };
  const lock = read('package-lock.json') as {
    packages?: Record<string, { version?: string }>;
  } | null;
  return PACKAGES.map((name) => {
    const installed = read(`node_modules/${name}/package.json`) as { version?: string } | null;
    const locked = lock?.packages?.[`node_modules/${name}`]?.version;
    return `${name} ${installed?.version ?? '-'} ${locked ?? '-'}`;
  }).join('\n');
}

/** The project root, two folders above this file. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The digest of the search code and package versions under the project `root`.
 * @example searchCodeDigest() // '3f0c…' (64 hex digits)
 */
export function searchCodeDigest(root = PROJECT_ROOT): string {
  const files = [
    ...projectFiles(root, SEARCH_CODE_DIRS).filter((file) => file.endsWith('.ts')),
    ...SEARCH_CODE_FILES,
  ];
  return createHash('sha256')
    .update(`${packageVersions(root)}\n${filesDigest(root, files)}`)
    .digest('hex');
}
