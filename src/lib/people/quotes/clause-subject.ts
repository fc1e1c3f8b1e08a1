/** Decides who a sentence's main clause, and each of its speech verbs, is about. */
import type { Sentence } from '../sentences.ts';
import { isCapitalised, tokenize } from '../tokens.ts';
import { leadingAnaphorOf, resolveAnaphor } from './anaphora.ts';
import { lowerBound } from './lower-bound.ts';
import { walkBack } from './noun-phrase.ts';
import {
  mentionJustBefore,
  skipSpace,
  startOf,
  verbsIn,
  type Head,
  type Reading,
  type Resolved,
} from './reading.ts';
import type { Verb } from './speech-verbs.ts';

/**
 * Words that may stand between a clause's start and the name heading it: "Labour's deputy
 * leader Tom Watson".
 */
const TITLE_WORDS = new Set(
  (
    'the a an former shadow chancellor secretary general deputy leader acting interim prime minister ' +
    'campaign chief chair chairman chairwoman spokesman spokeswoman contender candidate backbencher ' +
    'backbench prominent senior veteran mayor councillor home business culture health foreign justice ' +
    'education transport committee select founder co party s'
  ).split(' '),
);
/** Clause openers skipped before looking for a sentence's subject. */
const CONJUNCTION =
  /^(?:and|but|so|yet|or|meanwhile|however|instead|interestingly|indeed|still|now|then|also|moreover|separately|nevertheless)\b,?\s*/iu;
const INTRO =
  /^(?:in|on|at|after|before|following|pressed|asked|speaking|since|while|whilst|when|as|despite|during|with|without|under|over|from|earlier|last|having|if|although|though|because|unlike|amid|writing|responding|yesterday|today|previously|later|once|until|for)\b/iu;
/** "…, with X tweeting": the participle's subject is X, not the sentence's. */
const WITH_X = /(?:^|\s)with\s+$/iu;

/**
 * Text between two offsets may only hold title-like words: capitalised words, acronyms,
 * lowercase job words.
 * @example titleish("Labour's deputy leader ") // true
 * @example titleish('met with ') // false
 */
export function titleish(text: string): boolean {
  if (!/^[\p{L}\p{N}\s'’‐‑-]*$/u.test(text)) return false;
  return tokenize(text).every(
    (t) =>
      isCapitalised(t.text) || /^\p{Lu}+$/u.test(t.text) || TITLE_WORDS.has(t.text.toLowerCase()),
  );
}

/**
 * Where a sentence's main clause starts, past conjunctions and introductory phrases.
 * @example clauseStartOf('But in 2015, he said so', { start: 0, end: 23 }) // 13
 */
export function clauseStartOf(masked: string, sentence: Sentence): number {
  let s = sentence.start;
  for (;;) {
    const rest = masked.slice(s, sentence.end);
    const comma = rest.indexOf(',');
    if (INTRO.test(rest) && comma > 0) {
      s = skipSpace(masked, s + comma + 1);
      continue;
    }
    const conj = CONJUNCTION.exec(rest);
    if (conj && conj[0].length > 0) {
      s += conj[0].length;
      continue;
    }
    return s;
  }
}

/** The subject heading a sentence's main clause, found once per sentence. */
export function headOf(reading: Reading, p: number, sentence: Sentence): Head {
  const key = `${p}:${sentence.start}`;
  const known = reading.heads.get(key);
  if (known) return known;
  const clauseStart = clauseStartOf(reading.masked[p]!, sentence);
  const head = { clauseStart, resolved: headSubject(reading, p, sentence, clauseStart) };
  reading.heads.set(key, head);
  return head;
}

/** "He …" or "the MP …"; else a name after title words; else an anonymous verb subject. */
function headSubject(reading: Reading, p: number, sentence: Sentence, s: number): Resolved | null {
  const kind = leadingAnaphorOf(reading.paragraphs[p]!.slice(s, sentence.end));
  if (kind) {
    const subject = resolveAnaphor(reading, kind, { p, at: s });
    return subject ? { subject, via: 'pronoun' } : null;
  }
  return namedHead(reading, p, sentence, s) ?? anonymousHead(reading, p, sentence, s);
}

/** The first person named in the clause after title-like words only, possessives skipped. */
function namedHead(reading: Reading, p: number, sentence: Sentence, s: number): Resolved | null {
  const text = reading.paragraphs[p]!;
  const list = reading.outside[p]!;
  let cursor = s;
  for (let i = lowerBound(list, s, startOf); i < list.length; i++) {
    const m = list[i]!;
    if (m.start >= sentence.end) break;
    if (m.start < cursor) continue;
    if (!titleish(text.slice(cursor, m.start))) break;
    if (m.possessive || m.kind === 'camp') {
      cursor = m.end;
      continue;
    }
    return { subject: { person: m.person, text: text.slice(s, m.end) }, via: 'explicit' };
  }
  return null;
}

/** The anonymous subject ("A spokesman") of the clause's first finite speech verb. */
function anonymousHead(
  reading: Reading,
  p: number,
  sentence: Sentence,
  s: number,
): Resolved | null {
  for (const verb of verbsIn(reading, p, s, sentence.end)) {
    if (verb.participle) continue;
    const r = walkBack(reading, p, s, verb.at);
    return r && r !== 'empty' && r.subject.person === null ? r : null;
  }
  return null;
}

/**
 * Who a speech verb's subject is, found once per verb: a finite verb's is the noun phrase
 * before it (else the clause's head); a participle's is X in "with X tweeting", else the
 * clause's head.
 */
export function resolveVerb(
  reading: Reading,
  p: number,
  sentence: Sentence,
  verb: Verb,
): Resolved | null {
  if (verb.resolved !== undefined) return verb.resolved;
  const head = headOf(reading, p, sentence);
  let resolved: Resolved | null;
  if (verb.participle) resolved = participleSubject(reading, p, verb) ?? head.resolved;
  else {
    const from = head.clauseStart <= verb.at ? head.clauseStart : sentence.start;
    const r = walkBack(reading, p, from, verb.at);
    resolved = r === 'empty' ? head.resolved : r;
  }
  verb.resolved = resolved;
  return resolved;
}

/** X in "with X tweeting": the mention right before a participle, after "with". */
function participleSubject(reading: Reading, p: number, verb: Verb): Resolved | undefined {
  const subject = mentionJustBefore(reading, p, verb.at);
  if (!subject) return undefined;
  const lead = reading.paragraphs[p]!.slice(Math.max(0, subject.start - 6), subject.start);
  if (!WITH_X.test(lead)) return undefined;
  return { subject: { person: subject.person, text: subject.text }, via: 'explicit' };
}
