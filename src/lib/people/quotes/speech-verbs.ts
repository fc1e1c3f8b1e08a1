/** Decides which words are speech verbs, and which words around one tie it to a quotation. */
import type { Resolved } from './reading.ts';

/** A speech verb in a paragraph: "said", "told", or a participle such as "adding". */
export interface Verb {
  at: number;
  end: number;
  participle: boolean;
  /** Subject, resolved once the sentence is reached; null when unknown. */
  resolved?: Resolved | null;
}

/**
 * Finite speech verbs. Not "claims", "tweets", "notes", "states", "replies": as often nouns
 * ("amid claims") as verbs.
 */
const FINITE = (
  'said says say told tells tell added adds insisted insists insist claimed warned warns argued ' +
  'argues wrote writes tweeted posted stated declared urged urges accused accuses accuse admitted ' +
  'admits explained explains replied responded asked suggested suggests noted commented conceded ' +
  'continued maintained stressed complained demanded acknowledged announced reiterated reiterates ' +
  'confirmed revealed joked'
).split(' ');
/** Participles that attribute speech to the sentence's subject: "…, adding: ". */
const PARTICIPLE = (
  'saying adding telling insisting claiming warning arguing writing tweeting posting stating ' +
  'declaring urging accusing admitting explaining replying responding asking suggesting noting ' +
  'stressing complaining demanding reiterating confirming revealing joking'
).split(' ');
const VERB = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${[...FINITE, ...PARTICIPLE].join('|')})(?![\\p{L}\\p{N}'’-])`,
  'giu',
);
const PARTICIPLES = new Set(PARTICIPLE);

/** Adverbs that may stand between a verb and the quote it introduces: 'said yesterday ‘…’'. */
const ADJACENT_ADVERB =
  /^\s*(?:(?:yesterday|today|tonight|simply|bluntly|again|also|then|later|earlier|recently|previously|publicly|privately|repeatedly|last night)\s*)?,?\s*$/iu;
/** What may stand between a quote and the verb attributing it: '," he said', '" Mr X told'. */
const ADJACENT_SUBJECT =
  /^\s*[,.!?]?\s*(?!(?:and|but|or|then|so|to|as|which|who|that|amid|after|before|while)(?![\p{L}]))(?:[\p{L}’'-]+\s+){1,5}$/iu;
/** An inverted attribution right after the closing mark: '," said Mr Corbyn.' */
const INVERTED =
  /^\s*[,.!?]?\s*(?:said|says|added|adds|continued|insisted|wrote)\s+([^,.;:!?"“”‘’]{1,60}?)\s*(?:[,.;:!?]|$)/u;
/** '‘…’ as one put it'. */
const AS_PUT = /^\s*[,.!?]?\s*as\s+([^,.;:!?"“”‘’]{1,40}?)\s+put\s+it\b/u;

/**
 * The speech verbs of a paragraph whose quoted text is masked out, in order.
 * @example findVerbs('Mr Corbyn said, adding more')
 *   // [{ at: 10, end: 14, participle: false }, { at: 16, end: 22, participle: true }]
 */
export function findVerbs(masked: string): Verb[] {
  return [...masked.matchAll(VERB)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    participle: PARTICIPLES.has(m[0].toLowerCase()),
  }));
}

/**
 * Whether the text between a verb and the quotation after it ties the two: a colon
 * ('said: "'), or at most an adverb ("said yesterday ‘").
 * @example introducesQuote(' yesterday ') // true
 * @example introducesQuote(' the idea was ') // false
 */
export function introducesQuote(between: string): boolean {
  return /^[^.!?\u0001]{0,60}:\s*$/u.test(between) || ADJACENT_ADVERB.test(between);
}

/**
 * Whether the text between a closing mark and the verb after it ties the two: a few words
 * of subject and no clause opener ('," he said', '" Mr Corbyn told').
 * @example followsQuote(', he ') // true
 * @example followsQuote(' and then ') // false
 */
export function followsQuote(between: string): boolean {
  return ADJACENT_SUBJECT.test(between);
}

/**
 * The speaker's words in an attribution right after a closing mark, inverted ('," said Mr
 * Corbyn') or as "as X put it", with their offset in `after`; null when there is none.
 * @example speakerNamedAfter(', said Mr Corbyn.') // { start: 7, text: 'Mr Corbyn' }
 */
export function speakerNamedAfter(after: string): { start: number; text: string } | null {
  const np = INVERTED.exec(after) ?? AS_PUT.exec(after);
  if (!np) return null;
  return { start: np.index + np[0].indexOf(np[1]!), text: np[1]! };
}
