import { describe, expect, test } from 'vitest';
import { createPhraseTrie, tokenize } from './phrase-trie.ts';

describe('tokenize', () => {
  test('keeps words and where they were printed, and drops punctuation', () => {
    expect(tokenize('Told the M.E.N., he said').map((t) => [t.lower, t.start])).toEqual([
      ['told', 0],
      ['the', 5],
      ['m', 9],
      ['e', 11],
      ['n', 13],
      ['he', 17],
      ['said', 20],
    ]);
  });
});

describe('createPhraseTrie', () => {
  const trie = createPhraseTrie<string>();
  trie.add('told The Herald', 'herald');
  trie.add('told The Herald on Sunday', 'herald-sunday');
  trie.add('image copyright', 'bbc', true);
  trie.add('Sun', 'sun');

  test('finds every phrase, nested ones too, with its offsets in the line', () => {
    const line = 'An MP told the Herald on Sunday.';
    const found = trie.find(tokenize(line)).map((m) => [m.value, line.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['herald', 'told the Herald'],
      ['herald-sunday', 'told the Herald on Sunday'],
    ]);
  });
  test('matches whole words only, unless the phrase may be glued to what follows', () => {
    expect(trie.find(tokenize('Sunday papers')).map((m) => m.value)).toEqual([]);
    const glued = trie.find(tokenize('image copyrightPA Media'));
    expect(glued.map((m) => [m.value, m.end])).toEqual([['bbc', 15]]);
  });
  test('reports the words as listed, for a case check by the caller', () => {
    expect(trie.find(tokenize('TOLD THE HERALD'))[0]?.words).toEqual(['told', 'The', 'Herald']);
  });
});
