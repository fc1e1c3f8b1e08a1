import type { DirectoryChunkRef } from './directory.ts';
import type { PartKind } from './plan.ts';

/**
 * The files the search index step writes beside Pagefind's own (docs/search.md):
 *
 * ```
 * /pagefind/                  the people part: a whole Pagefind bundle (pagefind.js, its
 *                             worker and wasm, pagefind-highlight.js), which the search
 *                             page opens first, for every search
 * /pagefind/parts/<id>/       each article part: Pagefind's index files only (entry, meta,
 *                             index, fragment, filter), merged into the same Pagefind
 *                             instance with `mergeIndex` when a search needs it
 * /pagefind/parts.json        this manifest
 * /pagefind/words/<n>-<hash>.txt   the word directory's chunks (directory.ts)
 * /pagefind/filters-<hash>.json    every filter value: its page count and parts
 * ```
 */

/** The manifest's URL path. */
export const MANIFEST_PATH = '/pagefind/parts.json';
/** Where the people part's bundle, and the Pagefind script every part shares, live. */
export const PEOPLE_BUNDLE_PATH = '/pagefind/';
/** The synthetic Pagefind filter each merged article part carries (`mergeFilter`), so a search can ask one part only. */
export const PART_FILTER = 'part';
/** Version of this manifest's format: the search page refuses one it does not know. */
export const MANIFEST_VERSION = 1;

/** One part as the manifest lists it. */
export interface ManifestPart {
  id: string;
  label: string;
  kind: PartKind;
  /** First and last month covered (`YYYY-MM`), for dated parts. */
  from: string | null;
  to: string | null;
  /** How many pages it indexes. */
  pages: number;
  /** URL path of its Pagefind bundle, ending in `/`. */
  bundle: string;
}

export interface SearchPartsManifest {
  version: typeof MANIFEST_VERSION;
  /** Pagefind's version, which every part was built with. */
  pagefind: string;
  /** Characters Pagefind indexes as parts of words (`include_characters` in its entry file): the query keeps them too. */
  includeCharacters: string[];
  /** Part 0 is the people part; then article parts, newest first, undated last. Part sets number them by position. */
  parts: ManifestPart[];
  /** The word directory's chunks in word order (file paths relative to the manifest). */
  words: DirectoryChunkRef[];
  /** The filter file, relative to the manifest. */
  filters: string;
}

/** Filter → value → `[pages with it, part set]`: the archive-wide counts and where to look. */
export type FilterDirectory = Record<string, Record<string, [number, string]>>;
