/** Decides who a noun phrase names, and which noun phrase is the subject of a finite verb. */
import { tokenize } from '../tokens.ts';
import { anaphorOf, resolveAnaphor } from './anaphora.ts';
import { mentionEndingAt, QUOTED, type Position, type Reading, type Resolved } from './reading.ts';

/**
 * Words a subject may trail before its verb: "Mr Corbyn instead urged", "A Labour MP has accused".
 */
const TRAILING_ADVERBS = new Set(
  (
    'has had have also again instead then later previously yesterday today once still only just now ' +
    'vigorously repeatedly reportedly publicly privately firmly further finally earlier recently ' +
    'would will was is did does do always never even simply already'
  ).split(' '),
);
/** Where a subject noun phrase starts, walking back from its verb. */
const NP_BOUNDARY =
  /(?:[,;:(\u0001]|\s[-–—]\s|(?<![\p{L}])(?:that|and|but|because|while|whilst|whereas|after|before|as|when|if|although|though|who|which|what|where|so|with)(?![\p{L}]))/giu;
/** An anonymous speaker is a noun phrase: "one Labour MP", "A spokesman", "Sources in the Burnham camp". */
const ANONYMOUS_NP =
  /^(?:\p{Lu}|(?:a|an|the|one|some|two|three|several|many|most|another|other|his|her|their|its|our|sources|aides|allies|critics|supporters|officials|friends|colleagues|insiders|members)(?![\p{L}]))/u;
/** An aside between dashes closing the text before a verb: "Aaron Bastani – who … –". */
const DASH_ASIDE = /\s[-–—]\s(?:(?!\s[-–—]\s)[^\u0001])*?\s?[-–—]$/u;
/** An appositive between commas closing the text before a verb: "Mr Leslie, the MP for …,". */
const APPOSITIVE = /,\s*(?:the|a|an|who|which|whose|now|himself|herself)(?![\p{L}])[^,\u0001]*,$/iu;

/**
 * Words in a text, apostrophes not splitting them.
 * @example wordCount("I'm sorry, that's not so") // 5
 */
export function wordCount(text: string): number {
  return tokenize(text.replace(/['’]/g, '')).length;
}

/**
 * Who the noun phrase at [start, end) of paragraph `p` names: a registry mention ending it,
 * the person an anaphor refers to, or an anonymous speaker ("one Labour MP"); null when it
 * is none of these or holds quoted text, 'empty' when it is only space.
 */
export function resolvePhrase(
  reading: Reading,
  p: number,
  start: number,
  end: number,
  at: Position,
): Resolved | null | 'empty' {
  const raw = reading.paragraphs[p]!.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const npStart = start + lead;
  const npEnd = npStart + text.length;
  if (!text) return 'empty';
  const masked = reading.masked[p]!.slice(npStart, npEnd);
  if (text.includes(QUOTED) || masked.includes(QUOTED)) return null;
  const kind = anaphorOf(text);
  if (kind) {
    const subject = resolveAnaphor(reading, kind, at);
    return subject ? { subject, via: 'pronoun' } : null;
  }
  const mention = mentionEndingAt(reading, p, npStart, npEnd);
  if (mention) return { subject: { person: mention.person, text }, via: 'explicit' };
  if (wordCount(text) <= 8 && ANONYMOUS_NP.test(text)) {
    return { subject: { person: null, text }, via: 'explicit' };
  }
  return null;
}

/**
 * The noun phrase before a finite verb at `verbAt`, within its clause, skipping adverbs,
 * dash asides and comma appositives ("Aaron Bastani, who founded …, posted"), and who it
 * names.
 */
export function walkBack(
  reading: Reading,
  p: number,
  clauseStart: number,
  verbAt: number,
): Resolved | null | 'empty' {
  const m = reading.masked[p]!;
  const end = subjectEnd(m, clauseStart, verbAt);
  let start = clauseStart;
  for (const b of m.slice(clauseStart, end).matchAll(NP_BOUNDARY)) {
    start = clauseStart + b.index + b[0].length;
  }
  return resolvePhrase(reading, p, start, end, { p, at: start });
}

/**
 * Where the subject before a verb ends, once trailing space, adverbs, dash asides and
 * appositives are stripped one by one.
 * @example subjectEnd('Mr Corbyn instead urged', 0, 18) // 9
 */
export function subjectEnd(masked: string, clauseStart: number, verbAt: number): number {
  let end = verbAt;
  for (;;) {
    const kept = withoutTrailingAside(masked.slice(clauseStart, end));
    if (kept === null) return end;
    end = clauseStart + kept;
  }
}

/** The length of `left` without its last trailing space, adverb or aside; null if none. */
function withoutTrailingAside(left: string): number | null {
  const trimmed = left.replace(/\s+$/u, '');
  if (trimmed.length !== left.length) return trimmed.length;
  const lastWord = /([\p{L}]+)$/u.exec(trimmed);
  if (lastWord && TRAILING_ADVERBS.has(lastWord[1]!.toLowerCase()) && lastWord.index > 0) {
    return lastWord.index;
  }
  const dash = DASH_ASIDE.exec(trimmed);
  if (dash && dash.index > 0) return dash.index;
  const appositive = APPOSITIVE.exec(trimmed);
  if (appositive && appositive.index > 0) return appositive.index;
  return null;
}
