import { genderOf } from './gender.ts';
import type { Matcher } from './matcher.ts';
import type { Article, Mention } from './mentions.ts';
import { seatOnDate } from './on-date.ts';
import { findQuoteSpans, quotedRanges, type QuoteChain } from './quote-spans.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { isCapitalised, tokenize } from './tokens.ts';

/**
 * How the speaker was found: named at the quote (`explicit`), through "he"/"she"/"the
 * MP" (`pronoun`), as the speaker of the quote in the paragraph before, which this
 * quote-only paragraph carries on (`continuation`), or not at all (`none`).
 */
export type Attribution = 'explicit' | 'pronoun' | 'continuation' | 'none';

export interface Quote {
  /** The registry person speaking, or null: anonymous ("one Labour MP"), unknown or unsure. */
  speaker: string | null;
  /** The article's words for the speaker ("Mr McDonnell", "one Labour MP"); '' when none. */
  speakerText: string;
  /** 1-based paragraph where the quote opens. */
  paragraph: number;
  /** 1-based paragraph where it closes (later than `paragraph` for a quote that runs on). */
  lastParagraph: number;
  /** The quoted words, without the marks; paragraphs of a running quote joined by "\n". */
  text: string;
  attribution: Attribution;
}

/** Who a clause is about: a registry person, or an anonymous speaker with its words. */
interface Subject {
  person: string | null;
  text: string;
}

interface Position {
  p: number;
  at: number;
}

interface Event extends Position {
  subject: Subject;
}

interface Resolved {
  subject: Subject;
  via: 'explicit' | 'pronoun';
}

interface Verb {
  at: number;
  end: number;
  participle: boolean;
  /** Subject, resolved once the sentence is reached; null when unknown. */
  resolved?: Resolved | null;
}

