/** A word of a line: its letters and digits as printed, lowercased, and where it sits. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** A phrase found in a line: its value, its words as listed, and where it was printed. */
export interface PhraseMatch<T> {
  value: T;
  words: readonly string[];
  /** Token indexes, `to` exclusive. */
  from: number;
  to: number;
  /** Character offsets in the line, `end` exclusive. */
  start: number;
  end: number;
}

interface Entry<T> {
  value: T;
  words: readonly string[];
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  ends: Entry<T>[];
  /** Phrases whose last word may run into what follows it ("image copyrightPA"). */
  glued: { word: string; ends: Entry<T>[] }[];
}

/** Latin letters and digits: every outlet phrase is written in them. */
const WORD = /[A-Za-z0-9\u00C0-\u024F]+/g;

/**
 * Splits a line into words; punctuation and spacing between them are ignored.
 * @example tokenize('told the M.E.N.').map((t) => t.lower) // ['told', 'the', 'm', 'e', 'n']
 */
export function tokenize(text: string): Token[] {
  // One lowercasing per line; per word only where lowercasing changes a length ("İ").
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const lower = sameLength ? lowered.slice(start, end) : m[0].toLowerCase();
    tokens.push({ text: m[0], lower, start, end });
  }
  return tokens;
}

const node = <T>(): TrieNode<T> => ({ next: new Map(), ends: [], glued: [] });

/**
 * A word trie over many phrases: finding them all in a line costs its words times the
 * longest phrase, however many phrases there are.
 * @example
 *   const trie = createPhraseTrie<string>();
 *   trie.add('told The Herald', 'the-herald');
 *   trie.find(tokenize('An MP told the Herald')).map((m) => m.value) // ['the-herald']
 */
export function createPhraseTrie<T>() {
  const root = node<T>();
  return {
    /** `glue`: the phrase's last word may be glued to the next (only for two words or more). */
    add(phrase: string, value: T, glue = false): void {
      const words = tokenize(phrase).map((t) => t.text);
      if (words.length === 0) return;
      let at = root;
      for (const [i, word] of words.entries()) {
        const lower = word.toLowerCase();
        if (glue && i === words.length - 1 && i > 0) {
          at.glued.push({ word: lower, ends: [{ value, words }] });
        }
        const child = at.next.get(lower) ?? node<T>();
        at.next.set(lower, child);
        at = child;
      }
      at.ends.push({ value, words });
    },
    find(tokens: readonly Token[]): PhraseMatch<T>[] {
      const found: PhraseMatch<T>[] = [];
      for (let from = 0; from < tokens.length; from++) {
        let at: TrieNode<T> | undefined = root;
        for (let to = from; at && to < tokens.length; to++) {
          const token = tokens[to]!;
          for (const g of at.glued) {
            if (token.lower.length <= g.word.length || !token.lower.startsWith(g.word)) continue;
            const end = token.start + g.word.length;
            for (const e of g.ends)
              found.push({ ...e, from, to: to + 1, start: tokens[from]!.start, end });
          }
          at = at.next.get(token.lower);
          for (const e of at?.ends ?? []) {
            found.push({ ...e, from, to: to + 1, start: tokens[from]!.start, end: token.end });
          }
        }
      }
      return found;
    },
  };
}

export type PhraseTrie<T> = ReturnType<typeof createPhraseTrie<T>>;
