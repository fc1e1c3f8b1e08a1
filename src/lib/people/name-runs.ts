import type { Hit, ScannedParagraph } from './matcher.ts';
import { HONORIFICS, LEADING_NON_NAME_WORDS, OFFICE_WORDS } from './stop-list.ts';
import { isCapitalised } from './tokens.ts';

/** A capitalised word: tokens joined by hyphens or an inner apostrophe ("Rees-Mogg", "O'Brien"). */
interface Word {
  text: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/** A run of capitalised words that reads like a name the registry does not know. */
export interface NameRun {
  text: string;
  start: number;
  end: number;
  /** First and last word, for telling a stranger "John Smith" from "John" or "Smith" alone. */
  first: string;
  last: string;
}

/** The words of a run that can be a stranger's name, or null when none can. */
function trimRun<W extends { text: string; surnameHit: boolean; hit: number }>(
  words: W[],
): W[] | null {
  let r = words;
  while (r.length > 0 && LEADING_NON_NAME_WORDS.has(r[0]!.text)) r = r.slice(1);
  // An office is no part of a name: "Home Secretary Fred Bloggs" is Fred Bloggs, and
  // "Work and Pensions Secretary" alone is no one.
  const office = r.findLastIndex((w) => OFFICE_WORDS.has(w.text));
  if (office >= 0) r = r.slice(office + 1);
  if (r.length < 2 || r.every((w) => HONORIFICS.has(w.text))) return null;
  // An honorific with one registry surname, of one word or more ("Mr Duncan Smith").
  const rest = r.slice(1);
  if (HONORIFICS.has(r[0]!.text) && rest.every((w) => w.surnameHit && w.hit === rest[0]!.hit))
    return null;
  // A title is no part of a stranger's name: "Sir John Smith" is John Smith.
  while (r.length > 2 && HONORIFICS.has(r[0]!.text)) r = r.slice(1);
  return r;
}

/** Hits that name something whole (a person's full name, a seat, an organisation, a role). */
function isWholeName(hit: Hit): boolean {
  const p = hit.payload;
  return Boolean(p.names || p.constituency || p.nonPerson || p.role);
}

/**
 * Capitalised word runs in a paragraph that look like a person's name and are not a
 * registry name: two or more capitalised words (or an honorific and one) separated
 * only by spaces, after dropping leading words that open sentences or label a name
 * ("If", "Contender", "Tuesday"). Registry full names, seats, organisations and role
 * phrases split runs; a bare registry surname or first name inside a run stays part of
 * it ("John Smith" is a stranger even though "John" is a first name in the registry),
 * but an honorific with a registry surname ("Mr Watson") is not a stranger. Titles
 * before two or more words are dropped ("Sir John Smith" is "John Smith"), and so is an
 * office title up to its last word ("Home Secretary Fred Bloggs" is "Fred Bloggs").
 * One pass over the tokens.
 * @example nameRuns(matcher.scan('If Corbyn loses, Jacob Rees-Mogg wins.')) // [{ text: 'Jacob Rees-Mogg', … }]
 */
export function nameRuns(scanned: ScannedParagraph): NameRun[] {
  const { text, tokens } = scanned;
  const cover = registryCover(scanned);
  const runs: NameRun[] = [];
  let run: RunWord[] = [];
  const flush = () => {
    const trimmed = run.length > 0 ? trimRun(run) : null;
    run = [];
    if (trimmed) runs.push(nameRunOf(text, trimmed));
  };
  // Tokens grouped into words, each word read as it is grouped: most are not capitalised,
  // and only end the run before them.
  for (let t = 0; t < tokens.length;) {
    const end = wordEnd(text, tokens, t);
    if (!isCapitalisedWord(tokens, t, end) || cover.covered[t] === 1) {
      flush();
    } else {
      const word = runWord(scanned, cover, t, end);
      const prev = run.at(-1);
      // Words join a run across one space, and not after a possessive.
      const joins =
        prev && /^[ \u00a0]$/u.test(text.slice(prev.end, word.start)) && !prev.possessive;
      if (prev && !joins) flush();
      run.push(word);
    }
    t = end;
  }
  flush();
  return runs;
}

/** A capitalised word that may be part of a run. */
type RunWord = Word & { surnameHit: boolean; hit: number; possessive: boolean };

/** Per token, the registry hit covering it: 1 = inside a whole-name hit, 2 = a bare name. */
interface RegistryCover {
  covered: Uint8Array;
  /** Which bare surname/first-name hit, or -1. */
  shortHit: Int32Array;
}

function registryCover({ tokens, hits }: ScannedParagraph): RegistryCover {
  const covered = new Uint8Array(tokens.length);
  const shortHit = new Int32Array(tokens.length).fill(-1);
  hits.forEach((hit, h) => {
    for (let t = hit.tokenStart; t < hit.tokenEnd; t++) {
      covered[t] = isWholeName(hit) ? 1 : 2;
      if (!isWholeName(hit)) shortHit[t] = h;
    }
  });
  return { covered, shortHit };
}

/** The capitalised word of tokens t to end, with what the run rules need to know of it. */
function runWord(
  { text, tokens }: ScannedParagraph,
  cover: RegistryCover,
  t: number,
  end: number,
): RunWord {
  const first = tokens[t]!;
  const last = tokens[end - 1]!;
  return {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    tokenStart: t,
    tokenEnd: end,
    surnameHit: cover.covered[t] === 2,
    hit: cover.shortHit[t]!,
    possessive: /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(last.end, last.end + 3)),
  };
}

/** A trimmed run as a name run: its text and span, and its first and last words. */
function nameRunOf(text: string, words: readonly RunWord[]): NameRun {
  const first = words[0]!;
  const last = words.at(-1)!;
  return {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    first: first.text,
    last: last.text,
  };
}

/** Where the word starting at token t ends: tokens joined by a hyphen or an inner apostrophe. */
function wordEnd(text: string, tokens: ScannedParagraph['tokens'], t: number): number {
  let end = t + 1;
  // Only a one-character gap (a hyphen, an apostrophe) joins tokens into a word.
  while (end < tokens.length && tokens[end]!.start - tokens[end - 1]!.end === 1) {
    const gap = text[tokens[end - 1]!.end]!;
    const joinsHyphen = /^[-‐‑]$/u.test(gap) && isCapitalised(tokens[end]!.text);
    const joinsApostrophe =
      /^['’]$/u.test(gap) && tokens[end]!.text !== 's' && tokens[end - 1]!.text.length === 1;
    if (!joinsHyphen && !joinsApostrophe) break;
    end++;
  }
  return end;
}

/** Every part capitalised; a single capital may open it ("O'Brien"). */
function isCapitalisedWord(tokens: ScannedParagraph['tokens'], t: number, end: number): boolean {
  for (let i = t; i < end; i++) {
    const part = tokens[i]!.text;
    if (!isCapitalised(part) && !(i === t && part.length === 1 && /\p{Lu}/u.test(part))) {
      return false;
    }
  }
  return true;
}