/** Finite speech verbs. Not "claims", "tweets", "notes", "states", "replies": as often nouns ("amid claims") as verbs. */
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
const VERB = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${[...FINITE, ...PARTICIPLE].join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
const PARTICIPLES = new Set(PARTICIPLE);

/** Words that may stand between a clause's start and the name heading it: "Labour's deputy leader Tom Watson". */
const TITLE_WORDS = new Set(
  (
    'the a an former shadow chancellor secretary general deputy leader acting interim prime minister ' +
    'campaign chief chair chairman chairwoman spokesman spokeswoman contender candidate backbencher ' +
    'backbench prominent senior veteran mayor councillor home business culture health foreign justice ' +
    'education transport committee select founder co party s'
  ).split(' '),
);
/** Words a subject may trail before its verb: "Mr Corbyn instead urged", "A Labour MP has accused". */
const TRAILING_ADVERBS = new Set(
  (
    'has had have also again instead then later previously yesterday today once still only just now ' +
    'vigorously repeatedly reportedly publicly privately firmly further finally earlier recently ' +
    'would will was is did does do always never even simply already'
  ).split(' '),
);
/** Clause openers skipped before looking for a sentence's subject. */
const CONJUNCTION =
  /^(?:and|but|so|yet|or|meanwhile|however|instead|interestingly|indeed|still|now|then|also|moreover|separately|nevertheless)\b,?\s*/iu;
const INTRO =
  /^(?:in|on|at|after|before|following|pressed|asked|speaking|since|while|whilst|when|as|despite|during|with|without|under|over|from|earlier|last|having|if|although|though|because|unlike|amid|writing|responding|yesterday|today|previously|later|once|until|for)\b/iu;
/** Where a subject noun phrase starts, walking back from its verb. */
const NP_BOUNDARY =
  /(?:[,;:(\u0001]|\s[-–—]\s|(?<![\p{L}])(?:that|and|but|because|while|whilst|whereas|after|before|as|when|if|although|though|who|which|what|where|so|with)(?![\p{L}]))/giu;
const PRONOUN = /^(he|she)$/iu;
/** An anonymous speaker is a noun phrase: "one Labour MP", "A spokesman", "Sources in the Burnham camp". */
const ANONYMOUS_NP =
  /^(?:\p{Lu}|(?:a|an|the|one|some|two|three|several|many|most|another|other|his|her|their|its|our|sources|aides|allies|critics|supporters|officials|friends|colleagues|insiders|members)(?![\p{L}]))/u;
/** Adverbs that may stand between a verb and the quote it introduces: 'said yesterday ‘…’'. */
const ADJACENT_ADVERB =
  /^\s*(?:(?:yesterday|today|tonight|simply|bluntly|again|also|then|later|earlier|recently|previously|publicly|privately|repeatedly|last night)\s*)?,?\s*$/iu;
/** What may stand between a quote and the verb attributing it: '," he said', '" Mr X told'. */
const ADJACENT_SUBJECT =
  /^\s*[,.!?]?\s*(?!(?:and|but|or|then|so|to|as|which|who|that|amid|after|before|while)(?![\p{L}]))(?:[\p{L}’'-]+\s+){1,5}$/iu;
const THE_MP = /^the MP$/u;

const QUOTED = '\u0001';

function words(text: string): number {
  return tokenize(text.replace(/['’]/g, '')).length;
}

/**
 * The index of the first item whose key is at least `value`, in items sorted by key: the
 * lookups below are binary searches, so a long paragraph costs its length, not its square.
 * @example lowerBound([{ at: 1 }, { at: 5 }], 3, (v) => v.at) // 1
 */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const atOf = (v: { at: number }) => v.at;
const startOf = (v: { start: number }) => v.start;
const SPACE = /\s/u;

/** Offset of the first non-space character at or after `at`. */
function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

function before(a: Position, b: Position): boolean {
  return a.p < b.p || (a.p === b.p && a.at < b.at);
}

/** Text between two offsets may only hold title-like words: capitalised words, acronyms, lowercase job words. */
function titleish(text: string): boolean {
  if (!/^[\p{L}\p{N}\s'’‐‑-]*$/u.test(text)) return false;
  return tokenize(text).every(
    (t) => isCapitalised(t.text) || /^\p{Lu}+$/u.test(t.text) || TITLE_WORDS.has(t.text.toLowerCase()),
  );
}

/**
 * Direct quotations in an article with their speakers, in order.
 *
 * A quotation is kept when it is a clause of five words or more, when an attribution
 * sits right next to it (`said: "…"`, `"…," he said`, `‘…’ as one put it`), or when it is
 * four words or more, ends its sentence and the sentence attributes it; shorter
 * fragments and scare quotes (“infiltrated”, "breakaway party") are not quotations.
 *
 * The speaker is the subject of the attributing verb: the verb nearest before the quote
 * in its sentence, else the one right after it, else any later in the sentence. A
 * finite verb's subject is the noun phrase just before it, skipping asides between
 * dashes or commas ("Aaron Bastani, who founded …, posted"); a participle ("…, adding:")
 * takes the sentence's subject, or X in "with X tweeting". A subject that is a registry
 * mention gives the speaker; "he"/"she" take the most recent subject of matching gender
 * in this or the previous paragraph, and "the MP" the most recent subject who was an MP
 * on the date, but only if no other person of that gender was named in between; any
 * other noun phrase ("one Labour MP", "A spokesman") is an anonymous speaker. A
 * paragraph that is only a quotation carries on the speaker of the quote in the
 * paragraph before. When two attributions disagree, or anything is unsure, the speaker
 * is null.
 * @example findQuotes(matcher, article, findMentions(matcher, article))
 *   // [{ speaker: 'john-mcdonnell', speakerText: 'Mr McDonnell', paragraph: 6, lastParagraph: 7, text: "I'm sorry, …", attribution: 'explicit' }, …]
 */
export function findQuotes(matcher: Matcher, article: Article, mentions: readonly Mention[]): Quote[] {
  const { paragraphs, date } = article;
  const chains = findQuoteSpans(paragraphs);
  const quoted = quotedRanges(chains, paragraphs.length);
  const masked = paragraphs.map((text, p) => {
    const units = text.split('');
    for (const [a, b] of quoted[p]!) units.fill(QUOTED, a, Math.min(b, text.length));
    return units.join('');
  });
  const sentences = paragraphs.map((text, p) => splitSentences(text, quoted[p]!));
  const outside: Mention[][] = paragraphs.map(() => []);
  for (const m of mentions) if (!m.inQuote) outside[m.paragraph - 1]?.push(m);
  for (const list of outside) list.sort((a, b) => a.start - b.start);
  /** Per paragraph, the positions in `outside` of the mentions ending at each offset. */
  const endingAt = outside.map((list) => {
    const byEnd = new Map<number, number[]>();
    list.forEach((m, i) => byEnd.set(m.end, [...(byEnd.get(m.end) ?? []), i]));
    return byEnd;
  });
  const chainsEndingIn: QuoteChain[][] = paragraphs.map(() => []);
  for (const chain of chains) chainsEndingIn[chain.parts.at(-1)!.paragraph]!.push(chain);
  const verbs = paragraphs.map((_, p) =>
    [...masked[p]!.matchAll(VERB)].map((m): Verb => ({
      at: m.index,
      end: m.index + m[0].length,
      participle: PARTICIPLES.has(m[0].toLowerCase()),
    })),
  );
  const heads = new Map<string, { clauseStart: number; resolved: Resolved | null }>();
  const events: Event[] = [];
  const lastQuoteSubject = new Map<number, Subject | null>();
  const quotes: Quote[] = [];

  const sentenceAt = (p: number, at: number): Sentence => {
    const list = sentences[p]!;
    const candidate = list[lowerBound(list, at + 1, startOf) - 1];
    if (candidate && at < candidate.end) return candidate;
    return list.at(-1) ?? { start: 0, end: paragraphs[p]!.length };
  };
  /** The chains each sentence closes, found once (not by scanning every chain per sentence). */
  const chainsClosedIn = new Map<Sentence, QuoteChain[]>();
  for (const list of chainsEndingIn) {
    for (const chain of list) {
      const last = chain.parts.at(-1)!;
      const sentence = sentenceAt(last.paragraph, last.close);
      chainsClosedIn.set(sentence, [...(chainsClosedIn.get(sentence) ?? []), chain]);
    }
  }
  /** Verbs of paragraph `p` at offsets in [from, to), in order. */
  function* verbsIn(p: number, from: number, to: number): Generator<Verb> {
    const list = verbs[p]!;
    for (let i = lowerBound(list, from, atOf); i < list.length && list[i]!.at < to; i++) yield list[i]!;
  }
  /** The last verb of paragraph `p` at an offset in [from, to). */
  const lastVerbIn = (p: number, from: number, to: number): Verb | undefined => {
    const verb = verbs[p]![lowerBound(verbs[p]!, to, atOf) - 1];
    return verb && verb.at >= from ? verb : undefined;
  };

  const mentionEndingAt = (p: number, start: number, end: number): Mention | undefined => {
    const list = outside[p]!;
    for (let i = lowerBound(list, start, startOf); i < list.length && list[i]!.start < end; i++) {
      const m = list[i]!;
      if (m.end === end && !m.possessive && m.kind !== 'camp') return m;
    }
    return undefined;
  };

  /** The first mention (in order) separated from `at` by whitespace only, not possessive. */
  const mentionJustBefore = (p: number, at: number): Mention | undefined => {
    const text = paragraphs[p]!;
    let first = Infinity;
    for (let end = at - 1; end >= 0 && SPACE.test(text[end]!); end--) {
      for (const i of endingAt[p]!.get(end) ?? []) if (i < first && !outside[p]![i]!.possessive) first = i;
    }
    return outside[p]![first];
  };

  /** "he"/"she"/"the MP" → the most recent compatible subject, if nothing muddies it. */
  const resolveAnaphor = (kind: 'm' | 'f' | 'mp', at: Position): Subject | null => {
    const windowStart = at.p - 1;
    for (let i = events.length - 1; i >= 0; i--) {
      const event = events[i]!;
      if (!before(event, at)) continue;
      if (event.p < windowStart) break;
      const person = event.subject.person ? matcher.people.get(event.subject.person) : undefined;
      const fits = person
        ? kind === 'mp'
          ? seatOnDate(person, date).some((s) => s.certain)
          : genderOf(person) === kind
        : kind !== 'mp' || /\bMPs?\b/u.test(event.subject.text);
      if (!fits) {
        if (person) continue;
        return null;
      }
      // Another person of the same gender named in between makes the pronoun ambiguous.
      for (let p = event.p; p <= at.p; p++) {
        const list = outside[p]!;
        const from = p === event.p ? lowerBound(list, event.at + 1, startOf) : 0;
        for (let i = from; i < list.length && (p < at.p || list[i]!.start < at.at); i++) {
          const m = list[i]!;
          const pos = { p, at: m.start };
          if (!before(event, pos) || !before(pos, at) || m.person === event.subject.person) continue;
          const other = matcher.people.get(m.person);
          if (other && (kind === 'mp' || genderOf(other) === kind)) return null;
        }
      }
      return event.subject;
    }
    return null;
  };

  /** A noun phrase naming a speaker → who it is. */
  const resolvePhrase = (p: number, start: number, end: number, at: Position): Resolved | null | 'empty' => {
    const raw = paragraphs[p]!.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const npStart = start + lead;
    const npEnd = npStart + text.length;
    if (!text) return 'empty';
    if (text.includes(QUOTED) || masked[p]!.slice(npStart, npEnd).includes(QUOTED)) return null;
    const pronoun = PRONOUN.exec(text);
    if (pronoun || THE_MP.test(text)) {
      const kind = pronoun ? (pronoun[1]!.toLowerCase() === 'he' ? 'm' : 'f') : 'mp';
      const subject = resolveAnaphor(kind, at);
      return subject ? { subject, via: 'pronoun' } : null;
    }
    const mention = mentionEndingAt(p, npStart, npEnd);
    if (mention) return { subject: { person: mention.person, text }, via: 'explicit' };
    if (words(text) <= 8 && ANONYMOUS_NP.test(text)) return { subject: { person: null, text }, via: 'explicit' };
    return null;
  };

  /** The noun phrase before a finite verb, skipping adverbs, dash asides and comma appositives. */
  const walkBack = (p: number, clauseStart: number, verbAt: number): Resolved | null | 'empty' => {
    const m = masked[p]!;
    let end = verbAt;
    for (let changed = true; changed;) {
      changed = false;
      const left = m.slice(clauseStart, end);
      const trimmed = left.replace(/\s+$/u, '');
      if (trimmed.length !== left.length) {
        end = clauseStart + trimmed.length;
        changed = true;
        continue;
      }
      const lastWord = /([\p{L}]+)$/u.exec(trimmed);
      if (lastWord && TRAILING_ADVERBS.has(lastWord[1]!.toLowerCase()) && lastWord.index > 0) {
        end = clauseStart + lastWord.index;
        changed = true;
        continue;
      }
      const dash = /\s[-–—]\s(?:(?!\s[-–—]\s)[^\u0001])*?\s?[-–—]$/u.exec(trimmed);
      if (dash && dash.index > 0) {
        end = clauseStart + dash.index;
        changed = true;
        continue;
      }
      const appositive = /,\s*(?:the|a|an|who|which|whose|now|himself|herself)(?![\p{L}])[^,\u0001]*,$/iu.exec(trimmed);
      if (appositive && appositive.index > 0) {
        end = clauseStart + appositive.index;
        changed = true;
      }
    }
    let start = clauseStart;
    for (const b of m.slice(clauseStart, end).matchAll(NP_BOUNDARY)) start = clauseStart + b.index + b[0].length;
    return resolvePhrase(p, start, end, { p, at: start });
  };

  /** Where a sentence's main clause starts, past conjunctions and introductory phrases. */
  const clauseStartOf = (p: number, sentence: Sentence): number => {
    const m = masked[p]!;
    let s = sentence.start;
    for (;;) {
      const rest = m.slice(s, sentence.end);
      const comma = rest.indexOf(',');
      if (INTRO.test(rest) && comma > 0) {
        s = skipSpace(m, s + comma + 1);
        continue;
      }
      const conj = CONJUNCTION.exec(rest);
      if (conj && conj[0].length > 0) {
        s += conj[0].length;
        continue;
      }
      return s;
    }
  };

  /** The subject heading a sentence's main clause. */
  const headOf = (p: number, sentence: Sentence): { clauseStart: number; resolved: Resolved | null } => {
    const key = `${p}:${sentence.start}`;
    const known = heads.get(key);
    if (known) return known;
    const text = paragraphs[p]!;
    const s = clauseStartOf(p, sentence);
    const rest = text.slice(s, sentence.end);
    let resolved: Resolved | null = null;
    const pronoun = /^(he|she)(?![\p{L}])/iu.exec(rest);
    if (pronoun || /^the MP(?![\p{L}])/u.test(rest)) {
      const kind = pronoun ? (pronoun[1]!.toLowerCase() === 'he' ? 'm' : 'f') : 'mp';
      const subject = resolveAnaphor(kind, { p, at: s });
      resolved = subject ? { subject, via: 'pronoun' } : null;
    } else {
      let cursor = s;
      const list = outside[p]!;
      for (let i = lowerBound(list, s, startOf); i < list.length && list[i]!.start < sentence.end; i++) {
        const m = list[i]!;
        if (m.start < cursor) continue;
        if (!titleish(text.slice(cursor, m.start))) break;
        if (m.possessive || m.kind === 'camp') {
          cursor = m.end;
          continue;
        }
        resolved = { subject: { person: m.person, text: text.slice(s, m.end) }, via: 'explicit' };
        break;
      }
      if (!resolved) {
        let verb: Verb | undefined;
        for (const v of verbsIn(p, s, sentence.end)) if (!v.participle) { verb = v; break; }
        if (verb) {
          const r = walkBack(p, s, verb.at);
          if (r && r !== 'empty' && r.subject.person === null) resolved = r;
        }
      }
    }
    const head = { clauseStart: s, resolved };
    heads.set(key, head);
    return head;
  };

  const resolveVerb = (p: number, sentence: Sentence, verb: Verb): Resolved | null => {
    if (verb.resolved !== undefined) return verb.resolved;
    const head = headOf(p, sentence);
    let resolved: Resolved | null;
    if (verb.participle) {
      const withX = /(?:^|\s)with\s+$/iu;
      const subject = mentionJustBefore(p, verb.at);
      if (subject && withX.test(paragraphs[p]!.slice(Math.max(0, subject.start - 6), subject.start))) {
        resolved = { subject: { person: subject.person, text: subject.text }, via: 'explicit' };
      } else resolved = head.resolved;
    } else {
      const r = walkBack(p, head.clauseStart <= verb.at ? head.clauseStart : sentence.start, verb.at);
      resolved = r === 'empty' ? head.resolved : r;
    }
    verb.resolved = resolved;
    return resolved;
  };

  const processSentence = (p: number, sentence: Sentence) => {
    const head = headOf(p, sentence);
    if (head.resolved) events.push({ p, at: head.clauseStart, subject: head.resolved.subject });
    for (const verb of verbsIn(p, head.clauseStart, sentence.end)) {
      const r = resolveVerb(p, sentence, verb);
      if (r) events.push({ p, at: verb.at, subject: r.subject });
    }
    for (const chain of chainsClosedIn.get(sentence) ?? []) handleChain(chain);
  };

  const handleChain = (chain: QuoteChain) => {
    const first = chain.parts[0]!;
    const last = chain.parts.at(-1)!;
    const p0 = first.paragraph;
    const pl = last.paragraph;
    const text = chain.parts
      .map((part) => paragraphs[part.paragraph]!.slice(part.open + 1, part.closed ? part.close : undefined).trim())
      .join('\n')
      .replace(/,$/u, '');
    const startSentence = sentenceAt(p0, first.open);
    const endSentence = sentenceAt(pl, last.close);
    const startsParagraph = skipSpace(paragraphs[p0]!, 0) >= first.open;
    const previousColon = startsParagraph && p0 > 0 && /:\s*$/u.test(paragraphs[p0 - 1]!);

    // Before: the nearest verb before the quote in its sentence (or the paragraph before, ending in a colon).
    let pre: Resolved | null = null;
    let preAdjacent = false;
    let hasPre = false;
    if (previousColon) {
      const prevSentence = sentences[p0 - 1]!.at(-1);
      const verb = prevSentence && lastVerbIn(p0 - 1, prevSentence.start, prevSentence.end);
      if (prevSentence && verb) {
        pre = resolveVerb(p0 - 1, prevSentence, verb);
        hasPre = true;
        preAdjacent = true;
      }
    } else {
      const verb = lastVerbIn(p0, startSentence.start, first.open);
      if (verb) {
        pre = resolveVerb(p0, startSentence, verb);
        hasPre = true;
        const between = masked[p0]!.slice(verb.end, first.open);
        preAdjacent = /^[^.!?\u0001]{0,60}:\s*$/u.test(between) || ADJACENT_ADVERB.test(between);
      }
    }

    // After: an attribution right after the closing mark, or a verb later in the sentence.
    let post: Resolved | null = null;
    let postAdjacent = false;
    let trailing: Resolved | null = null;
    let hasTrailing = false;
    if (last.closed) {
      const afterStart = last.close + 1;
      const after = paragraphs[pl]!.slice(afterStart, endSentence.end);
      const inverted =
        /^\s*[,.!?]?\s*(?:said|says|added|adds|continued|insisted|wrote)\s+([^,.;:!?"“”‘’]{1,60}?)\s*(?:[,.;:!?]|$)/u.exec(
          after,
        );
      const asPut = /^\s*[,.!?]?\s*as\s+([^,.;:!?"“”‘’]{1,40}?)\s+put\s+it\b/u.exec(after);
      const nextVerb = verbsIn(pl, afterStart, endSentence.end).next().value;
      if (inverted || asPut) {
        const np = (inverted ?? asPut)!;
        const npStart = afterStart + np.index + np[0].indexOf(np[1]!);
        const r = resolvePhrase(pl, npStart, npStart + np[1]!.length, { p: pl, at: npStart });
        post = r === 'empty' ? null : r;
        postAdjacent = true;
      } else if (nextVerb) {
        const between = masked[pl]!.slice(afterStart, nextVerb.at);
        const r = resolveVerb(pl, endSentence, nextVerb);
        if (ADJACENT_SUBJECT.test(between)) {
          post = r;
          postAdjacent = true;
        } else {
          trailing = r;
          hasTrailing = true;
        }
      }
    }

    let chosen: Resolved | null = null;
    let attribution: Attribution = 'none';
    let speakerText = '';
    if (postAdjacent || hasPre || hasTrailing) {
      const candidates = [
        postAdjacent ? post : undefined,
        hasPre ? pre : undefined,
        hasTrailing ? trailing : undefined,
      ];
      chosen = candidates.find((c) => c !== undefined) ?? null;
      // Prefer a named attribution to a pronoun that agrees with it.
      const named = candidates.find(
        (c) => c?.via === 'explicit' && c.subject.person && c.subject.person === chosen?.subject.person,
      );
      if (named) chosen = named;
      const people = new Set(
        candidates.filter((c): c is Resolved => Boolean(c?.subject.person)).map((c) => c.subject.person),
      );
      if (people.size > 1) chosen = null; // two attributions naming different people: unsure
      if (chosen) {
        attribution = chosen.via;
        speakerText = chosen.subject.text;
      }
    } else if (startsParagraph && !previousColon && lastQuoteSubject.has(p0 - 1)) {
      const carried = lastQuoteSubject.get(p0 - 1);
      if (carried) {
        chosen = { subject: carried, via: 'explicit' };
        attribution = 'continuation';
        speakerText = carried.text;
      }
    }

    const restOfSentence = last.closed ? masked[pl]!.slice(last.close + 1, endSentence.end) : '';
    const sentenceFinal = /^[\s.,!?;:)\]]*$/u.test(restOfSentence);
    const count = words(text);
    const keep = count >= 5 || (hasPre && preAdjacent) || postAdjacent || (count >= 4 && sentenceFinal && hasPre);

    lastQuoteSubject.set(pl, chosen?.subject ?? null);
    if (chosen) events.push({ p: pl, at: last.close, subject: chosen.subject });
    if (keep) {
      quotes.push({
        speaker: chosen?.subject.person ?? null,
        speakerText,
        paragraph: p0 + 1,
        lastParagraph: pl + 1,
        text,
        attribution,
      });
    }
  };

  paragraphs.forEach((_, p) => {
    for (const sentence of sentences[p]!) processSentence(p, sentence);
  });
  return quotes.sort((a, b) => a.paragraph - b.paragraph);
}
