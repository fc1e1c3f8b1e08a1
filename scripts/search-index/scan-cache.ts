import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchIndexError } from './error.ts';
import type { IndexablePage } from './page-markup.ts';

/**
 * The full read of each page (page-reads.ts `scanPages`), kept by the sha256 of the page's
 * bytes and its URL path, so a page that did not change is not parsed again: at 10,000
 * articles the read costs more than copying every part back from the part cache. The
 * checks still run over every page's result, read or remembered.
 *
 * One file, `<cache>/pages.json`: a first line naming the format, the code digest
 * (code-digest.ts) and the sha256 of the rest, then the results. A file whose digest or
 * hash does not match, or whose results are not shaped as written, is ignored whole.
 * It is written (temporary file, then rename) after a successful run, with this run's
 * pages only.
 */

/** Version of the file's format: a change makes every remembered read a miss. */
export const SCAN_CACHE_VERSION = 1;

/** The key of one page's read: the sha256 of its bytes and its URL path. */
export const scanKey = (sha256: string, urlPath: string) => `${sha256} ${urlPath}`;

/** One result as written: the key, then null (not indexed) or `[filters, sortDate]`. */
type StoredRead = [string, null | [[string, string[]][], string | null]];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const scanFile = (cacheDir: string) => join(cacheDir, 'pages.json');

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A stored result back as the page read's own, or undefined when it is not shaped as written. */
function fromStored(key: string, stored: StoredRead[1]): IndexablePage | null | undefined {
  if (stored === null) return null;
  if (!Array.isArray(stored) || stored.length !== 2 || !Array.isArray(stored[0])) return undefined;
  const [filters, sortDate] = stored;
  if (sortDate !== null && typeof sortDate !== 'string') return undefined;
  if (!filters.every((f) => Array.isArray(f) && typeof f[0] === 'string' && isStrings(f[1])))
    return undefined;
  return { urlPath: key.slice(key.indexOf(' ') + 1), filters: new Map(filters), sortDate };
}

/** The remembered reads for `codeDigest`, by {@link scanKey}; empty when there are none to trust. */
export function readScanCache(
  cacheDir: string,
  codeDigest: string,
): Map<string, IndexablePage | null> {
  const reads = new Map<string, IndexablePage | null>();
  try {
    const text = readFileSync(scanFile(cacheDir), 'utf8');
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
    const body = text.slice(newline + 1);
    if (header['version'] !== SCAN_CACHE_VERSION || header['code'] !== codeDigest) return reads;
    if (header['sha256'] !== sha256(body)) return reads;
    for (const [key, stored] of JSON.parse(body) as StoredRead[]) {
      const page = typeof key === 'string' ? fromStored(key, stored) : undefined;
      if (page === undefined) return new Map();
      reads.set(key, page);
    }
  } catch {
    return new Map();
  }
  return reads;
}

/** Writes `reads` (by {@link scanKey}) in place of the file, whole or not at all. */
export function writeScanCache(
  cacheDir: string,
  codeDigest: string,
  reads: ReadonlyMap<string, IndexablePage | null>,
): void {
  const stored: StoredRead[] = [...reads].map(([key, page]) => [
    key,
    page === null ? null : [[...page.filters], page.sortDate],
  ]);
  const body = JSON.stringify(stored);
  const header = JSON.stringify({
    version: SCAN_CACHE_VERSION,
    code: codeDigest,
    sha256: sha256(body),
  });
  const file = scanFile(cacheDir);
  const temp = `${file}.tmp-${process.pid}`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(temp, `${header}\n${body}`);
    renameSync(temp, file);
  } catch (error) {
    throw new SearchIndexError(
      `search index: could not write ${file} (${error instanceof Error ? error.message : String(error)}); ` +
        'run with --cache DIR to put the cache elsewhere, or --no-cache',
    );
  }
}
