/** Holds an article as the quote rules read it: indexed once, and what was met so far. */
import type { Matcher } from '../matcher.ts';
import type { ArticleText, Mention } from '../mentions.ts';
import { splitSentences, type Sentence } from '../sentences.ts';
import { lowerBound } from './lower-bound.ts';
import { findQuoteSpans, quotedRanges, type QuoteChain } from './spans.ts';
import { findVerbs, type Verb } from './speech-verbs.ts';

/** A character offset in a 0-based paragraph. */
export interface Position {
  p: number;
  at: number;
}

/** Who a clause is about: a registry person, or an anonymous speaker with its words. */
export interface Subject {
  person: string | null;
  text: string;
}

/** A subject, and whether it was named there (`explicit`) or reached through "he"/"she". */
export interface Resolved {
  subject: Subject;
  via: 'explicit' | 'pronoun';
}

/** A subject met while reading, where it was met: what "he", "she" and "the MP" look back to. */
export interface Event extends Position {
  subject: Subject;
}

/** Where a sentence's main clause starts and who heads it. */
export interface Head {
  clauseStart: number;
  resolved: Resolved | null;
}

/**
 * An article as the quote rules read it. The indexes are built once; `events`, `heads` and
 * `lastQuoteSubject` grow as the reading goes on, sentence by sentence.
 */
export interface Reading {
  matcher: Matcher;
  date: string;
  paragraphs: readonly string[];
  /** Each paragraph with its quoted characters (marks included) replaced by `QUOTED`. */
  masked: string[];
  sentences: Sentence[][];
  /** Per paragraph, the mentions outside quotation marks, by start offset. */
  outside: Mention[][];
  /** Per paragraph, the positions in `outside` of the mentions ending at each offset. */
  endingAt: Map<number, number[]>[];
  verbs: Verb[][];
  /** The quotations each sentence closes, in the order they were found. */
  chainsClosedIn: Map<Sentence, QuoteChain[]>;
  events: Event[];
  heads: Map<string, Head>;
  /** Per paragraph, the subject of its last quotation (null: it had none). */
  lastQuoteSubject: Map<number, Subject | null>;
}

/** Stands for a quoted character in `Reading.masked`. */
export const QUOTED = '\u0001';
const SPACE = /\s/u;
export const atOf = (v: { at: number }) => v.at;
export const startOf = (v: { start: number }) => v.start;

/** Offset of the first non-space character at or after `at`. */
export function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

/** Whether position `a` comes before position `b`. */
export function before(a: Position, b: Position): boolean {
  return a.p < b.p || (a.p === b.p && a.at < b.at);
}

/**
 * Indexes an article for the quote rules: quotations, masked text, sentences, the mentions
 * outside quotes and the speech verbs, each found once.
 * @example readArticle(matcher, article, findMentions(matcher, article)).sentences[0]
 *   // [{ start: 0, end: 42 }, …]
 */
export function readArticle(
  matcher: Matcher,
  article: ArticleText,
  mentions: readonly Mention[],
  spans?: { chains: QuoteChain[]; quoted: [number, number][][] },
): Reading {
  const { paragraphs, date } = article;
  const chains = spans?.chains ?? findQuoteSpans(paragraphs);
  const quoted = spans?.quoted ?? quotedRanges(chains, paragraphs.length);
  const masked = paragraphs.map((text, p) => maskQuoted(text, quoted[p]!));
  const outside = mentionsOutsideQuotes(mentions, paragraphs.length);
  const reading: Reading = {
    matcher,
    date,
    paragraphs,
    masked,
    sentences: paragraphs.map((text, p) => splitSentences(text, quoted[p]!)),
    outside,
    endingAt: outside.map(positionsByEnd),
    verbs: masked.map(findVerbs),
    chainsClosedIn: new Map(),
    events: [],
    heads: new Map(),
    lastQuoteSubject: new Map(),
  };
  indexChainsBySentence(reading, chains);
  return reading;
}

