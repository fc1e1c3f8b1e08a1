import { isQuoted } from './quotes/spans.ts';

/** A sentence of a paragraph: characters [start, end). */
export interface Sentence {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'Sr',
  'Jr',
  'No',
  'Rev',
  'Prof',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Cllr',
  'vs',
  'etc',
]);

/**
 * Splits a paragraph into sentences. A quotation is opaque: full stops inside quotes
 * do not end the sentence that quotes them, so `X said: "A. B." He left.` is two
 * sentences. A sentence ends at `.`, `!` or `?` (or a closing quote after one)
 * followed by a space and a capital or an opening quote, except after an
 * abbreviation such as "Mr".
 * @example splitSentences('Mr Corbyn spoke. He left.', []) // [{ start: 0, end: 16 }, { start: 17, end: 25 }]
 */
export function splitSentences(text: string, quoted: readonly [number, number][]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]+["”’']?(?=\s+["“‘'(]?[\p{Lu}\p{N}])/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    // A full stop inside a quote does not end the sentence; one that ends the quote does.
    const lastChar = end - 1;
    const endsQuote =
      /["”’']/.test(text[lastChar]!) && isQuoted(quoted, lastChar) && !isQuoted(quoted, end);
    if (isQuoted(quoted, m.index) && !endsQuote) continue;
    const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(start, m.index - 12), m.index))?.[1];
    if (m[0] === '.' && word && ABBREVIATIONS.has(word)) continue;
    sentences.push({ start, end });
    start = text.slice(end).search(/\S/u) + end;
  }
  if (start < text.length && text.slice(start).trim()) sentences.push({ start, end: text.length });
  return sentences;
}
