import { TZDate } from '@date-fns/tz';
// One file per function: the package's index loads all of date-fns (about 0.6 s a thread)
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import type { SourceLine } from './lines.ts';
import type { RemovedBoilerplate } from './boilerplate.ts';

/** What a timestamp line says it dates: first publication, a later update, or unlabelled. */
export type StampKind = 'published' | 'updated' | 'plain';

export interface Timestamp {
  kind: StampKind;
  /** `YYYY-MM-DD` in UK time, `YYYY-MM` for a month-only stamp, null when the stamp is relative. */
  date: string | null;
  precision: 'day' | 'month' | null;
  /** A byline printed on the same line ("By Jane Doe"), kept for the byline step, or ''. */
  rest: string;
}

export interface PrintedDate {
  date: string;
  precision: 'day' | 'month';
  kind: StampKind;
  /** 1-based source line, and its text (the date's evidence). */
  line: number;
  text: string;
}

/** The archive dates articles as a reader in the UK saw them. */
const UK_ZONE = 'Europe/London';
/** A timestamp line is short: the date, a time, a zone and a label or byline at most. */
const MAX_STAMP_WORDS = 16;
const MAX_STAMP_CHARS = 160;
/**
 * Every stamp has a month's name, a numeric date, a clock time or a relative word: a cheap
 * test that turns away most lines before any date format is tried.
 */
const MAY_BE_STAMP =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}|\d{1,2}[:.]\d{2}|\bago\b|yesterday|today|just now/i;
/** A line this long that ends like a sentence is running prose. */
const MIN_PROSE_WORDS = 10;

const LABEL_VERBS = '(published|updated|posted|modified)';
const LABEL_WORDS = String.raw`(?:page\s+)?(?:first\s+|last\s+)?${LABEL_VERBS}`;
const LABEL = new RegExp(
  String.raw`^(?:${LABEL_WORDS}|date)(?![a-z])(?:\s+(?:on|at))?\s*:?\s*`,
  'i',
);
const UNITS = '(?:second|minute|min|hour|hr|day|week|month|year)s?';
const RELATIVE = new RegExp(
  String.raw`^(?:(?:an?|\d+)\s+${UNITS}\s+ago|just now|today|yesterday)$`,
  'i',
);
/** "This article is more than 5 years old": the Guardian's age warning, furniture with no date. */
const AGE_NOTICE = /^this article is more than \w+ (?:days?|weeks?|months?|years?) old$/i;
const ISO_STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /(?<![\d.:/])(\d{1,2})[:.](\d{2})(?::\d{2})?(?![\d/]|\.\d)\s*([ap]\.?m\.?)?(?![a-z])/i;
const ZONE =
  /(?<![a-z])(BST|GMT|UTC|UK|ET|EST|EDT|CET|CEST)(?![a-z])|(?<![\d:])([+-]\d{2}:?\d{2})\b/i;
const SEPARATORS = /[|•·]/;
/** A name signing a stamp line after a comma: ", The Times", ", Westminster". */
const SIGNED_STAMP = /,\s*(?:The\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u;
const SEPARATORS_ALL = /[|•·]/g;
/** An outlet's or writer's name printed as a piece of a stamp line: a few capitalised words. */
const NAME_PIECE =
  /^(?:[A-Z][\p{L}'’.-]*|UK|of|the|and|&)(?:\s+(?:[A-Z][\p{L}'’.-]*|UK|of|the|and|&)){0,4}$/u;
const SECOND_LABEL = new RegExp(
  String.raw`(?<!(?:last|first|page)\s*)(?<=\S)\s*(?=${LABEL_WORDS}(?![a-z]))`,
  'gi',
);
/** A label printed on a line of its own, with the date on the next line (BBC pages). */
const LABEL_ONLY = new RegExp(String.raw`^${LABEL_WORDS}\s*:?$`, 'i');
/** Short forms UK papers print that date-fns does not read: "Sept", "Tues", "Thurs". */
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/\bSept\b/i, 'Sep'],
  [/\bTues\b/i, 'Tue'],
  [/\bWeds\b/i, 'Wed'],
  [/\bThurs\b/i, 'Thu'],
];

