import { activeOn, inEra, isUndated } from './career.ts';
import { fittingPeople, resolveFullName, type NameContext } from './full-names.ts';
import { honorificFits } from './gender.ts';
import type { Hit, Matcher, NameEntry, ScannedParagraph } from './matcher.ts';
import { nameRuns, type NameRun } from './name-runs.ts';
import { periodOnDate, type Period } from './period.ts';
import {
  findQuoteSpans,
  inRanges,
  isQuoted,
  quotedRanges,
  type QuoteChain,
} from './quotes/spans.ts';
import { seatPlacesAround, seatReference } from './seat-phrases.ts';
import {
  COMMON_WORD_NAMES,
  FIRST_NAME_TITLES,
  HONORIFICS,
  PEER_TITLES,
  NAMESAKE_DESCRIPTORS,
} from './stop-list.ts';
import type { Person } from '../../schemas/people.ts';
import { isCapitalised, possessiveAt } from './tokens.ts';

/** An article as people detection reads it: its date and its body paragraphs in order (not the stored record, not the card). */
export interface ArticleText {
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  date: string;
  /** Plain text of each body paragraph, boilerplate removed; index 0 is paragraph 1. */
  paragraphs: readonly string[];
}

/**
 * How the person was named:
 * - `full-name`, `alias`, `misspelling`: a whole name from the registry ("Iain McNico");
 * - `honorific-surname`: "Mr McDonnell", "Mrs May";
 * - `surname`: a bare surname ("Corbyn", "Dugher");
 * - `first-name`: a bare first name, as quoted speech uses them ("Luciana", "Jeremy");
 * - `role`: a role phrase naming its holder on the article's date ("the Shadow Chancellor");
 * - `seat`: a seat phrase naming its MP on the article's date ("the MP for Leigh", "the Leigh MP");
 * - `camp`: the person's campaign ("Team Burnham", "the Cooper camp").
 * A name derived by an equivalent given name ("Andy" for a registered "Andrew") is an `alias`.
 */
export type MentionKind =
  | 'full-name'
  | 'alias'
  | 'misspelling'
  | 'honorific-surname'
  | 'surname'
  | 'first-name'
  | 'role'
  | 'seat'
  | 'camp';

export interface Mention {
  person: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Character offsets in the paragraph: text = paragraph.slice(start, end). */
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Followed by ’s / 's, which `text` includes ("McDonnell’s"). */
  possessive: boolean;
  /** Inside quotation marks. */
  inQuote: boolean;
}

/** The scanned paragraphs and quotation ranges of an article, shared by the detectors. */
export interface ArticleScan {
  scanned: ScannedParagraph[];
  /** The quotations (findQuoteSpans), passed on to findQuotes so they are found once. */
  chains: QuoteChain[];
  quoted: [number, number][][];
  /** Each paragraph's runs of capitalised words the registry does not know (strangers). */
  runs: NameRun[][];
}

/** Scans every paragraph once and finds its quotations and strangers' names. */
export function scanArticle(matcher: Matcher, article: ArticleText): ArticleScan {
  const scanned = article.paragraphs.map((text) => matcher.scan(text));
  const chains = findQuoteSpans(article.paragraphs);
  return {
    scanned,
    chains,
    quoted: quotedRanges(chains, article.paragraphs.length),
    runs: scanned.map((s) => nameRuns(s)),
  };
}

function validDate(date: string): boolean {
  try {
    periodOnDate({ from: '1900' }, date);
    return true;
  } catch {
    return false;
  }
}

/** What the detectors carry through an article: its date, and who has been named so far. */
interface Reading {
  matcher: Matcher;
  date: string;
  dated: boolean;
  namedInFull: Set<string>;
  /** First and last words of strangers' names and of whole names left unresolved. */
  blockedFirst: Set<string>;
  blockedLast: Set<string>;
  mentions: Mention[];
}

/** One paragraph being read: its scan, its stranger ranges and how to record a mention. */
interface Paragraph extends ScannedParagraph {
  strangers: [number, number][];
  /** The person each whole-name hit names (by hit index), or null. */
  resolved: Map<number, string | null>;
  add: (person: string, start: number, end: number, kind: MentionKind, possessive: boolean) => void;
}

