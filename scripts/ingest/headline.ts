import { looksLikeTimestamp } from './furniture/index.ts';
import type { RemovedBoilerplate } from './boilerplate.ts';
import type { SourceLine } from './lines.ts';

/** Lines above the first paragraph that may hold the headline and standfirst. */
const MAX_HEADER_LINES = 6;
const MAX_HEADLINE_WORDS = 25;
/** No word of a headline runs past 40 characters: a longer run of letters is junk, not a title. */
const HAS_GIANT_WORD = /\S{41}/u;
const MIN_STANDFIRST_WORDS = 6;
/** A line above the headline this short is its kicker ("Election 2024", "Boris Johnson"). */
const MAX_KICKER_WORDS = 4;
/** A standfirst sits under a headline; a shorter line above it is a kicker. */
const MIN_HEADLINE_WORDS = 4;
/** A standfirst that ends with a full stop is still a standfirst, up to this length. */
const MAX_STANDFIRST_WORDS = 60;

const CAPTION_OR_CREDIT =
  /^(image|media|video) (copyright|caption|source)\b|^(photograph|photo|picture|image|credit)s?:/i;

export interface Header {
  headline: SourceLine | null;
  standfirst: SourceLine | null;
  /** Every other line, in order: the body (with any unchosen line above the headline). */
  body: SourceLine[];
  /** Short lines above the headline: kickers and section labels ("Parliament"), set aside. */
  labels: SourceLine[];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * True for a line that can be a headline: short, with no giant word, not ending with a full stop or an
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
    !HAS_GIANT_WORD.test(t) &&
    !/[.…,;:]["'“”‘’)\]]*$/.test(t) &&
    !looksLikeTimestamp(t) &&
    !CAPTION_OR_CREDIT.test(t)
  );
}

/**
 * Finds the headline and standfirst among an article's first lines (furniture already
 * removed). When a byline or timestamp was removed among the first lines (`boundary`, its
 * source line), the header is every line above it but pictures; otherwise it is the run of
 * headline-like lines at the top. The headline is the candidate immediately above the
 * standfirst, byline or first paragraph; a page title or kicker above it stays in the body
 * (nothing is dropped). The last header line is the standfirst when it reads as one (see
 * `isStandfirstUnder`): above a byline it may end with a full stop; without one it must be
 * longer than the headline, since a one-sentence first paragraph looks the same.
 * @example chooseHeader([{ line: 1, text: 'Corbyn refuses to step in' }], null).headline?.line // 1
 */
export function chooseHeader(content: readonly SourceLine[], boundary: number | null): Header {
  const aboveBoundary = boundary === null ? [] : content.filter((l) => l.line < boundary);
  // A byline or timestamp closes the header only when it sits among the first lines; the
  // pictures printed between headline and byline are not part of it.
  const closed = aboveBoundary.length > 0 && aboveBoundary.length <= MAX_HEADER_LINES;
  const found =
    (closed &&
      pick(
        aboveBoundary.filter((l) => !CAPTION_OR_CREDIT.test(l.text)),
        true,
      )) ||
    pick(leadingCandidates(content), false);
  if (!found) return { headline: null, standfirst: null, body: [...content], labels: [] };
  const { headline, standfirst } = found;
  const labels = content
    .slice(0, content.indexOf(headline))
    .filter((l) => words(l.text) <= MAX_KICKER_WORDS && isHeadlineCandidate(l.text));
  const body = content.filter((l) => l !== headline && l !== standfirst && !labels.includes(l));
  return { headline, standfirst, body, labels };
}

/** Headline and standfirst among the header's lines: the last two, or the last one. */
function pick(
  header: readonly SourceLine[],
  closed: boolean,
): { headline: SourceLine; standfirst: SourceLine | null } | null {
  const last = header[header.length - 1];
  const previous = header[header.length - 2];
  if (!last) return null;
  if (previous && isStandfirstUnder(last, previous, closed))
    return { headline: previous, standfirst: last };
  return isHeadlineCandidate(last.text) ? { headline: last, standfirst: null } : null;
}

/** The run of headline-like lines at the top, each glued to the one above it. */
function leadingCandidates(content: readonly SourceLine[]): SourceLine[] {
  const header: SourceLine[] = [];
  for (const line of content.slice(0, MAX_HEADER_LINES)) {
    const previous = header[header.length - 1];
    if (!isHeadlineCandidate(line.text) || (previous && line.line - previous.line > 1)) break;
    header.push(line);
  }
  return header;
}

/**
 * True when `line` reads as the standfirst under `headline`: at least 6 words, not a second
 * version of the headline (a page title sharing most of its words), under a headline of at
 * least 4 words (shorter is a kicker). Without a byline below it must be longer than the
 * headline; above a byline (`closed`) it may also be sentences with full stops.
 */
function isStandfirstUnder(line: SourceLine, headline: SourceLine, closed: boolean): boolean {
  if (!isHeadlineCandidate(headline.text) || words(headline.text) < MIN_HEADLINE_WORDS)
    return false;
  if (words(line.text) < MIN_STANDFIRST_WORDS || sharesMostWords(line.text, headline.text))
    return false;
  if (isHeadlineCandidate(line.text)) return closed || words(line.text) > words(headline.text);
  return closed && words(line.text) <= MAX_STANDFIRST_WORDS && !CAPTION_OR_CREDIT.test(line.text);
}

/** True when two lines share at least half their words: two versions of one headline. */
function sharesMostWords(a: string, b: string): boolean {
  const set = (t: string) =>
    new Set(
      t
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
  const [x, y] = [set(a), set(b)];
  const common = [...x].filter((w) => y.has(w)).length;
  return common / Math.min(x.size, y.size) >= 0.5 && common / Math.max(x.size, y.size) >= 0.5;
}

/**
 * Records the kickers above the headline as removed section labels, in line order.
 * @example setAsideLabels(removed, [{ line: 2, text: 'Parliament' }])
 */
export function setAsideLabels(removed: RemovedBoilerplate[], labels: readonly SourceLine[]): void {
  if (labels.length === 0) return;
  for (const { line, text } of labels) removed.push({ rule: 'section-label', line, text });
  removed.sort((a, b) => a.line - b.line);
}

/**
 * The source line that closes the header: the first byline below the first kept line, or
 * else the first timestamp there (a timestamp may sit above the headline; a byline rarely).
 * @example headerBoundary([{ line: 1, text: 'Head' }], [{ rule: 'byline', line: 2, text: 'By A B' }]) // 2
 */
export function headerBoundary(
  kept: readonly SourceLine[],
  removed: readonly RemovedBoilerplate[],
): number | null {
  const first = kept.find((l) => l.text.trim() !== '');
  if (!first) return null;
  const below = removed.filter((r) => r.line > first.line);
  const closer =
    below.find((r) => r.rule === 'byline') ?? below.find((r) => r.rule === 'timestamp');
  return closer?.line ?? null;
}