/** Zones as outlets print them; ET follows New York's daylight saving, the rest are fixed. */
const ZONES: Readonly<Record<string, string>> = {
  BST: '+01:00',
  GMT: '+00:00',
  UTC: '+00:00',
  Z: '+00:00',
  UK: UK_ZONE,
  ET: 'America/New_York',
  EST: '-05:00',
  EDT: '-04:00',
  CET: '+01:00',
  CEST: '+02:00',
};

const DAY_FORMATS = [
  'd MMMM yyyy',
  'dd MMMM yyyy',
  'd MMM yyyy',
  'dd MMM yyyy',
  'do MMMM yyyy',
  'do MMM yyyy',
  'EEEE d MMMM yyyy',
  'EEEE dd MMMM yyyy',
  'EEEE do MMMM yyyy',
  'EEEE d MMM yyyy',
  'EEE d MMM yyyy',
  'EEE dd MMM yyyy',
  'EEE d MMMM yyyy',
  'EEE do MMM yyyy',
  'MMMM d yyyy',
  'MMM d yyyy',
  'MMMM do yyyy',
  'MMM do yyyy',
  'EEEE MMMM d yyyy',
  'EEEE MMM d yyyy',
  'EEE MMM d yyyy',
  'EEE MMMM d yyyy',
  'EEEE MMMM do yyyy',
  'dd/MM/yyyy',
  'd/M/yyyy',
  'dd.MM.yyyy',
  'yyyy-MM-dd',
];
const MONTH_FORMATS = ['MMMM yyyy', 'MMM yyyy'];
const REFERENCE = new Date(2000, 0, 1);
/** Which stamp dates an article: publication first; an update never replaces it. */
const PREFERENCE: Readonly<Record<StampKind, number>> = { published: 0, plain: 1, updated: 2 };

/**
 * What any text a format prints has in common: its spaces, whether it opens with a digit,
 * and which of "/", "." and "-" it holds (names of months and days hold none of these).
 */
const shape = (text: string, opensWithDigit: boolean) =>
  `${text.split(' ').length} ${opensWithDigit} ${['/', '.', '-'].filter((c) => text.includes(c))}`;
const FORMAT_SHAPES = new Map(
  [...DAY_FORMATS, ...MONTH_FORMATS].map((f) => [f, shape(f, /^[dy]/.test(f))]),
);

/**
 * Reads a calendar date strictly: the text must be exactly what the format prints,
 * so "30 February 2019" and "Tuesday 18 February 2019" (a Monday) are rejected.
 * @example parseCalendarDate('Monday 18 February 2019') // { date: '2019-02-18', precision: 'day' }
 */
export function parseCalendarDate(
  text: string,
): { date: string; precision: 'day' | 'month' } | null {
  // Every format prints a four-digit year: text without one cannot be any of them.
  if (!/\d{4}/.test(text)) return null;
  const wanted = text.toLowerCase();
  // Only a format that prints text of this shape can print exactly this text.
  const wantedShape = shape(wanted, /^\d/.test(wanted));
  for (const [formats, precision, out] of [
    [DAY_FORMATS, 'day', 'yyyy-MM-dd'],
    [MONTH_FORMATS, 'month', 'yyyy-MM'],
  ] as const) {
    for (const pattern of formats) {
      if (FORMAT_SHAPES.get(pattern) !== wantedShape) continue;
      const parsed = parse(text, pattern, REFERENCE);
      if (isValid(parsed) && format(parsed, pattern).toLowerCase() === wanted) {
        return { date: format(parsed, out), precision };
      }
    }
  }
  return null;
}

