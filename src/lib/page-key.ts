import { createHash } from 'node:crypto';

/**
 * A page's cache key for Astro's incremental build: the sha256 of everything the page shows,
 * given as parts. Strings are hashed as they are, anything else as its JSON, each tagged with
 * which it is (so 'null' and null differ) and ended by a NUL (so ['ab', 'c'] and ['a', 'bc'] do).
 * @example pageKey(['article', digest, recordDates]) // '3f7a…' (64 hex digits)
 */
export function pageKey(parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    if (part instanceof Map || part instanceof Set)
      throw new TypeError('pageKey: give a Map or Set as an array, not as itself');
    hash.update(typeof part === 'string' ? `s${part}` : `j${JSON.stringify(part) ?? 'undefined'}`);
    hash.update('\0');
  }
  return hash.digest('hex');
}
