import { partsMatchingStem } from '../pagefind/matching.ts';
import { queryTerms } from '../pagefind/query.ts';
import type { ChunkReader, DirectoryChunkRef } from './directory.ts';
import type { FilterDirectory } from './manifest.ts';
import { decodePartSet } from './part-set.ts';

/**
 * Which search parts can hold results for a query: the parts a search must open so that
 * it finds exactly the pages one Pagefind index over the whole archive would find.
 *
 * Pagefind matches each query word by its own rule (../pagefind/matching.ts), which within
 * one part sees only that part's words: a part without a word would fall back to some
 * shorter word of its own ("as") and return pages the whole archive never would. Hence a
 * part is opened only when it holds, for every word, what the whole archive matches that
 * word with. Filters narrow the parts the same way.
 */

export interface Candidates {
  /** Parts (manifest positions, ascending) that hold what every word and filter needs. */
  parts: number[];
  /** Query words that match nothing in the archive (as typed, lower-cased); Pagefind leaves them out. */
  missingWords: string[];
  /** How many distinct words the query has after Pagefind's normalising and stemming. */
  wordCount: number;
}

/**
 * The parts to open for a query (null: filters alone) and chosen filter values. `filters`
 * is only read when a filter is chosen.
 * @example await candidateParts({ words, partCount: 4, includeCharacters: [] }, 'Berger', {}, read, loadFilters) // { parts: [0, 1], missingWords: [], wordCount: 1 }
 */
export async function candidateParts(
  index: {
    words: readonly DirectoryChunkRef[];
    partCount: number;
    includeCharacters: readonly string[];
  },
  term: string | null,
  chosen: Record<string, readonly string[]>,
  read: ChunkReader,
  filters: () => Promise<FilterDirectory>,
): Promise<Candidates> {
  let allowed = new Set(Array.from({ length: index.partCount }, (_, i) => i));
  const narrow = (parts: ReadonlySet<number>) => {
    allowed = new Set([...allowed].filter((part) => parts.has(part)));
  };
  const terms = term === null ? [] : queryTerms(term, index.includeCharacters);
  const found = await Promise.all(
    terms.map(({ stem }) => partsMatchingStem(index.words, stem, read)),
  );
  const missingWords: string[] = [];
  found.forEach((parts, i) => {
    if (parts === null) return;
    if (parts.size === 0) missingWords.push(terms[i]!.word);
    else narrow(parts);
  });
  // A query none of whose words match anything finds nothing (Pagefind's own rule).
  if (terms.length > 0 && missingWords.length === terms.length) allowed = new Set();
  const filtering = Object.entries(chosen).filter(([, values]) => values.length > 0);
  if (filtering.length > 0) {
    const directory = await filters();
    for (const [filter, values] of filtering) {
      const parts = new Set<number>();
      for (const value of values)
        for (const part of decodePartSet(directory[filter]?.[value]?.[1] ?? '')) parts.add(part);
      narrow(parts);
    }
  }
  return { parts: [...allowed].sort((a, b) => a - b), missingWords, wordCount: terms.length };
}
