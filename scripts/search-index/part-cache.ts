import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlannedPart } from '../../src/search/parts/plan.ts';
import { SearchIndexError } from './error.ts';
import type { PagefindTotals } from './index-parts.ts';

/**
 * The cache of part bundles (docs/search.md, "Reusing unchanged parts"): Pagefind's bundle
 * for a part, kept outside the site folder (which `astro build` empties) under a key that
 * names everything the bundle depends on, so a part whose pages did not change is linked
 * back instead of indexed again. Pagefind writes the same bytes for the same pages, so a
 * reused part is byte-identical to a fresh one.
 *
 * ```
 * <cache>/parts/<key>/part.json   format, key, Pagefind's totals, the part's words, and
 *                                 every bundle file with its size and sha256
 * <cache>/parts/<key>/bundle/     the bundle's files
 * ```
 * An entry is written in a temporary folder and renamed into place whole; one that does not
 * match its own part.json, byte for byte, is a miss (and is replaced), never trusted.
 *
 * Files go between the cache and the site as hard links (copies across file systems):
 * creating a file cost half a millisecond here, 5 s for one run's 10,000 fragments, a link a
 * fifteenth of that. A linked file is shared, so anything that later rewrote a bundle file
 * in place would change the entry too; the check of every file's sha256 on each read makes
 * that a miss, not a wrong index.
 */

/** Version of the entries' format and of what the key covers: a change makes every entry a miss. */
export const PART_CACHE_VERSION = 1;

/** What the step needs from a part's indexing besides its bundle. */
export interface PartCacheData {
  totals: PagefindTotals;
  /** The words of the part's bundle (bundle.ts `bundleWords`), sorted. */
  words: string[];
}

/** One page of a part as its key covers it: URL path, file under the site, sha256 of its bytes. */
export interface KeyedPage {
  urlPath: string;
  file: string;
  sha256: string;
}

interface EntryFile {
  version: number;
  key: string;
  totals: PagefindTotals;
  words: string[];
  /** `[path relative to the bundle, size, sha256]`, sorted by path. */
  files: [string, number, string][];
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * The key of a part: sha256 over the cache version, the search code's digest
 * (code-digest.ts), the part's identity (its id, kind and whether it is the whole bundle
 * or only the files `mergeIndex` reads) and each of its pages in order.
 * @example partKey('3f0c…', { id: '2019', kind: 'dated', … }, false, [{ urlPath: '/articles/a/', file: 'articles/a/index.html', sha256: '9b1e…' }]) // 64 hex digits
 */
export function partKey(
  codeDigest: string,
  part: Pick<PlannedPart, 'id' | 'kind'>,
  wholeBundle: boolean,
  pages: readonly KeyedPage[],
): string {
  return sha256(
    JSON.stringify([
      PART_CACHE_VERSION,
      codeDigest,
      [part.id, part.kind, wholeBundle],
      pages.map((p) => [p.urlPath, p.file, p.sha256]),
    ]),
  );
}

/** Every file under `dir`, relative with forward slashes, sorted; null if anything is not a plain file or folder. */
function bundleFiles(dir: string): string[] | null {
  const files: string[] = [];
  const walk = (at: string, prefix: string): boolean => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!walk(join(at, entry.name), rel)) return false;
      } else if (entry.isFile()) files.push(rel);
      else return false;
    }
    return true;
  };
  return walk(dir, '') ? files.sort() : null;
}

const entryDir = (cacheDir: string, key: string) => join(cacheDir, 'parts', key);

/** Puts `from` at `to` as a hard link, or a copy where the file systems differ. */
function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The entry's data and files, read and checked whole; null for a missing, partial or corrupt one. */
function readEntry(cacheDir: string, key: string): { data: PartCacheData; files: string[] } | null {
  const dir = entryDir(cacheDir, key);
  try {
    const entry = JSON.parse(readFileSync(join(dir, 'part.json'), 'utf8')) as EntryFile;
    if (entry.version !== PART_CACHE_VERSION || entry.key !== key) return null;
    if (!Array.isArray(entry.files) || !Array.isArray(entry.words)) return null;
    const listed = bundleFiles(join(dir, 'bundle'));
    if (listed === null || listed.join('\n') !== entry.files.map(([f]) => f).join('\n'))
      return null;
    for (const [file, size, hash] of entry.files) {
      const bytes = readFileSync(join(dir, 'bundle', file));
      if (bytes.length !== size || sha256(bytes) !== hash) return null;
    }
    return { data: { totals: entry.totals, words: entry.words }, files: listed };
  } catch {
    return null;
  }
}

/**
 * Copies the entry under `key` into `bundleDir` and returns its data, or returns null (and
 * writes nothing) when there is no sound entry for the key.
 */
export function restorePart(
  cacheDir: string,
  key: string,
  bundleDir: string,
): PartCacheData | null {
  const entry = readEntry(cacheDir, key);
  if (!entry) return null;
  const from = join(entryDir(cacheDir, key), 'bundle');
  const placed: string[] = [];
  try {
    for (const file of entry.files) {
      linkOrCopy(join(from, file), join(bundleDir, file));
      placed.push(file);
    }
  } catch {
    // The entry went while being read (another run sharing the cache pruned it): a miss.
    for (const file of placed) rmSync(join(bundleDir, file), { force: true });
    return null;
  }
  return entry.data;
}

/**
 * Stores the bundle in `bundleDir` (every file under it) and its data under `key`: written
 * in a temporary folder beside the entries, then renamed into place, replacing any entry
 * (a corrupt one) already there.
 */
export function storePart(
  cacheDir: string,
  key: string,
  bundleDir: string,
  data: PartCacheData,
): void {
  const partsDir = join(cacheDir, 'parts');
  try {
    mkdirSync(partsDir, { recursive: true });
    const temp = mkdtempSync(join(partsDir, '.tmp-'));
    const files: [string, number, string][] = [];
    for (const file of bundleFiles(bundleDir) ?? []) {
      const bytes = readFileSync(join(bundleDir, file));
      linkOrCopy(join(bundleDir, file), join(temp, 'bundle', file));
      files.push([file, bytes.length, sha256(bytes)]);
    }
    mkdirSync(join(temp, 'bundle'), { recursive: true });
    const entry: EntryFile = { version: PART_CACHE_VERSION, key, ...data, files };
    writeFileSync(join(temp, 'part.json'), JSON.stringify(entry));
    const dir = entryDir(cacheDir, key);
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(temp, dir);
    } catch (error) {
      // Another run sharing the cache stored the same key meanwhile: keep its entry.
      if (!existsSync(dir)) throw error;
      rmSync(temp, { recursive: true, force: true });
    }
  } catch (error) {
    throw new SearchIndexError(
      `search index: could not write the part cache in ${partsDir} (${error instanceof Error ? error.message : String(error)}); ` +
        'run with --cache DIR to put it elsewhere, or --no-cache',
    );
  }
}

/** Removes every entry not in `used`, and any temporary folder a stopped run left behind. */
export function pruneParts(cacheDir: string, used: ReadonlySet<string>): void {
  const partsDir = join(cacheDir, 'parts');
  if (!existsSync(partsDir)) return;
  for (const name of readdirSync(partsDir)) {
    if (!used.has(name)) rmSync(join(partsDir, name), { recursive: true, force: true });
  }
}
