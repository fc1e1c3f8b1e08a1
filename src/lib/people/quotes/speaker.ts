/** Decides who a quotation is attributed to: the attributions around it, and which one wins. */
import { resolveVerb } from './clause-subject.ts';
import type { Attribution } from './find-quotes.ts';
import { resolvePhrase } from './noun-phrase.ts';
import {
  lastVerbIn,
  sentenceAt,
  verbsIn,
  type Reading,
  type Resolved,
  type Subject,
} from './reading.ts';
import type { QuotePart } from './spans.ts';
import { followsQuote, introducesQuote, speakerNamedAfter } from './speech-verbs.ts';

/** An attributing verb's subject, and whether the verb sits right next to the quotation. */
export interface Candidate {
  resolved: Resolved | null;
  adjacent: boolean;
}

/** Who speaks a quotation, and how that was found. */
export interface Speaker {
  subject: Subject | null;
  attribution: Attribution;
}

/**
 * The attribution before a quotation: the nearest speech verb before it in its sentence,
 * or, for a quotation opening its paragraph after one ending in a colon, the last verb of
 * that paragraph ("… he said:" / "“…”"). Null when there is no verb.
 */
export function attributionBefore(
  reading: Reading,
  first: QuotePart,
  afterColon: boolean,
): Candidate | null {
  const p = first.paragraph;
  if (afterColon) {
    const sentence = reading.sentences[p - 1]!.at(-1);
    const verb = sentence && lastVerbIn(reading, p - 1, sentence.start, sentence.end);
    if (!sentence || !verb) return null;
    return { resolved: resolveVerb(reading, p - 1, sentence, verb), adjacent: true };
  }
  const sentence = sentenceAt(reading, p, first.open);
  const verb = lastVerbIn(reading, p, sentence.start, first.open);
  if (!verb) return null;
  const resolved = resolveVerb(reading, p, sentence, verb);
  return { resolved, adjacent: introducesQuote(reading.masked[p]!.slice(verb.end, first.open)) };
}

/**
 * The attribution after a quotation's closing mark: an inverted one right after it
 * ('," said Mr Corbyn', 'as one put it'), else the next speech verb in the sentence,
 * adjacent when only its subject stands between ('," he said'). Null when there is none.
 */
export function attributionAfter(reading: Reading, last: QuotePart): Candidate | null {
  if (!last.closed) return null;
  const p = last.paragraph;
  const sentence = sentenceAt(reading, p, last.close);
  const from = last.close + 1;
  const named = speakerNamedAfter(reading.paragraphs[p]!.slice(from, sentence.end));
  if (named) {
    const start = from + named.start;
    const r = resolvePhrase(reading, p, start, start + named.text.length, { p, at: start });
    return { resolved: r === 'empty' ? null : r, adjacent: true };
  }
  const verb = verbsIn(reading, p, from, sentence.end).next().value;
  if (!verb) return null;
  const resolved = resolveVerb(reading, p, sentence, verb);
  return { resolved, adjacent: followsQuote(reading.masked[p]!.slice(from, verb.at)) };
}

/**
 * The speaker of a quotation from the attributions around it: an adjacent one after it,
 * else the one before, else a later verb in the sentence; a named attribution wins over a
 * pronoun naming the same person, and two naming different people leave it unsure. With
 * no attribution, a quotation opening paragraph `continues` carries on the speaker of the
 * last quotation in the paragraph before (`continues` is null when it cannot).
 */
export function speakerOf(
  reading: Reading,
  before: Candidate | null,
  after: Candidate | null,
  continues: number | null,
): Speaker {
  if (before || after) {
    const chosen = choose([
      after?.adjacent ? after.resolved : undefined,
      before ? before.resolved : undefined,
      after && !after.adjacent ? after.resolved : undefined,
    ]);
    return chosen ? { subject: chosen.subject, attribution: chosen.via } : NO_SPEAKER;
  }
  if (continues !== null && reading.lastQuoteSubject.has(continues - 1)) {
    const carried = reading.lastQuoteSubject.get(continues - 1);
    if (carried) return { subject: carried, attribution: 'continuation' };
  }
  return NO_SPEAKER;
}

const NO_SPEAKER: Speaker = { subject: null, attribution: 'none' };

/**
 * The first attribution found, in order of preference (undefined: not found), or the named
 * one agreeing with it; null when none resolved or two name different people.
 * @example choose([undefined, { subject: { person: 'a', text: 'he' }, via: 'pronoun' }])
 *   // that one
 */
export function choose(candidates: readonly (Resolved | null | undefined)[]): Resolved | null {
  const first = candidates.find((c) => c !== undefined) ?? null;
  // Prefer a named attribution to a pronoun that agrees with it.
  const named = candidates.find(
    (c) => c?.via === 'explicit' && c.subject.person && c.subject.person === first?.subject.person,
  );
  const people = new Set(candidates.filter((c) => c?.subject.person).map((c) => c!.subject.person));
  if (people.size > 1) return null; // two attributions naming different people: unsure
  return named ?? first;
}
