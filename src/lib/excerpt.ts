export interface Excerpt {
  /** Text before the match, starting at a word boundary, with a leading "…" when cut. */
  before: string;
  match: string;
  /** Text after the match, ending at a word boundary, with a trailing "…" when cut. */
  after: string;
}

/**
 * A short window of a paragraph around a match, cut at word boundaries, so a list
 * of mentions reads as phrases, not fragments of words.
 * @example excerptAround('Ms Berger is facing a vote.', 0, 9, 10) // { before: '', match: 'Ms Berger', after: ' is facing…' }
 */
export function excerptAround(text: string, start: number, end: number, radius = 70): Excerpt {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space === -1 || space >= start ? start : space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space <= end ? end : space;
  }
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}
