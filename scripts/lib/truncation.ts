/** The note an article carries when its copy stops mid-sentence. */
export const TRUNCATED_NOTE = 'the text ends mid-sentence: the copy is truncated';

/** Shorter unpunctuated last lines are crossheads or captions, not a cut-off paragraph. */
const MIN_WORDS = 8;

/**
 * True when a text's last line stops mid-sentence: a line of prose with no closing
 * punctuation (full stop, "?", "!", ellipsis, or a closing quote or bracket), or one that
 * ends on a comma, semicolon or hyphen. Furniture at the end was removed before, so what is
 * left is where the journalism stops.
 * @example isTruncated('And the vote on the bill will be held on Tues') // true
 * @example isTruncated('And the vote on the bill will be held on Tuesday.') // false
 */
export function isTruncated(lastLine: string): boolean {
  const t = lastLine.trim();
  if (/[,;\-–]$/.test(t)) return true;
  if (/[.!?…:]["'“”‘’)\]]*$/.test(t) || /["”’)\]]$/.test(t)) return false;
  return t.split(/\s+/).length >= MIN_WORDS;
}
