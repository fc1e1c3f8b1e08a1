import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Pagefind release whose internals the modules of this folder mirror (its stemmer, its
 * query words, its index encoding, its matching rules; README.md here says how the oracle
 * tests prove it). `package.json` pins exactly this version.
 */
export const MIRRORED_PAGEFIND = '1.6.0';

/**
 * The version of the Pagefind package this project would load: the nearest
 * node_modules/pagefind above this file, as Node resolves it (its exports hide package.json).
 */
export function installedPagefindVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(manifest))
      return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error('pagefind is not installed: run npm ci');
  }
}

/**
 * Refuses any Pagefind but the mirrored one: another release may stem, encode or match
 * differently, and the search would silently miss what the index holds.
 * @example checkPagefindVersion('1.6.0') // passes
 */
export function checkPagefindVersion(installed: string): void {
  if (installed !== MIRRORED_PAGEFIND) {
    throw new Error(
      `pagefind ${installed} is installed, but the search code mirrors pagefind ${MIRRORED_PAGEFIND}: ` +
        `run npm ci, or upgrade deliberately (src/search/pagefind/version.ts and the oracle tests)`,
    );
  }
}
