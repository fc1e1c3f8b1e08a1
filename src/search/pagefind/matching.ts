import {
  chunkFor,
  type ChunkReader,
  chunksForPrefix,
  type DirectoryChunkRef,
  exactWordParts,
  partsWithPrefix,
} from '../parts/directory.ts';

/**
 * Pagefind 1.6's rule for what one query word matches (pagefind_core_search, `search_term`),
 * applied to the word directory of the whole archive. Pagefind matches the word's stem
 * against every indexed word that starts with it. When no indexed word does, it falls back
 * to the longest indexed word the stem starts with ("ashettworthh" finds "ashettworth"), and
 * when there is none it leaves the word out; pages must match every word not left out.
 * tests/e2e/search-api.test.ts proves the parts this opens find what one Pagefind index over
 * the whole archive finds.
 */

/**
 * The parts holding what a query word's stem matches in the whole archive (empty when it
 * matches nothing); null when the directory was not read (too many chunks: every part).
 * @example await partsMatchingStem(words, 'berger', read) // Set {3, 5}
 */
export async function partsMatchingStem(
  words: readonly DirectoryChunkRef[],
  stem: string,
  read: ChunkReader,
): Promise<Set<number> | null> {
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
