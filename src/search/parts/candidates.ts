import { chunkFor, chunksForPrefix, type DirectoryChunkRef, partsWithPrefix } from './directory.ts';
import type { FilterDirectory } from './manifest.ts';
import { decodePartSet } from './part-set.ts';
import { queryTerms } from '../pagefind/query.ts';

/**
 * Which search parts can hold results for a query: the parts a search must open so that
 * it finds exactly the pages one Pagefind index over the whole archive would find.
 *
 * Pagefind 1.6 (pagefind_core_search, `search_term`) matches each query word's stem against
 * every indexed word that starts with it. When no indexed word does, it falls back to the
 * longest indexed word the stem starts with ("ashettworthh" finds "ashettworth"), and when
 * there is none it leaves the word out; pages must match every word not left out. Within
 * one part those rules see only that part's words, so a part without a word would fall back
 * to some shorter word of its own ("as") and return pages the whole archive never would.
 * Hence a part is opened only when it holds, for every word, what the whole archive matches
 * that word with: a word starting with the stem if any part has one, else the archive's
 * longest word that the stem starts with. Filters narrow the parts the same way.
 */

/** Reads one directory chunk's text (fetched by the page, read from disk by tests). */
export type ChunkReader = (file: string) => Promise<string>;

export interface Candidates {
  /** Parts (manifest positions, ascending) that hold what every word and filter needs. */
  parts: number[];
  /** Query words that match nothing in the archive (as typed, lower-cased); Pagefind leaves them out. */
  missingWords: string[];
  /** How many distinct words the query has after Pagefind's normalising and stemming. */
  wordCount: number;
}

/** What a query word matches in the whole archive, and the parts holding it; null when the directory was not read (too many chunks: every part). */
async function partsForStem(words: readonly DirectoryChunkRef[], stem: string, read: ChunkReader): Promise<Set<number> | null> {
  const chunks = chunksForPrefix(words, stem);
  if (chunks === null) return null;
  const texts = await Promise.all(chunks.map((i) => read(words[i]!.file)));
  const parts = new Set<number>();
  for (const text of texts) for (const part of partsWithPrefix(text, stem)) parts.add(part);
  if (parts.size > 0) return parts;
  // No word starts with the stem: Pagefind falls back to the longest word the stem starts with.
  for (let length = stem.length - 1; length > 0 && words.length > 0; length -= 1) {
    const prefix = stem.slice(0, length);
    const exact = exactWordParts(await read(words[chunkFor(words, prefix)]!.file), prefix);
    if (exact) return exact;
  }
  return parts;
}

/** The parts of the word that is exactly `word` in a chunk's text, or null when the chunk does not hold it. */
function exactWordParts(chunkText: string, word: string): Set<number> | null {
  const line = chunkText.startsWith(`${word}\t`) ? 0 : chunkText.indexOf(`\n${word}\t`);
  if (line === -1) return null;
  const start = line === 0 ? word.length + 1 : line + word.length + 2;
  const end = chunkText.indexOf('\n', start);
  return new Set(decodePartSet(chunkText.slice(start, end === -1 ? undefined : end)));
}

/**
 * The parts to open for a query (null: filters alone) and chosen filter values. `filters`
 * is only read when a filter is chosen.
 * @example await candidateParts({ words, partCount: 4, includeCharacters: [] }, 'Berger', {}, read, loadFilters) // { parts: [0, 1], missingWords: [], wordCount: 1 }
 */
export async function candidateParts(
  index: { words: readonly DirectoryChunkRef[]; partCount: number; includeCharacters: readonly string[] },
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
  const found = await Promise.all(terms.map(({ stem }) => partsForStem(index.words, stem, read)));
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
      for (const value of values) for (const part of decodePartSet(directory[filter]?.[value]?.[1] ?? '')) parts.add(part);
      narrow(parts);
    }
  }
  return { parts: [...allowed].sort((a, b) => a - b), missingWords, wordCount: terms.length };
}