/**
 * Every mention of a registry person in an article, in order.
 *
 * Rules, all on one scan of each paragraph with the precompiled matcher:
 * - a whole name (full name, alias, misspelling, or a form derived by an equivalent given
 *   name: "Andy" for "Andrew") names the person `resolveFullName` picks: the one person
 *   who has it, if the article falls in their era or the name's seat phrase or role fits
 *   them; among several people sharing it, the one its context fits or else the one
 *   sitting or in post on the date; otherwise no one. Right after an occupation outside
 *   politics ("the tennis player Andy Murray") it is a namesake's. Titles before a name
 *   ("Sir", "Dame", "Dr", "the Rt Hon") are not part of it;
 * - a bare surname or honorific + surname ("Watson", "Mr Watson") names the one person
 *   with that surname already named in full earlier in the article; if two such people
 *   share it, or a stranger with that surname appears ("Fred Watson"), or a whole name
 *   with that surname was left unresolved, it names no one. People marked
 *   `surnameAlone: 'always'` (distinctive surnames such as Corbyn) are also named before
 *   their full name when they are the only person of that surname in the registry (in
 *   their era), or the only one sitting or in post on the date; `never` (Theresa May)
 *   keeps the bare word "May" from ever counting. An honorific must fit ("Mr" never
 *   names a woman); "Lord"/"Baroness" never name a sitting MP, nor with a territorial
 *   designation ("Baroness Smith of Basildon"), and "Lady X" names no one;
 * - a surname or first name that is also an ordinary word ("Hope", "Will", "Major") is
 *   the word, not the person, alone at the start of a sentence, unless a reporting verb
 *   or a possessive follows ("Brown said", "Brown's plan");
 * - "Team X" and "the X camp" name X's campaign (kind `camp`), by the same surname rule;
 * - a bare first name, or "Sir"/"Dame" + first name ("Sir Keir"), names the one person
 *   with that first name already named in full, unless a stranger with that first name
 *   appears;
 * - a role phrase after "the" (or in a possessive form such as "Labour's deputy leader")
 *   names the one registry person certainly holding that role on the article's date.
 *   "a former shadow chancellor", "the then home secretary", "the shadow chancellor John
 *   McDonnell" (a title before a name, which is itself the mention) and "the Labour
 *   deputy leader of Rotherham Council" (another office) are not role references;
 * - "the MP for Leigh", "Labour's MP for Leigh" and "the Leigh MP", standing without a
 *   name, name the one person certainly holding that seat on the date (kind `seat`);
 * - a registry first name or surname inside a stranger's name ("John Bercow") is not a mention.
 * @example findMentions(matcher, { date: '2018-09-11', paragraphs: ['The Shadow Chancellor’s rejection'] })
 *   // [{ person: 'john-mcdonnell', paragraph: 1, start: 4, end: 23, text: 'Shadow Chancellor’s', kind: 'role', possessive: true, inQuote: false }]
 */
export function findMentions(
  matcher: Matcher,
  article: ArticleText,
  scan: ArticleScan = scanArticle(matcher, article),
): Mention[] {
  const { scanned, quoted, runs } = scan;
  const reading: Reading = {
    matcher,
    date: article.date,
    dated: validDate(article.date),
    namedInFull: new Set(),
    blockedFirst: new Set(runs.flat().map((r) => r.first)),
    blockedLast: new Set(runs.flat().map((r) => r.last)),
    mentions: [],
  };
  const seats = articleSeats(matcher, scanned);
  const resolved = resolveWholeNames(reading, scanned, seats);
  scanned.forEach((scannedParagraph, p) => {
    const { text } = scannedParagraph;
    const paragraph: Paragraph = {
      ...scannedParagraph,
      strangers: runs[p]!.map((r): [number, number] => [r.start, r.end]),
      resolved: resolved[p]!,
      add: (person, start, end, kind, possessive) => {
        const stop = possessive ? end + 2 : end;
        reading.mentions.push({
          person,
          paragraph: p + 1,
          start,
          end: stop,
          text: text.slice(start, stop),
          kind,
          possessive,
          inQuote: isQuoted(quoted[p], start, stop),
        });
      },
    };
    paragraph.hits.forEach((_, h) => readHit(reading, paragraph, h));
  });
  return reading.mentions;
}

/**
 * Resolves every whole name in the article up front. A shared name the article places
 * once (by a seat or post beside it) is that person wherever else it appears, unless the
 * article places it as two people. Each name still unresolved blocks its surname and
 * first name: after an unplaced "Angela Smith", "Ms Smith" and "Angela" are no one.
 */
