import type { Block } from './structure.ts';

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

/**
 * True when the body's last block stops mid-sentence (see {@link isTruncated}). A long
 * unpunctuated last line read as a caption is made a paragraph again, in place: it is the
 * cut-off end of one. Call it before counting paragraphs.
 * @example endsTruncated([{ kind: 'paragraph', text: 'It was the end.', line: 3 }]) // false
 */
export function endsTruncated(blocks: Block[]): boolean {
  const last = blocks[blocks.length - 1];
  if (!last || (last.kind === 'caption' && last.credit !== null)) return false;
  const text = last.kind === 'caption' ? last.caption : last.text;
  if (text === null || !isTruncated(text)) return false;
  if (last.kind !== 'paragraph')
    blocks[blocks.length - 1] = { kind: 'paragraph', text, line: last.line };
  return true;
}
