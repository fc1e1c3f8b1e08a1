/** A run of letters, marks and digits in a paragraph, with its character offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits text into word tokens (letters, combining marks, digits); everything else
 * is a gap between tokens. One pass.
 * @example tokenize("Mr McDonnell’s push").map((t) => t.text) // ['Mr', 'McDonnell', 's', 'push']
 */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * A gap between two tokens in the form registry phrases are stored in: any run of
 * spaces is one space, curly apostrophes are straight, dashes are hyphens.
 * @example normalizeGap('\u00a0 ') // ' '
 * @example normalizeGap('’') // "'"
 */
export function normalizeGap(gap: string): string {
  return gap
    .replace(/\s+/gu, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
}

/** True for a token that starts with a capital and is not all capitals ("McDonnell", "Mr"; not "BBC", "MP"). */
export function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token) && /\p{Ll}/u.test(token);
}

/** True when the text right after `end` is a possessive `'s` / `’s` ending the word. */
export function possessiveAt(text: string, end: number): boolean {
  return /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3));
}
