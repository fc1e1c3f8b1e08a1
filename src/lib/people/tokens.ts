/** A run of letters, marks and digits in a paragraph, with its character offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
/** Whether each character past ASCII seen so far is a word character, looked up once. */
const nonAsciiWord = new Map<number, boolean>();

/** True for a letter, combining mark or digit (a code point). */
function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  let word = nonAsciiWord.get(code);
  if (word === undefined) {
    word = WORD_CHARACTER.test(String.fromCodePoint(code));
    nonAsciiWord.set(code, word);
  }
  return word;
}

/**
 * Splits text into word tokens (letters, combining marks, digits); everything else
 * is a gap between tokens. One pass.
 * @example tokenize("Mr McDonnell’s push").map((t) => t.text) // ['Mr', 'McDonnell', 's', 'push']
 */
export function tokenize(text: string): Token[] {
  // Character by character: the same tokens as /[\p{L}\p{M}\p{N}]+/gu, in a third of the
  // time (the regex's Unicode classes were most of the people scan).
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const word = isWordCharacter(code);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      tokens.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (start >= 0) tokens.push({ text: text.slice(start), start, end: text.length });
  return tokens;
}

/**
 * A gap between two tokens in the form registry phrases are stored in: any run of
 * spaces is one space, curly apostrophes are straight, dashes are hyphens.
 * @example normalizeGap('\u00a0 ') // ' '
 * @example normalizeGap('’') // "'"
 */
export function normalizeGap(gap: string): string {
  // Most gaps are one space, which the replacements leave as it is.
  if (gap === ' ') return gap;
  return gap
    .replace(/\s+/gu, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
}

/** True for a token that starts with a capital and is not all capitals ("McDonnell", "Mr"; not "BBC", "MP"). */
export function isCapitalised(token: string): boolean {
  // Most words open with an ASCII character other than a capital, which no test can pass.
  const first = token.charCodeAt(0);
  if (first < 128 && (first < 65 || first > 90)) return false;
  return /^\p{Lu}/u.test(token) && /\p{Ll}/u.test(token);
}

/** True when the text right after `end` is a possessive `'s` / `’s` ending the word. */
export function possessiveAt(text: string, end: number): boolean {
  return /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3));
}