/** Moves a day and wall-clock time in a printed zone to the UK calendar day. */
function toUkDay(day: string, hours: number, minutes: number, zone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const stamped = new TZDate(y, m - 1, d, hours, minutes, zone);
  return format(new TZDate(stamped.getTime(), UK_ZONE), 'yyyy-MM-dd');
}

function clockHours(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour < 24 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

/**
 * Parses the date part of a stamp (no label): a date with an optional time and zone
 * in any order, joined by commas, dashes, "at" or "on". Null when anything else is left.
 * @example parseStampDate('18/02/2019 - 23:45 EST') // { date: '2019-02-19', precision: 'day' }
 */
export function parseStampDate(text: string): { date: string; precision: 'day' | 'month' } | null {
  let rest = text.trim().replace(ISO_STAMP, (_, day, time, zone) => `${day} ${time} ${zone ?? ''}`);
  const time = TIME.exec(rest);
  if (time) rest = rest.replace(time[0], ' ');
  const zone = ZONE.exec(rest);
  if (zone) rest = rest.replace(zone[0], ' ');
  const zulu = !zone && / Z(?= |$)/.test(rest);
  if (zulu) rest = rest.replace(/ Z(?= |$)/, ' ');
  rest = rest.replace(/,/g, ' ').replace(/(?:^|\s)(?:at|on|-|–|—)(?=\s|$)/gi, ' ');
  rest = rest.replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  for (const [short, full] of SHORT_FORMS) rest = rest.replace(short, full);
  const calendar = parseCalendarDate(rest);
  if (!calendar) return null;
  if (!time) return calendar;
  if (calendar.precision === 'month') return null;
  const hours = clockHours(Number(time[1]), time[3]);
  const minutes = Number(time[2]);
  if (hours === null || minutes > 59) return null;
  const zoneName = zone ? (zone[1]?.toUpperCase() ?? zone[2]!) : zulu ? 'Z' : 'UK';
  const offset = ZONES[zoneName] ?? zoneName.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return { date: toUkDay(calendar.date, hours, minutes, offset), precision: 'day' };
}

function labelled(segment: string): { kind: StampKind; body: string } {
  const label = LABEL.exec(segment);
  if (!label) return { kind: 'plain', body: segment };
  // "Date: …" says nothing of publication or update.
  const word = label[1]?.toLowerCase();
  const kind = !word
    ? 'plain'
    : word === 'updated' || word === 'modified'
      ? 'updated'
      : 'published';
  return { kind, body: segment.slice(label[0].length) };
}

const earlier = (a: { kind: StampKind }, b: { kind: StampKind }) =>
  PREFERENCE[a.kind] < PREFERENCE[b.kind];

/** One stamp piece: a labelled or bare date, or a labelled relative time (furniture, no date). */
function parseSegment(segment: string): Omit<Timestamp, 'rest'> | null {
  const { kind, body } = labelled(segment.trim());
  const calendar = parseStampDate(body);
  if (calendar) return { kind, ...calendar };
  const undated = RELATIVE.test(body.trim()) || isDayMonth(body.trim()) || isClockOnly(body);
  if (kind !== 'plain' && undated) return { kind, date: null, precision: null };
  return null;
}

/** "18:42 GMT" alone: the time of a labelled piece whose day is printed beside it. */
function isClockOnly(text: string): boolean {
  return (
    TIME.test(text) &&
    text
      .replace(TIME, ' ')
      .replace(ZONE, ' ')
      .replace(/[,\s]+/g, '') === ''
  );
}

/** "18 February" with no year: this year's stamp on a live page, which dates nothing later. */
function isDayMonth(text: string): boolean {
  const day = text
    .replace(TIME, ' ')
    .replace(ZONE, ' ')
    .replace(/[,\s]+/g, ' ')
    .trim();
  // Every format prints the day as digits.
  if (!/\d/.test(day)) return false;
  return ['d MMMM', 'd MMM', 'MMMM d', 'MMM d', 'EEEE d MMMM', 'EEE d MMM'].some((pattern) => {
    const parsed = parse(day, pattern, REFERENCE);
    return isValid(parsed) && format(parsed, pattern).toLowerCase() === day.toLowerCase();
  });
}

/** "By Jane Doe, Political Editor 18 February 2019": the byline, then a stamp. */
function splitByline(segment: string): { byline: string; stamp: Omit<Timestamp, 'rest'> } | null {
  if (!/^By\s/.test(segment)) return null;
  const words = segment.split(/\s+/);
  for (let i = 2; i < words.length; i++) {
    const stamp = parseSegment(words.slice(i).join(' '));
    if (stamp)
      return {
        byline: words
          .slice(0, i)
          .join(' ')
          .replace(/[\s,–—-]+$/, ''),
        stamp,
      };
  }
  return null;
}

/**
 * Reads a line that is a timestamp as outlets print them: "Published 18 February 2019",
 * "18/02/2019 - 19:45 BST", "Monday 18 February 2019 19.45 GMT", optionally with a byline
 * piece. The first dated piece decides. Null for anything else, such as a sentence
 * that mentions a date.
 * @example parseTimestamp('Updated: 19 Feb 2019')
 *   // { kind: 'updated', date: '2019-02-19', precision: 'day', rest: '' }
 */
export function parseTimestamp(text: string): Timestamp | null {
  const line = text.trim();
  if (line === '' || line.length > MAX_STAMP_CHARS) return null;
  if (AGE_NOTICE.test(line)) return { kind: 'plain', date: null, precision: null, rest: '' };
  // Most lines are turned away here, before any date format is tried.
  if (!MAY_BE_STAMP.test(line) || line.split(/\s+/).length > MAX_STAMP_WORDS) return null;
  // "18 February 2019 • 7:45pm": one stamp printed in pieces.
  const whole = parseSegment(line.replace(SEPARATORS_ALL, ' '));
  if (whole) return { ...whole, rest: '' };
  // "Monday February 18 2019, 10.00pm, The Times": a dated stamp signed with a name.
  const signed = SIGNED_STAMP.exec(line);
  const unsigned = signed ? parseSegment(line.slice(0, signed.index)) : null;
  if (unsigned?.date) return { ...unsigned, rest: '' };
  let found: Omit<Timestamp, 'rest'> | null = null;
  const bylines: string[] = [];
  let names = 0;
  for (const segment of pieces(line)) {
    const stamp = parseSegment(segment);
    // "… 18 February 2019 • 7:45pm": the time of a day printed in another piece.
    if (!stamp && isClockOnly(segment)) continue;
    const split = stamp ? null : splitByline(segment);
    if (!stamp && !split && !/^By\s/.test(segment)) {
      if (!NAME_PIECE.test(segment)) return null;
      names++;
      continue;
    }
    if (!stamp) bylines.push(split?.byline ?? segment);
    const piece = stamp ?? split?.stamp;
    if (
      piece &&
      (!found || (piece.date !== null && (found.date === null || earlier(piece, found))))
    ) {
      found = piece;
    }
  }
  // Bare names ("The Huffington Post UK | Jane Doe | Posted …") only beside a labelled date.
  if (!found || (names > 0 && (found.kind === 'plain' || found.date === null))) return null;
  return { ...found, rest: bylines.join(' | ') };
}

/**
 * Splits a stamp line at its separators and before a second label, printed with a space or
 * glued on by copying ("18:45, 18 Feb 2019Updated 19:10, 18 Feb 2019").
 */
function pieces(line: string): string[] {
  return line
    .replace(/[()]/g, ' | ')
    .replace(SECOND_LABEL, ' | ')
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * True when a line is a timestamp (dated, relative, or the age notice), not journalism.
 * @example isTimestampLine('Published: 18:45 GMT, 18 Feb 2019') // true
 * @example isTimestampLine('On 18 February 2019 MPs voted against the deal.') // false
 */
export function isTimestampLine(text: string): boolean {
  return parseTimestamp(text) !== null;
}

/**
 * Takes timestamp lines out of a seed before boilerplate stripping. Each is recorded
 * with rule `timestamp`; a byline on the same line stays in the text. The article's
 * printed date is the first published stamp, else the first bare one, else the
 * first updated one: an update never replaces the publication date.
 * @example takeTimestamps([{ line: 2, text: 'Published 18 February 2019' }]).printed?.date
 *   // '2019-02-18'
 */
export function takeTimestamps(lines: readonly SourceLine[]): {
  kept: SourceLine[];
  removed: RemovedBoilerplate[];
  printed: PrintedDate | null;
} {
  const kept: SourceLine[] = [];
  const removed: RemovedBoilerplate[] = [];
  let printed: PrintedDate | null = null;
  const stamps = lines.map((l) => parseTimestamp(l.text));
  const timeline = timelineDates(lines, stamps);
  for (const [i, source] of lines.entries()) {
    const pair = labelFor(lines, stamps, i);
    // The pair's date line is removed in its turn, but dates the article only through the pair.
    if (pair) stamps[pair.dateAt] = { ...stamps[pair.dateAt]!, kind: pair.kind, date: null };
    const crosshead = timeline.has(i);
    const stamp = crosshead ? null : (stamps[i] ?? pair);
    if (!stamp) {
      kept.push(source);
      continue;
    }
    const text = source.text.trim();
    removed.push({ rule: 'timestamp', line: source.line, text });
    if (stamp.rest) kept.push({ line: source.line, text: stamp.rest });
    const better = !printed || PREFERENCE[stamp.kind] < PREFERENCE[printed.kind];
    if (stamp.date && stamp.precision && better) {
      const { date, precision, kind } = stamp;
      const at = lines[pair?.dateAt ?? i]!;
      printed = {
        date,
        precision,
        kind,
        line: at.line,
        text: pair ? `${text} ${at.text.trim()}` : text,
      };
    }
  }
  return { kept, removed, printed };
}

/** A line of running prose: long, and ending like a sentence. */
const isProse = (text: string) =>
  text.trim().split(/\s+/).length >= MIN_PROSE_WORDS && /[.!?…]["'”’)]*$/.test(text.trim());

/**
 * Bare dates printed between paragraphs, when there are several, are the crossheads of a
 * timeline: journalism, not stamps. One alone there is still read as the page's stamp.
 */
function timelineDates(lines: readonly SourceLine[], stamps: readonly (Timestamp | null)[]) {
  const bare = (s: Timestamp | null) => s?.kind === 'plain' && s.date !== null && !s.rest;
  if (stamps.filter(bare).length < 2) return new Set<number>();
  const first = lines.findIndex((l) => isProse(l.text));
  const last = lines.findLastIndex((l) => isProse(l.text));
  const inside = stamps.flatMap((s, i) => (bare(s) && i > first && i < last ? [i] : []));
  return new Set(inside.length >= 2 ? inside : []);
}

/**
 * A label alone on its line ("Published") with a bare date on the next non-blank line:
 * the pair is one stamp, of the label's kind, dated by the next line.
 */
function labelFor(
  lines: readonly SourceLine[],
  stamps: readonly (Timestamp | null)[],
  i: number,
): (Timestamp & { dateAt: number }) | null {
  const label = LABEL_ONLY.exec(lines[i]!.text.trim());
  if (!label) return null;
  let next = i + 1;
  while (next < lines.length && lines[next]!.text.trim() === '') next++;
  const stamp = stamps[next];
  if (!stamp || stamp.kind !== 'plain' || stamp.date === null || stamp.rest) return null;
  return { ...stamp, kind: labelled(lines[i]!.text.trim()).kind, dateAt: next };
}
