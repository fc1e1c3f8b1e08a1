import type { Hit } from './matcher.ts';
import { normalizeGap } from './tokens.ts';

/** A place as written: capitalised words, joined by spaces, commas or "and", "upon" … */
const PLACE =
  String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:(?:\s+(?:and|upon|on|under|in|le|with|the|of)\s+|,\s+|\s+)` +
  String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*)*`;
/** Words that may qualify "MP" without changing whose seat it is. */
const QUALIFIER = String.raw`(?:new|newly\s+elected|veteran|local|backbench|senior|long-serving|outgoing)\s+`;
/** "the", "a", "former", "ex-", a qualifier and up to two capitalised words (a party). */
const LEAD =
  String.raw`(?:the\s+|a\s+)?(?:former\s+|ex-)?(?:${QUALIFIER})?` +
  String.raw`(?:\p{Lu}[\p{L}]*\s+){0,2}`;
/** "represents", "who has sat for", "sits for" … */
const SITS_FOR = String.raw`(?:represents|represented|has\s+represented|(?:has\s+)?sat\s+for|sits\s+for)`;

/** Seat phrases after a name: the place is read from its start. */
const AFTER_FROM_START = [
  new RegExp(String.raw`^(?:['’]s)?,?\s+${LEAD}MP\s+for\s+(${PLACE})`, 'u'),
  new RegExp(String.raw`^\s+\((?:[\p{L}]+,\s+)?(${PLACE})\)`, 'u'),
  new RegExp(String.raw`^,\s+(?:who\s+)?${SITS_FOR}\s+(${PLACE})`, 'u'),
];
/** Seat phrases after a name whose place ends at "MP": "Andy Burnham, the Leigh MP". */
const AFTER_TO_END = [
  new RegExp(
    String.raw`^,\s+(?:the\s+)?(?:former\s+|ex-)?(?:${QUALIFIER})?(${PLACE})\s+MP(?![\p{L}])`,
    'u',
  ),
];
/**
 * Before a name, the place ending at "MP" or a possessive: "Leigh MP Andy Burnham". Each
 * pattern comes with a cheap test of the text's end, so the costly one rarely runs.
 */
