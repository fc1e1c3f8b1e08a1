/**
 * The Snowball English (Porter2) stemmer, as Pagefind 1.6.0 applies it to every word it indexes
 * and every query word it looks up: the search parts must reach the same stem, or a query word
 * would miss the directory entry Pagefind's own index holds. stem-oracle.test.ts, beside this
 * file, checks the two never disagree.
 *
 * Pagefind runs Snowball 3.0's revision of the algorithm, not the older one still described on
 * many pages (and in rust-stemmers): R1 also starts after emerg-, inter-, later-, organ-, past-
 * and univers-; a word ending "past" counts as a short syllable; "-ogist" becomes "-og"; a
 * doubled ending is kept when only a, e or o precedes it ("added" -> "add"); and the "-ing" and
 * "-eed" exceptions (dying, inning, evening, proceed ...) are part of Step 1b, not whole words.
 *
 * Positions, not substrings, carry the regions: every step only rewrites the end of the word,
 * so R1 and R2 (measured once, as Snowball does) stay valid throughout.
 */

// Whole words the algorithm would mangle; checked before anything else, as Snowball does.
const EXCEPTIONS: Record<string, string> = {
  skis: 'ski',
  skies: 'sky',
  idly: 'idl',
  gently: 'gentl',
  ugly: 'ugli',
  early: 'earli',
  only: 'onli',
  singly: 'singl',
  sky: 'sky',
  news: 'news',
  howe: 'howe',
  atlas: 'atlas',
  cosmos: 'cosmos',
  bias: 'bias',
  andes: 'andes',
};
// Starts of words whose R1 begins after them, so "generous" and "general" are not merged.
const R1_PREFIX = /^(?:arsen|commun|emerg|gener|inter|later|organ|past|univers)/;

// Each step takes only the longest suffix that matches, and gives up if that one fails its
// condition: an end-anchored alternation matches leftmost, which is the longest suffix.
const STEP2 =
  /(?:ational|tional|enci|anci|abli|entli|izer|ization|ation|ator|alism|aliti|alli|fulness|ousli|ousness|iveness|iviti|biliti|bli|ogist|ogi|fulli|lessli|li)$/;
const STEP2_TO: Record<string, string> = {
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  abli: 'able',
  entli: 'ent',
  izer: 'ize',
  ization: 'ize',
  ational: 'ate',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  aliti: 'al',
  alli: 'al',
  fulness: 'ful',
  fulli: 'ful',
  ousli: 'ous',
  ousness: 'ous',
  iveness: 'ive',
  iviti: 'ive',
  biliti: 'ble',
  bli: 'ble',
  lessli: 'less',
  ogist: 'og',
};
const STEP3 = /(?:ational|tional|alize|icate|iciti|ative|ical|ness|ful)$/;
const STEP3_TO: Record<string, string> = {
  ational: 'ate',
  tional: 'tion',
  alize: 'al',
  icate: 'ic',
  iciti: 'ic',
  ical: 'ic',
  ness: '',
  ful: '',
  ative: '',
};
const STEP4 = /(?:ement|ment|ence|ance|able|ible|ant|ent|ism|ate|iti|ous|ive|ize|ion|al|er|ic)$/;

const VOWEL = /[aeiouy]/;
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWEL.test(c);

/** Where R1 or R2 begins: just past the first non-vowel that follows a vowel, from `from` on. */
function regionStart(w: string, from: number): number {
  const m = /[aeiouy][^aeiouy]/.exec(w.slice(from));
  return m ? from + m.index + 2 : w.length;
}

/**
 * Whether `w.slice(0, n)` ends in a short syllable: non-vowel, vowel, non-vowel other than
 * w, x or Y; or, as the whole of it, a vowel then a non-vowel ("ow" counts); or "past".
 */
function endsShort(w: string, n: number): boolean {
  if (n >= 3 && !/[aeiouywxY]/.test(w[n - 1]!) && isVowel(w[n - 2]) && !isVowel(w[n - 3]))
    return true;
  return (n === 2 && isVowel(w[0]) && !isVowel(w[1])) || w.slice(0, n).endsWith('past');
}

/** Where R1 and R2 begin in the marked word (Snowball's `p1` and `p2`). */
interface Regions {
  p1: number;
  p2: number;
}

/**
 * Snowball's prelude and `mark_regions`. A y that starts the word or follows a vowel acts as
 * a consonant: "Y" keeps it out of the vowel tests (and out of Step 1c) until the end.
 * Matching pairs left to right means the y after a marked Y stays a vowel, as in Snowball
 * ("ayyy" gives "aYyY").
 */
