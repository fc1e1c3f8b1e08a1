import { stemEnglish } from './stem.ts';

/**
 * The words of a query as Pagefind 1.6 looks them up, so the search page can ask the word
 * directory about the same words Pagefind's search will: Pagefind's JavaScript drops
 * punctuation (dashes, brackets, quotes, apostrophes) and lower-cases what is left, then
 * strips diacritics; its wasm splits on spaces and stems each word with the English
 * stemmer, and matches every indexed word that starts with that stem.
 */

/** Punctuation Pagefind's search removes from a query, character by character (its own test, as written there). */
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** Pagefind's diacritic folding: decomposed, combining marks dropped (Japanese voicing marks kept). */
function foldDiacritics(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** A string's graphemes, as Pagefind walks a query where the browser can segment it; else its code points. */
function graphemes(text: string): Iterable<string> {
  if (typeof Intl.Segmenter !== 'function') return text;
  return [...new Intl.Segmenter('en-GB', { granularity: 'grapheme' }).segment(text)].map(
    (s) => s.segment,
  );
}

/**
 * The normalised query words, as Pagefind's search passes them to its index.
 * `keep` holds characters Pagefind was told to index (its entry file's `include_characters`).
 * @example queryWords('“Vote of no-confidence”, McDonnell’s') // ['vote', 'of', 'noconfidence', 'mcdonnells']
 */
export function queryWords(term: string, keep: readonly string[] = []): string[] {
  let kept = '';
  for (const character of graphemes(term)) {
    if (keep.includes(character)) kept += character;
    else if (!PUNCTUATION.test(character)) kept += character.toLocaleLowerCase('en-GB');
  }
  return kept
    .replace(/\s{2,}/g, ' ')
    .trim()
    .split(' ')
    .map(foldDiacritics)
    .filter((word) => word.length > 0);
}

/** A query word and the stem Pagefind looks up for it. */
export interface QueryTerm {
  word: string;
  stem: string;
}

/**
 * The words of a query with the stems Pagefind looks up (every indexed word beginning
 * with the stem matches); a word whose stem repeats an earlier one is dropped.
 * @example queryTerms('Elections and the election') // [{ word: 'elections', stem: 'elect' }, { word: 'and', stem: 'and' }, { word: 'the', stem: 'the' }]
 */
export function queryTerms(term: string, keep: readonly string[] = []): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const word of queryWords(term, keep)) {
    const stem = stemEnglish(word);
    if (seen.has(stem)) continue;
    seen.add(stem);
    terms.push({ word, stem });
  }
  return terms;
}
