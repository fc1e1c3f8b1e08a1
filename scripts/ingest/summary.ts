/** How long a summary drawn from the opening paragraph may grow. */
const SUMMARY_MAX_WORDS = 45;

/**
 * The line shown under a headline in lists: the publisher's standfirst where
 * there is one, else the opening paragraph, cut at a sentence end when it is long.
 * @example summarise(null, 'One. Two.').text // 'One. Two.'
 */
export function summarise(
  standfirst: string | null,
  openingParagraph: string,
): { text: string; source: 'standfirst' | 'opening-paragraph' } {
  if (standfirst) return { text: standfirst, source: 'standfirst' };
  const words = openingParagraph.split(/\s+/);
  if (words.length <= SUMMARY_MAX_WORDS)
    return { text: openingParagraph, source: 'opening-paragraph' };
  const clipped = words.slice(0, SUMMARY_MAX_WORDS).join(' ');
  const sentenceEnd = Math.max(
    clipped.lastIndexOf('. '),
    clipped.lastIndexOf('? '),
    clipped.lastIndexOf('! '),
  );
  const text =
    sentenceEnd > 40 ? clipped.slice(0, sentenceEnd + 1) : `${clipped.replace(/[,;:]$/, '')}…`;
  return { text, source: 'opening-paragraph' };
}
