/** Decides where quotations are: which marks open and close them, across paragraphs. */

/*
 * A quotation is a chain of parts, one per paragraph:
 * British style continues a quote into the next paragraph by opening that paragraph
 * with a quotation mark and leaving the previous one unclosed.
 */

/** One paragraph's share of a quotation. Offsets are in that paragraph. */
export interface QuotePart {
  /** 0-based paragraph index. */
  paragraph: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when the quote runs on. */
  close: number;
  /** Whether a closing mark ends this part. */
  closed: boolean;
}

export interface QuoteChain {
  family: 'double' | 'single';
  parts: QuotePart[];
}

const DOUBLE_OPEN = new Set(['"', '“', '„']);
const DOUBLE_CLOSE = new Set(['"', '”']);
const LETTER = /[\p{L}\p{N}]/u;

function opensSingle(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '‘' && c !== "'") return false;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? '';
  // An opening single quote follows a space or opening punctuation and precedes a word.
  return /[\s([{—–\-/]/u.test(before) && (LETTER.test(after) || /["“‘]/.test(after));
}

function closesSingle(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '’' && c !== "'") return false;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? '';
  // An apostrophe sits between letters ("that’s"); a closing quote ends a word.
  return !/\s/u.test(before) && !LETTER.test(after);
}

/** First non-space offset, and whether the paragraph opens with a quotation mark of the family. */
function opensWith(text: string, family: 'double' | 'single'): number | null {
  const i = text.search(/\S/u);
  if (i < 0) return null;
  const c = text[i]!;
  if (family === 'double' ? DOUBLE_OPEN.has(c) : c === '‘' || c === "'") return i;
  return null;
}

/**
 * Finds every quotation in an article's paragraphs, in order. Double quotes (straight
 * or curly) nest single quotes, which are then part of the quoted text; single quotes
 * outside double quotes are quotations too (The Spectator uses them), told apart from
 * apostrophes by position. An unclosed single quote that does not run on into a
 * paragraph opening with one is taken for an apostrophe and dropped.
 * @example findQuoteSpans(['He said: "No.', '"Never," he added.'])
 *   // [{ family: 'double', parts: [{ paragraph: 0, open: 9, close: 13, closed: false }, { paragraph: 1, open: 0, close: 6, closed: true }] }]
 */
export function findQuoteSpans(paragraphs: readonly string[]): QuoteChain[] {
  const chains: QuoteChain[] = [];
  let running: QuoteChain | null = null;
  paragraphs.forEach((text, p) => {
    const carried = running ? carryOn(running, text, p, chains) : null;
    running = scanParagraph(text, p, carried, chains);
  });
  if (running && (running as QuoteChain).family === 'single') {
    chains.splice(chains.lastIndexOf(running), 1);
  }
  return chains;
}

/** A quotation open at the start of a paragraph's scan, and where the scan starts. */
interface OpenQuote {
  chain: QuoteChain;
  current: QuotePart;
  start: number;
}

/**
 * A quotation left open carries on into a paragraph opening with a mark of its family;
 * otherwise it ends there, and an unclosed single quote is dropped as an apostrophe.
 */
function carryOn(
  running: QuoteChain,
  text: string,
  p: number,
  chains: QuoteChain[],
): OpenQuote | null {
  const at = opensWith(text, running.family);
  if (at === null) {
    if (running.family === 'single') chains.splice(chains.lastIndexOf(running), 1);
    return null;
  }
  const current = { paragraph: p, open: at, close: text.length, closed: false };
  running.parts.push(current);
  return { chain: running, current, start: at + 1 };
}

/** Adds the paragraph's quotations to `chains`; returns the one it leaves open, if any. */
function scanParagraph(
  text: string,
  p: number,
  open: OpenQuote | null,
  chains: QuoteChain[],
): QuoteChain | null {
  let inFamily: 'double' | 'single' | null = open ? open.chain.family : null;
  let current: QuotePart | null = open ? open.current : null;
  let chain: QuoteChain | null = open ? open.chain : null;
  for (let i = open ? open.start : 0; i < text.length; i++) {
    const c = text[i]!;
    if (inFamily === 'double' || inFamily === 'single') {
      const closes = inFamily === 'double' ? DOUBLE_CLOSE.has(c) : closesSingle(text, i);
      if (closes) {
        current!.close = i;
        current!.closed = true;
        inFamily = null;
      }
    } else if (DOUBLE_OPEN.has(c) || opensSingle(text, i)) {
      inFamily = DOUBLE_OPEN.has(c) ? 'double' : 'single';
      current = { paragraph: p, open: i, close: text.length, closed: false };
      chain = { family: inFamily, parts: [current] };
      chains.push(chain);
    }
  }
  return inFamily && chain ? chain : null;
}

/**
 * Per paragraph, the character ranges inside quotation marks (marks included), for
 * telling whether an offset is quoted.
 * @example quotedRanges(findQuoteSpans(['a "b c" d']), 1) // [[[2, 7]]]
 */
export function quotedRanges(
  chains: readonly QuoteChain[],
  paragraphCount: number,
): [number, number][][] {
  const ranges: [number, number][][] = Array.from({ length: paragraphCount }, () => []);
  for (const chain of chains) {
    for (const part of chain.parts) ranges[part.paragraph]!.push([part.open, part.close + 1]);
  }
  return ranges;
}

/**
 * Whether [start, end) lies inside one of a set of disjoint, ordered ranges (a
 * paragraph's quoted ranges, say): a binary search.
 * @example inRanges([[2, 7]], 3, 5) // true
 * @example inRanges([[2, 7]], 6, 9) // false
 */
export function inRanges(
  ranges: readonly [number, number][] | undefined,
  start: number,
  end: number = start + 1,
): boolean {
  if (!ranges) return false;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (start < a) hi = mid - 1;
    else if (start >= b) lo = mid + 1;
    else return end <= b;
  }
  return false;
}

/** Whether [start, end) is inside quotation marks, given the paragraph's quoted ranges. */
export const isQuoted = inRanges;
