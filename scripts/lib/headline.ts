import { looksLikeTimestamp } from './furniture/index.ts';
import type { SourceLine } from './lines.ts';

/** Lines above the first paragraph that may hold the headline and standfirst. */
const MAX_HEADER_LINES = 6;
const MAX_HEADLINE_WORDS = 25;
const MIN_STANDFIRST_WORDS = 6;
/** A standfirst that ends with a full stop is still a standfirst, up to this length. */
const MAX_STANDFIRST_WORDS = 60;

const CAPTION_OR_CREDIT =
  /^(image|media|video) (copyright|caption|source)\b|^(photograph|photo|picture|image|credit)s?:/i;

export interface Header {
  headline: SourceLine | null;
  standfirst: SourceLine | null;
  /** Lines above the headline that were not chosen (a second candidate headline). */
  above: SourceLine[];
  /** Index in `content` of the first body line. */
  bodyStart: number;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * True for a line that can be a headline: short, not ending with a full stop or an
 * ellipsis ("?", "!" and a closing quote are fine), and not a timestamp or a caption.
 * @example isHeadlineCandidate('Is this the end for Labour?') // true
 * @example isHeadlineCandidate('Published 3 hours ago') // false
 */
export function isHeadlineCandidate(text: string): boolean {
  const t = text.trim();
  const n = words(t);
  return (
    n >= 1 &&
    n <= MAX_HEADLINE_WORDS &&
    !/[.…,;:]["'“”‘’)\]]*$/.test(t) &&
    !looksLikeTimestamp(t) &&
    !CAPTION_OR_CREDIT.test(t)
  );
}

/**
 * Finds the headline and standfirst among an article's first lines (furniture already
 * removed). The header is the run of headline-like lines above the first paragraph, or,
 * when a byline or timestamp was removed below the headline (`boundary`, its source line),
 * every line above it. The headline is the candidate immediately above the standfirst,
 * byline or first paragraph: a page-title line or kicker above it is set aside. The last
 * header line is the standfirst when it is at least 6 words and longer than the line above
 * it; above a byline it may end with a full stop (without a byline it could not be told
 * from a one-sentence first paragraph).
 * @example chooseHeader([{ line: 1, text: 'Corbyn refuses to step in' }, { line: 3, text: 'He said no.' }], null).headline?.line // 1
 */
export function chooseHeader(content: readonly SourceLine[], boundary: number | null): Header {
  const header: SourceLine[] = [];
  for (const line of content.slice(0, MAX_HEADER_LINES)) {
    const aboveBoundary = boundary !== null && line.line < boundary;
    if (boundary !== null && !aboveBoundary && header.length > 0) break;
    if (isHeadlineCandidate(line.text)) {
      const previous = header[header.length - 1];
      // Without a byline below, a standfirst sits glued to the line above it.
      if (boundary === null && previous && line.line - previous.line > 1) break;
      header.push(line);
      continue;
    }
    const fullStopStandfirst =
      aboveBoundary &&
      header.length > 0 &&
      words(line.text) <= MAX_STANDFIRST_WORDS &&
      !CAPTION_OR_CREDIT.test(line.text);
    if (fullStopStandfirst) header.push(line);
    break;
  }
  const none: Header = { headline: null, standfirst: null, above: [], bodyStart: 0 };
  if (header.length === 0) return none;
  const last = header[header.length - 1]!;
  const previous = header[header.length - 2];
  const isStandfirst =
    previous !== undefined &&
    isHeadlineCandidate(previous.text) &&
    words(last.text) >= MIN_STANDFIRST_WORDS &&
    (!isHeadlineCandidate(last.text) || words(last.text) > words(previous.text));
  const headline = isStandfirst ? previous! : last;
  if (!isHeadlineCandidate(headline.text)) return none;
  return {
    headline,
    standfirst: isStandfirst ? last : null,
    above: header.slice(0, header.indexOf(headline)),
    bodyStart: header.length,
  };
}