const BEFORE_TO_END: [RegExp, RegExp][] = [
  [/MP\s+$/u, new RegExp(String.raw`(${PLACE})\s+MP\s+$`, 'u')],
  [/['’]s\s+$/u, new RegExp(String.raw`(${PLACE})['’]s\s+$`, 'u')],
];
/** Before a name, the place after "MP for" or "sat for … as": "the MP for Leigh, Andy Burnham". */
const BEFORE_FROM_START: [RegExp, RegExp][] = [
  [/MP\s+for\s/u, new RegExp(String.raw`MP\s+for\s+(${PLACE}),?\s+$`, 'u')],
  [/\sas\s+$/u, new RegExp(String.raw`${SITS_FOR}\s+(${PLACE})\s+as\s+$`, 'u')],
];

const WORD_START = /(?:^|[\s,]+)(?=\p{Lu})/gu;

/** Every run of whole words from the place's start ("Leigh, Andy" -> "Leigh", "Leigh, Andy"). */
function prefixes(place: string): string[] {
  const cuts = [...place.matchAll(/[\p{L}\p{M}'’.-]+/gu)]
    .filter((m) => /^\p{Lu}/u.test(m[0]))
    .map((m) => m.index + m[0].length);
  return cuts.map((cut) => place.slice(0, cut));
}

/** Every run of whole words up to the place's end ("Labour Leigh" -> "Leigh", "Labour Leigh"). */
function suffixes(place: string): string[] {
  return [...place.matchAll(WORD_START)].map((m) => place.slice(m.index + m[0].length));
}

/**
 * The places a name's own seat phrase names, read from the text on both sides of the
 * name: "Leigh MP Andy Burnham", "Andy Burnham, the Leigh MP", "Andy Burnham, Labour MP
 * for Leigh", "Andy Burnham (Leigh)", "Canterbury's Rosie Duffield", "Angela Smith, who
 * has sat for Basildon", "who sat for Basildon as Angela Smith". Each place comes
 * with its shorter readings, since the words around it may belong to the sentence
 * ("the MP for Leigh, Andy Burnham" reads "Leigh" and "Leigh, Andy Burnham"); match
 * them with `placeNamesSeat`.
 * @example seatPlacesAround('Andy Burnham, the Leigh MP, said', 0, 12) // ['Leigh']
 */
export function seatPlacesAround(text: string, start: number, end: number): string[] {
  const after = text.slice(end, end + 160);
  const before = text.slice(Math.max(0, start - 160), start);
  const out: string[] = [];
  const read = (patterns: RegExp[], on: string, cut: (place: string) => string[]) => {
    for (const pattern of patterns) {
      const place = pattern.exec(on)?.[1];
      if (place) out.push(...cut(place));
    }
  };
  const guarded = (pairs: [RegExp, RegExp][]) =>
    pairs.filter(([guard]) => guard.test(before)).map(([, pattern]) => pattern);
  read(AFTER_FROM_START, after, prefixes);
  read(AFTER_TO_END, after, suffixes);
  read(guarded(BEFORE_TO_END), before, suffixes);
  read(guarded(BEFORE_FROM_START), before, prefixes);
  return [...new Set(out.map((p) => normalizeGap(p).trim()))];
}

/**
 * Whether a place as written names a seat: the seat's name itself, or its opening
 * words ("Penistone" for "Penistone and Stocksbridge"), as the press shortens seats.
 * @example placeNamesSeat('Penistone', 'Penistone and Stocksbridge') // true
 * @example placeNamesSeat('Leigh', 'Leigh-on-Sea') // false
 */
export function placeNamesSeat(place: string, seatName: string): boolean {
  const seat = normalizeGap(seatName);
  return seat === place || seat.startsWith(`${place} `) || seat.startsWith(`${place},`);
}

/** "the MP for", "the Labour MP for", "Labour's MP for", right before a seat. */
const MP_FOR_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:[Tt]he\s+(?:\p{Lu}[\p{L}]*\s+){0,2}|\p{Lu}[\p{L}]*['’]s\s+)MP\s+for\s+)$`,
  'u',
);
const FORMER = /(?:^|[^\p{L}])(?:former|ex|then|late)[\s-]+$/iu;

/** Characters [start, end) of a seat phrase that names an MP without naming them. */
export interface SeatReference {
  /** Start of "the" or "Labour's", for checking what stands before the phrase. */
  phraseStart: number;
  start: number;
  end: number;
}

/**
 * The seat phrase around a constituency hit that refers to its MP without a name:
 * "the MP for Leigh", "Labour's MP for Leigh", "the Leigh MP". Not "the former MP for
 * Leigh", not "the Leigh MPs", and not a phrase standing beside the MP's name
 * ("the Leigh MP Andy Burnham", "the MP for Leigh, Andy Burnham"): there the name is
 * the mention. `hits` are the paragraph's hits and `h` the constituency hit's index.
 * @example seatReference('the MP for Leigh said', hits, 0) // { phraseStart: 0, start: 4, end: 16 }
 */
export function seatReference(text: string, hits: readonly Hit[], h: number): SeatReference | null {
  const hit = hits[h]!;
  const next = hits[h + 1];
  const prev = hits[h - 1];
  const namesNext = (from: number) =>
    next !== undefined && isNameHit(next) && /^,?\s+$/u.test(text.slice(from, next.start));
  const namedBefore = (phraseStart: number) =>
    prev !== undefined &&
    isNameHit(prev) &&
    /^(?:['’]s)?,\s+$/u.test(text.slice(prev.end, phraseStart));
  const before = text.slice(Math.max(0, hit.start - 60), hit.start);
  const mpFor = MP_FOR_BEFORE.exec(before);
  if (mpFor) {
    const phraseStart = hit.start - mpFor[1]!.length;
    if (FORMER.test(text.slice(Math.max(0, phraseStart - 12), phraseStart))) return null;
    if (/\bformer\b|\bex\b/iu.test(mpFor[1]!)) return null;
    if (namesNext(hit.end) || namedBefore(phraseStart)) return null;
    const mp = text.lastIndexOf('MP', hit.start);
    return { phraseStart, start: mp, end: hit.end };
  }
  const mpAfter = /^\s+MP(?![\p{L}])/u.exec(text.slice(hit.end));
  if (!mpAfter || !/(?:^|[^\p{L}])the\s+$/iu.test(before)) return null;
  const end = hit.end + mpAfter[0].length;
  const phraseStart = before.search(/the\s+$/iu) + hit.start - before.length;
  if (namesNext(end) || namedBefore(phraseStart)) return null;
  return { phraseStart, start: hit.start, end };
}

function isNameHit(hit: Hit): boolean {
  const p = hit.payload;
  return Boolean(p.names || p.surnameOf || p.firstNameOf);
}
