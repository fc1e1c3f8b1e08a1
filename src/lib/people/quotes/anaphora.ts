/** Decides who "he", "she" and "the MP" refer to: the latest fitting subject, if unambiguous. */
import { genderOf } from '../gender.ts';
import { seatOnDate } from '../on-date.ts';
import { lowerBound } from './lower-bound.ts';
import {
  before,
  startOf,
  type Event,
  type Position,
  type Reading,
  type Subject,
} from './reading.ts';

/** What an anaphor asks for: a man, a woman, or someone who was an MP on the date. */
export type AnaphorKind = 'm' | 'f' | 'mp';

const PRONOUN = /^(he|she)$/iu;
const THE_MP = /^the MP$/u;
const LEADING_PRONOUN = /^(he|she)(?![\p{L}])/iu;
const LEADING_THE_MP = /^the MP(?![\p{L}])/u;

const kindOfPronoun = (pronoun: string): AnaphorKind =>
  pronoun.toLowerCase() === 'he' ? 'm' : 'f';

/**
 * The anaphor a whole noun phrase is, if it is one.
 * @example anaphorOf('She') // 'f'
 * @example anaphorOf('the MP') // 'mp'
 * @example anaphorOf('Mr Corbyn') // null
 */
export function anaphorOf(phrase: string): AnaphorKind | null {
  const pronoun = PRONOUN.exec(phrase);
  if (pronoun) return kindOfPronoun(pronoun[1]!);
  return THE_MP.test(phrase) ? 'mp' : null;
}

/**
 * The anaphor a clause opens with, if any.
 * @example leadingAnaphorOf('he said the vote was fair') // 'm'
 * @example leadingAnaphorOf('the MPs voted') // null
 */
export function leadingAnaphorOf(clause: string): AnaphorKind | null {
  const pronoun = LEADING_PRONOUN.exec(clause);
  if (pronoun) return kindOfPronoun(pronoun[1]!);
  return LEADING_THE_MP.test(clause) ? 'mp' : null;
}

/**
 * The subject an anaphor at `at` refers to: the most recent subject met in this paragraph
 * or the one before that fits it (by gender, or by holding a seat on the article's date),
 * skipping people who do not fit; null when an anonymous subject that does not fit comes
 * first, or when another fitting person is named in between.
 */
export function resolveAnaphor(reading: Reading, kind: AnaphorKind, at: Position): Subject | null {
  const windowStart = at.p - 1;
  const { events } = reading;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (!before(event, at)) continue;
    if (event.p < windowStart) break;
    const named = event.subject.person;
    const person = named ? reading.matcher.people.get(named) : undefined;
    const fits = person
      ? kind === 'mp'
        ? seatOnDate(person, reading.date).some((s) => s.certain)
        : genderOf(person) === kind
      : kind !== 'mp' || /\bMPs?\b/u.test(event.subject.text);
    if (!fits) {
      if (person) continue;
      return null;
    }
    return namedBetween(reading, kind, event, at) ? null : event.subject;
  }
  return null;
}

/** Whether another person who fits `kind` is named after `event` and before `at`. */
function namedBetween(reading: Reading, kind: AnaphorKind, event: Event, at: Position): boolean {
  for (let p = event.p; p <= at.p; p++) {
    const list = reading.outside[p]!;
    const from = p === event.p ? lowerBound(list, event.at + 1, startOf) : 0;
    for (let i = from; i < list.length && (p < at.p || list[i]!.start < at.at); i++) {
      const m = list[i]!;
      const pos = { p, at: m.start };
      if (!before(event, pos) || !before(pos, at) || m.person === event.subject.person) continue;
      const other = reading.matcher.people.get(m.person);
      if (other && (kind === 'mp' || genderOf(other) === kind)) return true;
    }
  }
  return false;
}
