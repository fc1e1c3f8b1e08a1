import { describe, expect, test } from 'vitest';
import { seededRandom as random } from '../../../tests/support/random.ts';
import {
  chunkDirectory,
  chunksForPrefix,
  DIRECTORY_CHUNK_BYTES,
  type DirectoryChunkRef,
  MAX_CHUNKS_PER_WORD,
  partsWithPrefix,
} from './directory.ts';
import { decodePartSet, encodePartSet } from './part-set.ts';

/** Chunk refs as the manifest lists them, from their first words. */
const refs = (...firsts: string[]): DirectoryChunkRef[] =>
  firsts.map((first, i) => ({ first, file: `words/${i}.txt` }));

/** The `word<TAB>parts` lines of a chunk's text. */
const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('chunkDirectory', () => {
  test('writes a line per word: the word, a tab, its part set', () => {
    expect(
      chunkDirectory(
        [
          ['berger', '3'],
          ['corbyn', '0-9'],
        ],
        1000,
      ),
    ).toEqual([{ first: 'berger', text: 'berger\t3\ncorbyn\t0-9\n' }]);
  });

  test('writes no chunks for no words', () => {
    expect(chunkDirectory([], 100)).toEqual([]);
  });

  test('closes a chunk on the line that takes it to targetBytes or past', () => {
    // "berger\t3\n" is 9 bytes, "corbyn\t0-9\n" 11, "cox\t1\n" 6.
    const entries: [string, string][] = [
      ['berger', '3'],
      ['corbyn', '0-9'],
      ['cox', '1'],
    ];
    expect(chunkDirectory(entries, 9)).toEqual([
      { first: 'berger', text: 'berger\t3\n' },
      { first: 'corbyn', text: 'corbyn\t0-9\n' },
      { first: 'cox', text: 'cox\t1\n' },
    ]);
    expect(chunkDirectory(entries, 12)).toEqual([
      { first: 'berger', text: 'berger\t3\ncorbyn\t0-9\n' },
      { first: 'cox', text: 'cox\t1\n' },
    ]);
    expect(chunkDirectory(entries, 20)).toEqual([
      { first: 'berger', text: 'berger\t3\ncorbyn\t0-9\n' },
      { first: 'cox', text: 'cox\t1\n' },
    ]);
    expect(chunkDirectory(entries, 21)).toEqual([
      { first: 'berger', text: 'berger\t3\ncorbyn\t0-9\ncox\t1\n' },
    ]);
  });

  test('holds at least one word a chunk, even a word longer than targetBytes', () => {
    const long = 'a'.repeat(50);
    expect(
      chunkDirectory(
        [
          [long, '2'],
          ['b', '3'],
        ],
        5,
      ),
    ).toEqual([
      { first: long, text: `${long}\t2\n` },
      { first: 'b', text: 'b\t3\n' },
    ]);
    // Joining an open chunk, it closes that chunk.
    expect(
      chunkDirectory(
        [
          ['a', '1'],
          [long, '2'],
          ['b', '3'],
        ],
        10,
      ).map((chunk) => chunk.text),
    ).toEqual([`a\t1\n${long}\t2\n`, 'b\t3\n']);
  });

  test('takes any iterable of entries: a Map or a generator', () => {
    expect(
      chunkDirectory(
        new Map([
          ['a', '1'],
          ['b', '2'],
        ]),
        100,
      ),
    ).toEqual([{ first: 'a', text: 'a\t1\nb\t2\n' }]);
    function* entries(): Generator<[string, string]> {
      yield ['x', '0'];
      yield ['y', '0-2'];
    }
    expect(chunkDirectory(entries(), 4)).toEqual([
      { first: 'x', text: 'x\t0\n' },
      { first: 'y', text: 'y\t0-2\n' },
    ]);
  });

  test(`cuts at ${DIRECTORY_CHUNK_BYTES} bytes by default`, () => {
    const entries = Array.from({ length: 2000 }, (_, i): [string, string] => [
      `w${String(i).padStart(5, '0')}`,
      '0-9',
    ]);
    const chunks = chunkDirectory(entries);
    for (const chunk of chunks.slice(0, -1))
      expect(chunk.text.length).toBeGreaterThanOrEqual(DIRECTORY_CHUNK_BYTES);
    for (const chunk of chunks)
      expect(chunk.text.length - (lines(chunk.text).at(-1)!.length + 1)).toBeLessThan(
        DIRECTORY_CHUNK_BYTES,
      );
  });

  test('for any vocabulary: every entry in exactly one chunk, in order; each chunk named by its first word and cut at the target', () => {
    const next = random(3);
    for (let round = 0; round < 200; round += 1) {
      const entries = randomDirectory(next, Math.floor(next() * 300), 10);
      const target = 1 + Math.floor(next() * 80);
      const chunks = chunkDirectory(entries, target);
      const context = `round ${round}, target ${target}`;

      expect(
        chunks.flatMap((chunk) => lines(chunk.text)),
        context,
      ).toEqual(entries.map(([word, parts]) => `${word}\t${parts}`));
      for (const chunk of chunks) {
        expect(chunk.text.endsWith('\n'), context).toBe(true);
        expect(chunk.first, context).toBe(lines(chunk.text)[0]!.split('\t')[0]);
        // Open until the line that reaches the target: all but its last line are under it.
        expect(chunk.text.length - (lines(chunk.text).at(-1)!.length + 1), context).toBeLessThan(
          target,
        );
      }
      for (const chunk of chunks.slice(0, -1))
        expect(chunk.text.length, context).toBeGreaterThanOrEqual(target);
    }
  });

  describe('throws', () => {
    test('on words out of order (JavaScript string order, not the locale’s)', () => {
      expect(() =>
        chunkDirectory(
          [
            ['corbyn', '1'],
            ['berger', '2'],
          ],
          100,
        ),
      ).toThrow(/out of order \("corbyn" before "berger"\)/);
      expect(() =>
        chunkDirectory(
          [
            ['école', '1'],
            ['zebra', '2'],
          ],
          100,
        ),
      ).toThrow(/out of order/);
      expect(
        chunkDirectory(
          [
            ['zebra', '1'],
            ['école', '2'],
          ],
          100,
        ),
      ).toHaveLength(1);
      expect(
        chunkDirectory(
          [
            ['Zebra', '1'],
            ['apple', '2'],
          ],
          100,
        ),
      ).toHaveLength(1);
    });

    test('on a repeated word', () => {
      expect(() =>
        chunkDirectory(
          [
            ['berger', '1'],
            ['berger', '2'],
          ],
          100,
        ),
      ).toThrow(/out of order/);
    });

    test('on an empty word', () => {
      expect(() => chunkDirectory([['', '1']], 100)).toThrow(/cannot hold the word ""/);
    });

    test('on a word with a tab or a newline, which would break the line format', () => {
      expect(() => chunkDirectory([['a\tb', '1']], 100)).toThrow(/cannot hold the word/);
      expect(() => chunkDirectory([['a\nb', '1']], 100)).toThrow(/cannot hold the word/);
      expect(() =>
        chunkDirectory(
          [
            ['a', '1'],
            ['b\n', '1'],
          ],
          100,
        ),
      ).toThrow(/cannot hold the word/);
    });
  });
});

