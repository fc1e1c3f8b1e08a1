/** Why a line was set aside: the shared vocabulary of removed-line rules. */
export type FurnitureRule =
  | 'navigation'
  | 'section-label'
  | 'masthead'
  | 'byline'
  | 'timestamp'
  | 'picture-credit'
  | 'media-notice'
  | 'video-title'
  | 'share-prompt'
  | 'follow-prompt'
  | 'newsletter-prompt'
  | 'donation-appeal'
  | 'cookie-prompt'
  | 'comment-prompt'
  | 'related-links'
  | 'topic-links'
  | 'pull-quote'
  | 'advert'
  | 'spam';

/**
 * A publication as the furniture rules read it: its name, plus any other names it prints
 * as a masthead. Read defensively: the registry's fields may grow.
 */
export interface MastheadSource {
  name: string;
  aliases?: readonly string[];
  mastheads?: readonly string[];
  /** The publications registry keeps the names an outlet prints alone under `evidence`. */
  evidence?: { mastheads?: readonly string[] };
}

export interface FurnitureContext {
  publications: readonly MastheadSource[];
}

/**
 * The words in a line, counted up to `cap` at most: the rules only ask whether a line is
 * shorter than some limit, and most lines are long paragraphs.
 * @example wordCount('Skip to main content') // 4
 * @example wordCount('Skip to main content', 2) // 2
 */
export function wordCount(text: string, cap = Infinity): number {
  // Counted without splitting: it runs on every line of every seed, several times.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < cap; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160;
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/** Runs of whitespace that single spacing changes: two or more, or one that is not a space. */
const UNEVEN_SPACE = /\s{2,}|[^\S ]/g;

/**
 * The text with every run of whitespace made one space, as `replace(/\s+/g, ' ')` makes
 * it, without rebuilding a line that is already single-spaced (most are).
 * @example singleSpaced('Skip  to\tcontent') // 'Skip to content'
 */
export function singleSpaced(text: string): string {
  return text.replace(UNEVEN_SPACE, ' ');
}

/**
 * Lowercase letters and digits only, single-spaced: how two lines are compared.
 * @example normalise('“Skip to  Content”!') // 'skip to content'
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A whole-line pattern from its alternatives, so long word lists read one per line.
 * @example wholeLine(['menu', 'search']).test('Menu') // true
 */
export function wholeLine(alternatives: readonly string[], flags = 'i', suffix = ''): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})${suffix}$`, flags);
}

/**
 * Compiles a family of line patterns into one test: one regex per set of flags, so a line
 * is scanned once per family rather than once per pattern (the rules run on every line).
 * @example anyOf([/^share$/i, /^copy link$/i])('Copy link') // true
 */
export function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const p of patterns)
    byFlags.set(p.flags, [...(byFlags.get(p.flags) ?? []), `(?:${p.source})`]);
  const compiled = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return (text) => compiled.some((r) => r.test(text));
}
