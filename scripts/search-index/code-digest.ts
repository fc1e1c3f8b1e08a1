import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What a cached part's bundle was built with, as one digest: the search code (every `.ts`
 * file of `scripts/search-index/` and `src/search/`, which decide what a part holds and how
 * Pagefind is called) and the Pagefind version, both as installed and as the lock file
 * pins it. A change to any of them makes every cache entry a miss.
 */

/** The folders, relative to the project root, whose `.ts` files shape the index. */
export const SEARCH_CODE_DIRS = ['scripts/search-index', 'src/search'];

/** Every `.ts` file under `dir`, relative to `root`, sorted. */
function tsFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${dir}/${file.split('\\').join('/')}`)
    .sort();
}

/** Pagefind's version as installed and as package-lock.json pins it (either may be missing). */
function pagefindVersions(root: string): string {
  const read = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch {
      return null;
    }
  };
  const installed = read('node_modules/pagefind/package.json') as { version?: string } | null;
  const lock = read('package-lock.json') as {
    packages?: Record<string, { version?: string }>;
  } | null;
  return `${installed?.version ?? '-'} ${lock?.packages?.['node_modules/pagefind']?.version ?? '-'}`;
}

/** The project root, two folders above this file. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The digest of the search code and Pagefind version under the project `root`.
 * @example searchCodeDigest() // '3f0c…' (64 hex digits)
 */
export function searchCodeDigest(root = PROJECT_ROOT): string {
  const hash = createHash('sha256');
  hash.update(`pagefind ${pagefindVersions(root)}\n`);
  for (const file of SEARCH_CODE_DIRS.flatMap((dir) => tsFiles(root, dir))) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file} ${bytes.length}\n`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