describe('chunksForPrefix', () => {
  const chunks = refs('abbott', 'berger', 'corbyn', 'cox', 'davey', 'davis', 'dodds');

  test('finds the chunk a prefix falls in', () => {
    expect(chunksForPrefix(chunks, 'bet')).toEqual([1]);
    expect(chunksForPrefix(chunks, 'bz')).toEqual([1]);
    expect(chunksForPrefix(chunks, 'ab')).toEqual([0]);
  });

  test('a prefix equal to a chunk’s first word starts at that chunk', () => {
    expect(chunksForPrefix(chunks, 'berger')).toEqual([1]);
    expect(chunksForPrefix(chunks, 'dodds')).toEqual([6]);
  });

  test('a prefix before the first chunk’s first word looks in the first chunk', () => {
    expect(chunksForPrefix(chunks, 'a')).toEqual([0]);
    expect(chunksForPrefix(chunks, 'aardvark')).toEqual([0]);
  });

  test('a prefix after the last chunk’s first word looks in the last chunk', () => {
    expect(chunksForPrefix(chunks, 'zahawi')).toEqual([6]);
  });

  test('spans into following chunks whose first words begin with the prefix', () => {
    // "co" words can be at the end of chunk 1 ("coates" < "corbyn"), and in chunks 2 and 3.
    expect(chunksForPrefix(chunks, 'co')).toEqual([1, 2, 3]);
    expect(chunksForPrefix(chunks, 'dav')).toEqual([3, 4, 5]);
    expect(chunksForPrefix(chunks, 'davi')).toEqual([4, 5]);
    expect(chunksForPrefix(chunks, 'cor')).toEqual([1, 2]);
    expect(chunksForPrefix(chunks, 'corbyn')).toEqual([2]);
  });

  test('the example: [0, 1, 2] for "co" over "a", "corbyn", "cox"', () => {
    expect(chunksForPrefix(refs('a', 'corbyn', 'cox'), 'co')).toEqual([0, 1, 2]);
  });

  test(`returns up to limit chunks (${MAX_CHUNKS_PER_WORD} by default), and null when more are needed`, () => {
    expect(chunksForPrefix(chunks, 'co')).toHaveLength(MAX_CHUNKS_PER_WORD);
    expect(chunksForPrefix(chunks, 'd')).toBeNull(); // chunks 3 to 6
    expect(chunksForPrefix(chunks, 'd', 4)).toEqual([3, 4, 5, 6]);
    expect(chunksForPrefix(chunks, 'co', 2)).toBeNull();
    expect(chunksForPrefix(chunks, 'corbyn', 1)).toEqual([2]);
    expect(chunksForPrefix(chunks, 'davi', 1)).toBeNull();
  });

  test('the empty prefix needs every chunk', () => {
    expect(chunksForPrefix(refs('a', 'b'), '')).toEqual([0, 1]);
    expect(chunksForPrefix(chunks, '')).toBeNull();
    expect(chunksForPrefix(chunks, '', chunks.length)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test('needs no chunks when there are none', () => {
    expect(chunksForPrefix([], 'berger')).toEqual([]);
  });

  test('a single chunk holds everything', () => {
    expect(chunksForPrefix(refs('m'), 'a')).toEqual([0]);
    expect(chunksForPrefix(refs('m'), 'z')).toEqual([0]);
  });
});

describe('partsWithPrefix', () => {
  test('the parts of every word beginning with the prefix', () => {
    expect(partsWithPrefix('berger\t3\nbergerac\t5\nbest\t0-2\n', 'berg')).toEqual(new Set([3, 5]));
    expect(partsWithPrefix('berger\t3\nbergerac\t5\nbest\t0-2\n', 'be')).toEqual(
      new Set([0, 1, 2, 3, 5]),
    );
    expect(partsWithPrefix('berger\t3\nbergerac\t5\nbest\t0-2\n', 'best')).toEqual(
      new Set([0, 1, 2]),
    );
  });

  test('a union: parts in several words count once', () => {
    expect(partsWithPrefix('vote\t1-4\nvoter\t3-6\nvotes\t2,9\n', 'vote')).toEqual(
      new Set([1, 2, 3, 4, 5, 6, 9]),
    );
  });

  test('skips words before the prefix', () => {
    expect(partsWithPrefix('abbott\t1\nber\t7\nberger\t3\n', 'berg')).toEqual(new Set([3]));
  });

  test('an empty set when no word begins with the prefix', () => {
    expect(partsWithPrefix('berger\t3\nbest\t0-2\n', 'bex')).toEqual(new Set());
    expect(partsWithPrefix('berger\t3\nbest\t0-2\n', 'a')).toEqual(new Set());
    expect(partsWithPrefix('', 'a')).toEqual(new Set());
  });

  test('the empty prefix matches every word', () => {
    expect(partsWithPrefix('a\t1\nb\t2\n', '')).toEqual(new Set([1, 2]));
  });

  test('reads a chunk without a final newline', () => {
    expect(partsWithPrefix('berger\t3\nbergerac\t5', 'berg')).toEqual(new Set([3, 5]));
  });

  test('stops once the words sort past the prefix: lines after are not read', () => {
    // A damaged part set after the prefix's words is never decoded ...
    expect(partsWithPrefix('berger\t3\nbest\tdamaged\nzz\t?\n', 'berg')).toEqual(new Set([3]));
    // ... so a word after a later one is not found, even if it begins with the prefix.
    expect(partsWithPrefix('berger\t3\nbest\t1\nbergman\t4\n', 'berg')).toEqual(new Set([3]));
  });

  test('throws on a damaged part set of a word it reads', () => {
    expect(() => partsWithPrefix('berger\tdamaged\n', 'berg')).toThrow(/not a set of part numbers/);
  });
});

describe('the directory, end to end', () => {
  test('for any vocabulary and prefix, the chunks found give exactly the parts of the words with that prefix', () => {
    const next = random(11);
    let answered = 0;
    let refused = 0;
    for (let round = 0; round < 40; round += 1) {
      const entries = randomDirectory(next, 1 + Math.floor(next() * 400), 12);
      const target = 8 + Math.floor(next() * 60);
      const chunks = chunkDirectory(entries, target);
      const chunkRefs = chunks.map((chunk, i) => ({ first: chunk.first, file: String(i) }));
      const prefixes = new Set<string>(['', 'zzzz', '0']);
      for (const [word] of entries)
        for (let end = 1; end <= word.length; end += 1) prefixes.add(word.slice(0, end));
      for (let i = 0; i < 30; i += 1) prefixes.add(randomWord(next));

      for (const prefix of prefixes) {
        const expected = new Set(
          entries
            .filter(([word]) => word.startsWith(prefix))
            .flatMap(([, parts]) => decodePartSet(parts)),
        );
        const context = `round ${round}, target ${target}, prefix "${prefix}"`;
        for (const limit of [MAX_CHUNKS_PER_WORD, Number.POSITIVE_INFINITY]) {
          const found = chunksForPrefix(chunkRefs, prefix, limit);
          if (found === null) {
            // Only when more than `limit` chunks begin with the prefix's words (the first may hold some too).
            expect(
              chunks.filter((chunk) => chunk.first.startsWith(prefix)).length,
              context,
            ).toBeGreaterThanOrEqual(limit);
            refused += 1;
            continue;
          }
          expect(found.length, context).toBeLessThanOrEqual(limit);
          const parts = new Set<number>();
          for (const i of found)
            for (const part of partsWithPrefix(chunks[i]!.text, prefix)) parts.add(part);
          expect(parts, context).toEqual(expected);
          answered += 1;
        }
      }
    }
    // The property was tried both ways, often.
    expect(answered).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(10);
  });
});

/** A random word over a small alphabet, so words share prefixes. */
function randomWord(next: () => number): string {
  const alphabet = 'abcde';
  let word = '';
  const length = 1 + Math.floor(next() * 6);
  for (let i = 0; i < length; i += 1) word += alphabet[Math.floor(next() * alphabet.length)];
  return word;
}

/** A sorted directory of up to `count` random words, each in a random set of parts below `partCount`. */
function randomDirectory(next: () => number, count: number, partCount: number): [string, string][] {
  const words = new Set<string>();
  for (let i = 0; i < count; i += 1) words.add(randomWord(next));
  return [...words].sort().map((word) => {
    const parts: number[] = [];
    for (let part = 0; part < partCount; part += 1) if (next() < 0.25) parts.push(part);
    return [word, encodePartSet(parts.length > 0 ? parts : [Math.floor(next() * partCount)])];
  });
}