function resolveWholeNames(
  reading: Reading,
  scanned: readonly ScannedParagraph[],
  seats: ReadonlySet<string>,
): Map<number, string | null>[] {
  const placed = new Map<readonly NameEntry[], Set<string>>();
  const namesakes = new Set<Hit>();
  const resolved = scanned.map((paragraph) => {
    const out = new Map<number, string | null>();
    paragraph.hits.forEach((hit, h) => {
      const names = hit.payload.names;
      if (!names) return;
      if (namesakeBefore(paragraph, h)) namesakes.add(hit);
      const context = () => nameContext(paragraph, h);
      const person = namesakes.has(hit)
        ? null
        : resolveFullName(reading.matcher, names, reading.date, context, seats);
      out.set(h, person);
      if (person) placed.set(names, (placed.get(names) ?? new Set()).add(person));
    });
    return out;
  });
  scanned.forEach((paragraph, p) => {
    for (const [h, person] of resolved[p]!) {
      if (person) continue;
      const hit = paragraph.hits[h]!;
      const once = placed.get(hit.payload.names!);
      if (!namesakes.has(hit) && once?.size === 1) {
        resolved[p]!.set(h, [...once][0]!);
        continue;
      }
      const words = hit.text.split(/\s+/);
      reading.blockedFirst.add(words[0]!);
      reading.blockedLast.add(words.at(-1)!);
    }
  });
  return resolved;
}

/** "the tennis player Andy Murray": an occupation outside politics right before the name. */
function namesakeBefore({ text, tokens, hits }: ScannedParagraph, h: number): boolean {
  const hit = hits[h]!;
  const prev = tokens[hit.tokenStart - 1];
  return (
    prev !== undefined &&
    NAMESAKE_DESCRIPTORS.has(prev.text) &&
    /^\s+$/u.test(text.slice(prev.end, hit.start))
  );
}

/**
 * The constituencies an article names as seats: a seat-only name anywhere, or a name that
 * is also a place when "MP" follows it or "MP for" / "represents" / "sat for" precedes it.
 */
function articleSeats(matcher: Matcher, scanned: readonly ScannedParagraph[]): Set<string> {
  const out = new Set<string>();
  for (const { text, tokens, hits } of scanned) {
    for (const hit of hits) {
      const slug = hit.payload.constituency;
      if (!slug) continue;
      const before = text.slice(Math.max(0, hit.start - 24), hit.start);
      const seatContext =
        tokens[hit.tokenEnd]?.text === 'MP' ||
        /(?:MP for|represents|represented|sat for|sits for)\s+$/u.test(before);
      if (!matcher.constituencies.get(slug)?.nameIsAlsoPlace || seatContext) out.add(slug);
    }
  }
  return out;
}

/** The seat phrase and role phrases standing beside a whole-name hit. */
function nameContext({ text, hits }: ScannedParagraph, h: number): NameContext {
  const hit = hits[h]!;
  const roleRefs: string[] = [];
  const prev = hits[h - 1];
  const next = hits[h + 1];
  if (prev?.payload.role && /^\s+$/u.test(text.slice(prev.end, hit.start)))
    roleRefs.push(prev.payload.role.ref);
  const between = next ? text.slice(hit.end, next.start) : '';
  if (next?.payload.role && /^,\s+(?:the\s+)?(?:former\s+)?$/iu.test(between))
    roleRefs.push(next.payload.role.ref);
  return { places: seatPlacesAround(text, hit.start, hit.end), roleRefs };
}

function readHit(reading: Reading, paragraph: Paragraph, h: number): void {
  const hit = paragraph.hits[h]!;
  const { payload } = hit;
  const possessive = possessiveAt(paragraph.text, hit.end);
  if (payload.names) {
    const person = paragraph.resolved.get(h);
    if (!person) return;
    reading.namedInFull.add(person);
    const entry = payload.names.find((e) => e.person === person)!;
    paragraph.add(
      person,
      hit.start,
      hit.end,
      entry.form === 'derived' ? 'alias' : entry.form,
      possessive,
    );
    return;
  }
  if (payload.role) return readRole(reading, paragraph, h, possessive);
  if (payload.constituency && readSeat(reading, paragraph, h)) return;
  if (payload.surnameOf || payload.firstNameOf) readShortName(reading, paragraph, h, possessive);
}

/**
 * "the chancellor, Angela Merkel": a name in apposition after a role phrase that is not
 * the holder's (a stranger, or another registry person) means another office.
 */
function namesSomeoneElse(
  { text, hits, strangers, resolved }: Paragraph,
  h: number,
  holder: string,
) {
  const hit = hits[h]!;
  const comma = /^,\s+/u.exec(text.slice(hit.end, hit.end + 4));
  if (!comma) return false;
  const at = hit.end + comma[0].length;
  if (strangers.some(([start]) => start === at)) return true;
  const next = hits[h + 1];
  if (next?.start !== at || !next.payload.names) return false;
  return resolved.get(h + 1) !== holder;
}

