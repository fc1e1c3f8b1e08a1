import type { Stats } from 'node:fs';

/**
 * HTTP caching as a static host does it: which files browsers may keep for a year, and the
 * weak ETag and If-None-Match check that makes asking again cheap for the rest.
 */

/**
 * Files named by a hash of their content, which never change under the same name: Astro's
 * bundled assets, Pagefind's index, fragment, filter and meta files, and the search parts'
 * word directory and filter file. A host lets browsers keep these for a year.
 */
const IMMUTABLE =
  /^\/(_astro\/|pagefind\/(.*\.pf_(index|fragment|filter|meta)$|words\/[0-9a-f]+\.txt$|filters-[0-9a-f]+\.json$))/;

/**
 * The Cache-Control a static host should send: a year for files named by their content,
 * otherwise "no-cache" (keep, but ask again each time; the ETag makes asking cheap). The
 * headers file's rules (scripts/site/host-headers.ts) must name the same for every file of a
 * build: the tests check one against the other.
 * @example cacheControl('/pagefind/parts/2019/index/en-gb_52cc75b.pf_index') // 'public, max-age=31536000, immutable'
 * @example cacheControl('/search/') // 'no-cache'
 */
export function cacheControl(pathname: string): string {
  return IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * A weak validator for a file as stored: its size and modification time, as common static
 * servers make one (the body differs by encoding; the file does not).
 */
export function entityTag(stats: Pick<Stats, 'mtimeMs' | 'size'>): string {
  return `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

/** Whether an If-None-Match header names the current entity tag (weak comparison, as for GET). */
export function notModified(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => bare(t) === bare(tag));
}