function prelude(word: string): { w: string; regions: Regions } {
  const w = word
    .replace(/^'/, '')
    .replace(/^y/, 'Y')
    .replace(/[aeiouy]y/g, (pair) => `${pair[0]}Y`);
  const prefix = R1_PREFIX.exec(w);
  const p1 = prefix ? prefix[0].length : regionStart(w, 0);
  return { w, regions: { p1, p2: regionStart(w, p1) } };
}

/** Step 1a: possessives (Snowball's Step 0), then plurals. */
function step1a(w: string): string {
  w = w.replace(/'(?:s'?)?$/, '');
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/ie[sd]$/.test(w)) return w.slice(0, -3) + (w.length > 4 ? 'i' : 'ie');
  // "gas" and "this" keep their s: a vowel must come before the letter that precedes it.
  if (w.endsWith('s') && !/(?:ss|us)$/.test(w) && VOWEL.test(w.slice(0, -2))) return w.slice(0, -1);
  return w;
}

/**
 * Step 1b: -eed in R1 becomes -ee; -ed and -ing go only after a vowel, then the stem is
 * repaired so "hoped" and "hopped" do not both become "hop".
 */
function step1b(w: string, { p1 }: Regions): string {
  let m: RegExpExecArray | null;
  if ((m = /eed(?:ly)?$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (m.index >= p1 && !/^(?:succ|proc|exc)$/.test(stem)) w = `${stem}ee`;
  } else if ((m = /(?:ed|edly|ing|ingly)$/.exec(w))) {
    const stem = w.slice(0, m.index);
    // "evening", "inning", "outing" ... are nouns, not "-ing" forms: they keep the ending.
    const noun = m[0] === 'ing' && /^(?:even|cann|inn|earr|herr|out)$/.test(stem);
    if (m[0] === 'ing' && /^[^aeiouy]y$/.test(stem))
      w = `${stem[0]}ie`; // dying, lying, tying, vying
    else if (!noun && VOWEL.test(stem)) {
      w = stem;
      if (/(?:at|bl|iz)$/.test(w)) w += 'e';
      // "hopped" -> "hop", but "added" stays "add": too little would be left.
      else if (/(?:bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(w))
        w = /^[aeo]..$/.test(w) ? w : w.slice(0, -1);
      // A short word: R1 is empty (Snowball compares positions, so it must end exactly at p1).
      else if (w.length === p1 && endsShort(w, w.length)) w += 'e';
    }
  }
  return w;
}

/** Step 1c: "cry" -> "cri", but not "by" (first letter) or "say" (after a vowel). */
function step1c(w: string): string {
  return w.length > 2 && /[^aeiouy][yY]$/.test(w) ? `${w.slice(0, -1)}i` : w;
}

/** Step 2: the longest STEP2 suffix in R1 is replaced ("-ational" -> "-ate"). */
function step2(w: string, { p1 }: Regions): string {
  const m = STEP2.exec(w);
  if (!m || m.index < p1) return w;
  const suffix = m[0];
  const stem = w.slice(0, m.index);
  if (suffix === 'ogi') return stem.endsWith('l') ? `${stem}og` : w;
  if (suffix === 'li') return /[cdeghkmnrt]$/.test(stem) ? stem : w;
  return stem + STEP2_TO[suffix]!;
}

/** Step 3: the longest STEP3 suffix in R1 is replaced; "-ative" only in R2. */
function step3(w: string, { p1, p2 }: Regions): string {
  const m = STEP3.exec(w);
  if (m && m.index >= p1 && (m[0] !== 'ative' || m.index >= p2))
    return w.slice(0, m.index) + STEP3_TO[m[0]]!;
  return w;
}

/** Step 4: the longest STEP4 suffix in R2 goes; "-ion" only after s or t. */
function step4(w: string, { p2 }: Regions): string {
  const m = STEP4.exec(w);
  if (m && m.index >= p2 && (m[0] !== 'ion' || /[st]$/.test(w.slice(0, m.index))))
    return w.slice(0, m.index);
  return w;
}

/** Step 5: a final e goes in R2, or in R1 unless that would leave a short syllable ("hope"). */
function step5(w: string, { p1, p2 }: Regions): string {
  const last = w.length - 1;
  if (w.endsWith('e') && (last >= p2 || (last >= p1 && !endsShort(w, last)))) return w.slice(0, -1);
  if (w.endsWith('ll') && last >= p2) return w.slice(0, -1);
  return w;
}

/**
 * Stems a lower-cased word with Snowball English (Porter2), exactly as Pagefind does: the
 * steps in Snowball's order, then the marked Ys back to y.
 * @example stemEnglish('generously') // 'generous'
 */
export function stemEnglish(word: string): string {
  if (Object.hasOwn(EXCEPTIONS, word)) return EXCEPTIONS[word]!;
  if (word.length <= 2) return word;
  const { w, regions } = prelude(word);
  let stem = step1b(step1a(w), regions);
  stem = step1c(stem);
  stem = step2(stem, regions);
  stem = step3(stem, regions);
  stem = step4(stem, regions);
  stem = step5(stem, regions);
  return stem.replace(/Y/g, 'y');
}