/**
 * The one person who certainly held a post or seat on the date, when no one else could
 * have held it then too (two holders on the date, or a handover within a month-precision
 * date, give no one).
 */
function soleCertainHolder(held: readonly [string, Period][], date: string): string | null {
  const certain = new Set<string>();
  const possible = new Set<string>();
  for (const [person, period] of held) {
    const overlap = periodOnDate(period, date);
    if (overlap === 'certain') certain.add(person);
    if (overlap !== 'none') possible.add(person);
  }
  return certain.size === 1 && possible.size === 1 ? [...certain][0]! : null;
}

/** A reporting verb right after a name: "Brown said" opens a sentence about a person. */
const SPEECH_VERBS = (
  'said says told tells added argued insisted warned claimed ' +
  'denied replied wrote tweeted urged admitted responded conceded announced'
).split(' ');
const SPEECH_AFTER = new RegExp(String.raw`^\s+(?:${SPEECH_VERBS.join('|')})(?![\p{L}])`, 'u');

/** The gap before a word that opens a sentence (or a quotation). */
const SENTENCE_START = /[.!?:]["”’']?\s+["“‘']?$|^\s*["“‘(]$/u;

const NOT_CURRENT = /^(?:former|ex|then|late)$/iu;

function readRole(reading: Reading, paragraph: Paragraph, h: number, possessive: boolean) {
  const { text, tokens, hits, add } = paragraph;
  const hit = hits[h]!;
  const role = hit.payload.role!;
  if (!reading.dated) return;
  const prev = tokens[hit.tokenStart - 1];
  const next = tokens[hit.tokenEnd];
  const gapBefore = prev ? text.slice(prev.end, hit.start) : '';
  const gapAfter = next ? text.slice(hit.end, next.start) : '';
  if (prev && NOT_CURRENT.test(prev.text)) return;
  const selfDetermined = /^[a-z]+'s /.test(role.ref);
  const afterThe = prev !== undefined && /^the$/i.test(prev.text) && /^\s+$/u.test(gapBefore);
  if (!selfDetermined && !afterThe) return;
  if (
    !possessive &&
    next &&
    /^\s+$/u.test(gapAfter) &&
    (isCapitalised(next.text) || next.text === 'of')
  )
    return;
  if (/^[-‐‑]$/u.test(gapAfter)) return;
  const holder = soleCertainHolder(
    role.holders.map((x) => [x.person, x.role]),
    reading.date,
  );
  if (!holder || namesSomeoneElse(paragraph, h, holder)) return;
  add(holder, hit.start, hit.end, 'role', possessive);
}

/**
 * A seat phrase with no name ("the MP for Leigh") names the seat's one certain holder
 * on the date. True when the hit is in seat context at all, so that a seat named like
 * a surname ("Leigh") is not read as one.
 */
function readSeat(reading: Reading, { text, tokens, hits, add }: Paragraph, h: number): boolean {
  const hit = hits[h]!;
  const prev = tokens[hit.tokenStart - 1];
  const next = tokens[hit.tokenEnd];
  const seatContext =
    next?.text === 'MP' || (prev?.text === 'for' && tokens[hit.tokenStart - 2]?.text === 'MP');
  const ref = seatReference(text, hits, h);
  if (ref && reading.dated) {
    const holders = reading.matcher.seatHolders.get(hit.payload.constituency!) ?? [];
    const holder = soleCertainHolder(
      holders.map((x) => [x.person, x.seat]),
      reading.date,
    );
    if (holder) add(holder, ref.start, ref.end, 'seat', possessiveAt(text, ref.end));
  }
  return seatContext;
}

function readShortName(
  reading: Reading,
  paragraph: Paragraph,
  h: number,
  possessive: boolean,
): void {
  const { text, tokens, hits, add } = paragraph;
  const hit = hits[h]!;
  const { payload } = hit;
  if (inRanges(paragraph.strangers, hit.start, hit.end)) return;
  const prev = tokens[hit.tokenStart - 1];
  const next = tokens[hit.tokenEnd];
  const gapBefore = prev ? text.slice(prev.end, hit.start) : '';
  const gapAfter = next ? text.slice(hit.end, next.start) : '';
  const honorific =
    prev !== undefined && HONORIFICS.has(prev.text) && /^\.?\s$/u.test(gapBefore)
      ? prev.text
      : null;
  const team = prev?.text === 'Team' && gapBefore === ' ';
  const camp = !possessive && next?.text === 'camp' && gapAfter === ' ';
  const sentenceStart = !prev || SENTENCE_START.test(gapBefore);
  const speaks = possessive || SPEECH_AFTER.test(text.slice(hit.end, hit.end + 16));
  const asWord = sentenceStart && !speaks && COMMON_WORD_NAMES.has(hit.text);
  if (!honorific && !team && !camp && asWord) return;

  // "Baroness Smith of Basildon", "Lady Smith": a peer's title or a knight's wife, not
  // something the register vouches for; "Lord Hague" may still name a former MP below.
  const peerage = honorific !== null && PEER_TITLES.has(honorific);
  const territorial = peerage && /^\s+of\s+\p{Lu}/u.test(text.slice(hit.end));
  if (payload.surnameOf && honorific !== 'Lady' && !territorial) {
    const context = nameContext(paragraph, h);
    const person = surnamePerson(
      reading,
      hit.text,
      payload.surnameOf,
      honorific,
      team || camp,
      context,
    );
    if (person) {
      const start = honorific || team ? prev!.start : hit.start;
      const end = camp ? next!.end : hit.end;
      add(
        person,
        start,
        end,
        honorific ? 'honorific-surname' : team || camp ? 'camp' : 'surname',
        possessive,
      );
      return;
    }
  }
  const titled = honorific !== null && FIRST_NAME_TITLES.has(honorific);
  if (!payload.firstNameOf || (honorific && !titled) || team || camp) return;
  if (reading.blockedFirst.has(hit.text)) return;
  const earlier = payload.firstNameOf.filter((slug) => reading.namedInFull.has(slug));
  const person = earlier.length === 1 ? reading.matcher.people.get(earlier[0]!)! : undefined;
  if (!person || (honorific && !honorificFits(honorific, person))) return;
  add(person.slug, titled ? prev!.start : hit.start, hit.end, 'first-name', possessive);
}

/** The person a bare or titled surname names, by the surname rule of `findMentions`. */
function surnamePerson(
  reading: Reading,
  surname: string,
  slugs: readonly string[],
  honorific: string | null,
  campaign: boolean,
  context: NameContext,
): string | null {
  const { matcher } = reading;
  let candidates = slugs.map((slug) => matcher.people.get(slug)!);
  if (honorific) candidates = candidates.filter((person) => honorificFits(honorific, person));
  // A sitting MP is never "Lord X" or "Baroness X".
  if (honorific && PEER_TITLES.has(honorific))
    candidates = candidates.filter((person) => !sitsOn(person, reading.date));
  // "Mr Johnson, the Foreign Secretary": a seat or post beside the surname picks its person.
  const fitting = fittingPeople(
    matcher,
    candidates.map((p) => p.slug),
    context,
  );
  if (
    fitting?.length === 1 &&
    (honorific || campaign || matcher.people.get(fitting[0]!)!.surnameAlone !== 'never')
  ) {
    reading.namedInFull.add(fitting[0]!);
    return fitting[0]!;
  }
  if (reading.blockedLast.has(surname)) return null;
  if (!honorific && !campaign)
    candidates = candidates.filter((person) => person.surnameAlone !== 'never');
  const earlier = candidates.filter((person) => reading.namedInFull.has(person.slug));
  if (earlier.length === 1) return earlier[0]!.slug;
  if (earlier.length > 1) return null;
  const contender = onlyOneMeant(reading, matcher.bySurname.get(surname) ?? []);
  const person = candidates.find((p) => p.slug === contender);
  return person?.surnameAlone === 'always' ? person.slug : null;
}

/** Whether the person may have sat in the Commons on the date. */
function sitsOn(person: Person, date: string): boolean {
  return (person.seats ?? []).some((seat) => periodOnDate(seat, date) !== 'none');
}

/**
 * The one person a surname alone can mean on the article's date: the only person in the
 * registry with it (if the date is in their era), or else the only one of them sitting or
 * in post on the date. Null when that is not one person.
 */
function onlyOneMeant(reading: Reading, slugs: readonly string[]): string | null {
  const { matcher, date } = reading;
  if (slugs.length === 1)
    return inEra(matcher.careers.get(slugs[0]!) ?? null, date) ? slugs[0]! : null;
  if (isUndated(date)) return null;
  const active = slugs.filter((slug) => {
    const person = matcher.people.get(slug)!;
    return matcher.careers.get(slug) === null || activeOn(person, date);
  });
  return active.length === 1 ? active[0]! : null;
}
