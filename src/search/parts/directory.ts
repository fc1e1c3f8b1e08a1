import { decodePartSet } from './part-set.ts';

/**
 * The word directory: for every word Pagefind indexed (stemmed, as its search looks it
 * up), the search parts that hold it. The search page reads it before opening any part,
 * so a rare name opens only the parts it is in, never every part of the archive.
 *
 * It is cut into chunk files of about `DIRECTORY_CHUNK_BYTES`, in word order; the manifest
 * lists each chunk's first word, so a query word needs one chunk, or a few for a short
 * prefix. A chunk is plain text, a line per word: `word<TAB>part set` (part-set.ts).
 */

/** Target size of one directory chunk file before compression (about 3 KiB as sent). */
export const DIRECTORY_CHUNK_BYTES = 8 * 1024;

/**
 * How many chunks one query word may need before the search page stops reading the
 * directory and treats the word as in every part: a one- or two-letter prefix (a word
 * still being typed) matches most of the archive anyway.
 */
export const MAX_CHUNKS_PER_WORD = 3;

/** Reads one directory chunk's text (fetched by the page, read from disk by tests). */
export type ChunkReader = (file: string) => Promise<string>;

/** A chunk as the manifest lists it. */
export interface DirectoryChunkRef {
  /** Its first word. */
  first: string;
  /** Its file, relative to the manifest. */
  file: string;
}

/** One chunk's text before it is written, with its first word. */
export interface DirectoryChunk {
  first: string;
  text: string;
}

/**
 * Cuts the directory into chunks: `entries` are `[word, part set text]` in ascending word
 * order (JavaScript string order, as the search page compares them). A chunk closes once it
 * passes `targetBytes`, so each holds at least one word.
 * @example chunkDirectory([['berger', '3'], ['corbyn', '0-9']], 8) // [{ first: 'berger', text: 'berger\t3\n' }, { first: 'corbyn', text: 'corbyn\t0-9\n' }]
 */
export function chunkDirectory(
  entries: Iterable<readonly [string, string]>,
  targetBytes = DIRECTORY_CHUNK_BYTES,
): DirectoryChunk[] {
  const chunks: DirectoryChunk[] = [];
  let lines: string[] = [];
  let size = 0;
  let first = '';
  let previous: string | null = null;
  for (const [word, parts] of entries) {
    if (word === '' || /[\t\n]/.test(word))
      throw new Error(`word directory: cannot hold the word ${JSON.stringify(word)}`);
    if (previous !== null && !(previous < word))
      throw new Error(`word directory: words out of order ("${previous}" before "${word}")`);
    previous = word;
    if (lines.length === 0) first = word;
    const line = `${word}\t${parts}\n`;
    lines.push(line);
    size += line.length;
    if (size >= targetBytes) {
      chunks.push({ first, text: lines.join('') });
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) chunks.push({ first, text: lines.join('') });
  return chunks;
}

/**
 * The chunk that holds `word` if any does: the last whose first word sorts at or before it
 * (0 when it sorts before them all). `chunks` must not be empty.
 * @example chunkFor([{ first: 'a', file: '0' }, { first: 'corbyn', file: '1' }], 'berger') // 0
 */
export function chunkFor(chunks: readonly DirectoryChunkRef[], word: string): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (chunks[middle]!.first <= word) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The chunks that can hold words beginning with `prefix` (positions in `chunks`, which are
 * in word order), or null when more than `limit` would be needed.
 * @example chunksForPrefix([{ first: 'a', file: '0' }, { first: 'corbyn', file: '1' }, { first: 'cox', file: '2' }], 'co') // [0, 1, 2]
 */
export function chunksForPrefix(
  chunks: readonly DirectoryChunkRef[],
  prefix: string,
  limit = MAX_CHUNKS_PER_WORD,
): number[] | null {
  if (chunks.length === 0) return [];
  const low = chunkFor(chunks, prefix);
  const found = [low];
  for (
    let next = low + 1;
    next < chunks.length && chunks[next]!.first.startsWith(prefix);
    next += 1
  ) {
    if (found.length >= limit) return null;
    found.push(next);
  }
  return found;
}

/**
 * The parts holding any word of a chunk's text that begins with `prefix` (Pagefind matches
 * every indexed word that starts with the query word's stem).
 * @example partsWithPrefix('berger\t3\nbergerac\t5\nbest\t0-2\n', 'berg') // Set {3, 5}
 */
export function partsWithPrefix(chunkText: string, prefix: string): Set<number> {
  const parts = new Set<number>();
  let start = 0;
  while (start < chunkText.length) {
    const end = chunkText.indexOf('\n', start);
    const line = chunkText.slice(start, end === -1 ? chunkText.length : end);
    start = end === -1 ? chunkText.length : end + 1;
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const word = line.slice(0, tab);
    if (word.startsWith(prefix))
      for (const part of decodePartSet(line.slice(tab + 1))) parts.add(part);
    else if (word > prefix) break;
  }
  return parts;
}

/**
 * The parts of the word that is exactly `word` in a chunk's text, or null when the chunk
 * does not hold it.
 * @example exactWordParts('berger\t3\nbergerac\t5\n', 'berger') // Set {3}
 */
export function exactWordParts(chunkText: string, word: string): Set<number> | null {
  const line = chunkText.startsWith(`${word}\t`) ? 0 : chunkText.indexOf(`\n${word}\t`);
  if (line === -1) return null;
  const start = line === 0 ? word.length + 1 : line + word.length + 2;
  const end = chunkText.indexOf('\n', start);
  return new Set(decodePartSet(chunkText.slice(start, end === -1 ? undefined : end)));
}