/** The text with its quoted ranges' UTF-16 units replaced by QUOTED, built from slices. */
function maskQuoted(text: string, ranges: readonly [number, number][]): string {
  let masked = '';
  let at = 0;
  for (const [a, b] of ranges) {
    const end = Math.min(b, text.length);
    if (end <= a) continue;
    if (a < at) return maskOverlapping(text, ranges);
    masked += text.slice(at, a) + QUOTED.repeat(end - a);
    at = end;
  }
  return at === 0 ? text : masked + text.slice(at);
}

/** maskQuoted for ranges out of order or overlapping, which findQuoteSpans does not give. */
function maskOverlapping(text: string, ranges: readonly [number, number][]): string {
  const units = text.split('');
  for (const [a, b] of ranges) units.fill(QUOTED, a, Math.min(b, text.length));
  return units.join('');
}

function mentionsOutsideQuotes(mentions: readonly Mention[], count: number): Mention[][] {
  const outside: Mention[][] = Array.from({ length: count }, () => []);
  for (const m of mentions) if (!m.inQuote) outside[m.paragraph - 1]?.push(m);
  for (const list of outside) list.sort((a, b) => a.start - b.start);
  return outside;
}

function positionsByEnd(list: readonly Mention[]): Map<number, number[]> {
  const byEnd = new Map<number, number[]>();
  list.forEach((m, i) => byEnd.set(m.end, [...(byEnd.get(m.end) ?? []), i]));
  return byEnd;
}

/** The chains each sentence closes, found once (not by scanning every chain per sentence). */
function indexChainsBySentence(reading: Reading, chains: readonly QuoteChain[]): void {
  const chainsEndingIn: QuoteChain[][] = reading.paragraphs.map(() => []);
  for (const chain of chains) chainsEndingIn[chain.parts.at(-1)!.paragraph]!.push(chain);
  for (const list of chainsEndingIn) {
    for (const chain of list) {
      const last = chain.parts.at(-1)!;
      const sentence = sentenceAt(reading, last.paragraph, last.close);
      const closed = reading.chainsClosedIn.get(sentence) ?? [];
      reading.chainsClosedIn.set(sentence, [...closed, chain]);
    }
  }
}

/** The sentence of paragraph `p` holding offset `at` (the last one past the end). */
export function sentenceAt(reading: Reading, p: number, at: number): Sentence {
  const list = reading.sentences[p]!;
  const candidate = list[lowerBound(list, at + 1, startOf) - 1];
  if (candidate && at < candidate.end) return candidate;
  return list.at(-1) ?? { start: 0, end: reading.paragraphs[p]!.length };
}

/** Verbs of paragraph `p` at offsets in [from, to), in order. */
export function* verbsIn(reading: Reading, p: number, from: number, to: number): Generator<Verb> {
  const list = reading.verbs[p]!;
  for (let i = lowerBound(list, from, atOf); i < list.length && list[i]!.at < to; i++) {
    yield list[i]!;
  }
}

/** The last verb of paragraph `p` at an offset in [from, to). */
export function lastVerbIn(
  reading: Reading,
  p: number,
  from: number,
  to: number,
): Verb | undefined {
  const list = reading.verbs[p]!;
  const verb = list[lowerBound(list, to, atOf) - 1];
  return verb && verb.at >= from ? verb : undefined;
}

/** A mention in [start, end) of paragraph `p` ending at `end`, not possessive, not a camp. */
export function mentionEndingAt(
  reading: Reading,
  p: number,
  start: number,
  end: number,
): Mention | undefined {
  const list = reading.outside[p]!;
  for (let i = lowerBound(list, start, startOf); i < list.length && list[i]!.start < end; i++) {
    const m = list[i]!;
    if (m.end === end && !m.possessive && m.kind !== 'camp') return m;
  }
  return undefined;
}

/** The first mention (in order) separated from `at` by whitespace only, not possessive. */
export function mentionJustBefore(reading: Reading, p: number, at: number): Mention | undefined {
  const text = reading.paragraphs[p]!;
  const list = reading.outside[p]!;
  let first = Infinity;
  for (let end = at - 1; end >= 0 && SPACE.test(text[end]!); end--) {
    for (const i of reading.endingAt[p]!.get(end) ?? []) {
      if (i < first && !list[i]!.possessive) first = i;
    }
  }
  return list[first];
}
