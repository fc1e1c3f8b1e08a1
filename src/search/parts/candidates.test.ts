import { describe, expect, test } from 'vitest';
import { candidateParts } from './candidates.ts';
import { chunkDirectory, chunkFor, MAX_CHUNKS_PER_WORD } from './directory.ts';
import type { FilterDirectory } from './manifest.ts';

/** A directory of stemmed words and their parts, cut into chunks of `chunkBytes`, read from memory. */
function directory(entries: Record<string, string>, chunkBytes = 16) {
  const chunks = chunkDirectory(
    Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    chunkBytes,
  );
  const files = new Map(chunks.map((chunk, i) => [`words/${i}.txt`, chunk.text]));
  const reads: string[] = [];
  const read = async (file: string) => {
    reads.push(file);
    const text = files.get(file);
    if (text === undefined) throw new Error(`no chunk ${file}`);
    return text;
  };
  return {
    words: chunks.map((chunk, i) => ({ first: chunk.first, file: `words/${i}.txt` })),
    read,
    reads,
  };
}

const noFilters = (): Promise<FilterDirectory> =>
  Promise.reject(new Error('the filter file is read only when a filter is chosen'));

describe('candidateParts', () => {
  // Part 0 people; 1 2019; 2 2018; 3 2015.
  const archive = directory({
    a: '0-3',
    as: '0-3',
    adam: '1,3',
    ashettworth: '3',
    berger: '0,1',
    corbyn: '0-3',
    vote: '1,2',
    confid: '1',
    entryism: '3',
  });
  const index = { words: archive.words, partCount: 4, includeCharacters: [] };

  test('a word opens the parts holding any word that starts with its stem', async () => {
    expect((await candidateParts(index, 'Berger', {}, archive.read, noFilters)).parts).toEqual([
      0, 1,
    ]);
    expect((await candidateParts(index, 'entryism', {}, archive.read, noFilters)).parts).toEqual([
      3,
    ]);
    // The stem, not the word, is the prefix: "entry" stems to "entri", which "entryism" does not start with.
    expect((await candidateParts(index, 'entry', {}, archive.read, noFilters)).parts).toEqual([]);
    expect((await candidateParts(index, 'confidence', {}, archive.read, noFilters)).parts).toEqual([
      1,
    ]);
  });

  test('several words: only parts that hold every one', async () => {
    expect(
      (await candidateParts(index, 'Adam Ashettworth', {}, archive.read, noFilters)).parts,
    ).toEqual([3]);
    expect(
      (await candidateParts(index, 'vote of no confidence Corbyn', {}, archive.read, noFilters))
        .parts,
    ).toEqual([1]);
  });

  test('a word nothing starts with matches the longest word it starts with, as Pagefind falls back', async () => {
    // "ashettworthh" has no extension; Pagefind would match "ashettworth", in part 3 only (not "as", in every part).
    const found = await candidateParts(index, 'Adam Ashettworthh', {}, archive.read, noFilters);
    expect(found).toEqual({ parts: [3], missingWords: [], wordCount: 2 });
  });

  test('a word matching nothing at all is left out, and named', async () => {
    const found = await candidateParts(index, 'Berger zzz', {}, archive.read, noFilters);
    expect(found).toEqual({ parts: [0, 1], missingWords: ['zzz'], wordCount: 2 });
  });

  test('a query none of whose words match finds nothing', async () => {
    expect(await candidateParts(index, 'zzz qqq', {}, archive.read, noFilters)).toEqual({
      parts: [],
      missingWords: ['zzz', 'qqq'],
      wordCount: 2,
    });
  });

  test('filters alone: every part holding a chosen value of each filter', async () => {
    const filters: FilterDirectory = {
      year: { '2019': [1, '1'], '2015': [2, '3'] },
      type: { Article: [3, '1-3'], Person: [5, '0'] },
    };
    const load = () => Promise.resolve(filters);
    expect(
      (await candidateParts(index, null, { year: ['2019', '2015'] }, archive.read, load)).parts,
    ).toEqual([1, 3]);
    expect(
      (await candidateParts(index, null, { year: ['2019'], type: ['Person'] }, archive.read, load))
        .parts,
    ).toEqual([]);
    expect(
      (await candidateParts(index, 'Corbyn', { type: ['Article'] }, archive.read, load)).parts,
    ).toEqual([1, 2, 3]);
    // A value the filter file does not know (an old link) matches nothing.
    expect(
      (await candidateParts(index, null, { year: ['1999'] }, archive.read, load)).parts,
    ).toEqual([]);
  });

  test('no words and no filters: every part', async () => {
    expect((await candidateParts(index, null, {}, archive.read, noFilters)).parts).toEqual([
      0, 1, 2, 3,
    ]);
  });

  test('a short prefix spread over more chunks than a word may read counts as in every part, without reading them', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `s${String(i).padStart(2, '0')}word`,
        String(i % 2 === 0 ? 1 : 2),
      ]),
    );
    const spread = directory({ ...many, t: '3' }, 10);
    expect(spread.words.length).toBeGreaterThan(MAX_CHUNKS_PER_WORD + 1);
    const found = await candidateParts(
      { words: spread.words, partCount: 4, includeCharacters: [] },
      's',
      {},
      spread.read,
      noFilters,
    );
    expect(found.parts).toEqual([0, 1, 2, 3]);
    expect(spread.reads).toEqual([]);
  });
});

describe('chunkFor', () => {
  const chunks = [
    { first: 'a', file: '0' },
    { first: 'corbyn', file: '1' },
    { first: 'mcdonnel', file: '2' },
  ];
  test('the last chunk whose first word sorts at or before the word', () => {
    expect(chunkFor(chunks, 'berger')).toBe(0);
    expect(chunkFor(chunks, 'corbyn')).toBe(1);
    expect(chunkFor(chunks, 'deselect')).toBe(1);
    expect(chunkFor(chunks, 'zzz')).toBe(2);
  });
  test('a word sorting before every chunk: the first', () => {
    expect(chunkFor(chunks, '1')).toBe(0);
  });
});
