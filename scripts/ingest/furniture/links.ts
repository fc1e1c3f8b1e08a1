import type { FurnitureRule } from './types.ts';
import { singleSpaced, wholeLine, wordCount } from './types.ts';

/** Headers of lists of other stories; the headlines under them go too. */
const RELATED_HEADER = wholeLine(
  [
    'read more',
    'read next',
    'read more on this',
    'more on this story',
    'more on this',
    'more stories',
    'more from [\\p{L} ]{1,40}',
    'related',
    'related (stories|articles|content|coverage|reading|links|topics|internet links)',
    'see also',
    'you may also like',
    'you might also like',
    'recommended( for you| reading| stories)?',
    'most (read|popular|viewed|shared)',
    'trending( now)?',
    'top stories',
    'more top stories',
    'latest (news|stories)',
    'latest [\\p{L}]+( [\\p{L}]+)? (news|stories)',
    'also read',
    'what to read next',
    'in other news',
    'elsewhere( on [\\p{L} ]+)?',
    'around the web',
    "editor'?s picks",
    'must read',
    'more in [\\p{L} ]{1,30}',
    'more (politics|news|uk news|world news) stories',
    'popular now',
    "don'?t miss",
  ],
  'iu',
  '\\s*(:|\\.{2,}|…)?',
);

/** A "Read more: other headline" line, and its variants with a dash or capitals. */
const RELATED_INLINE =
  /^(read more|read next|related|more|see also|also read|recommended|must read|watch more|listen more|latest)\s*[:\-–—|]\s*\S.*$/i;

const TOPIC_HEADER = wholeLine(
  [
    'topics?',
    'tags?',
    'related tags',
    'explore( more on these topics| more| topics)?',
    'more about',
    'more on',
    'in this story',
    'filed under',
    'categories',
    'subjects?',
    'keywords',
    'people in this story',
    'more about these topics',
  ],
  'i',
  '\\s*:?',
);

const TOPIC_INLINE =
  /^(topics?( in this (article|story))?|tags?|filed under|categories|keywords|more about)\s*:\s*\S.*$/i;

/** Which list a header opens, or null when the line is not one. */
export interface ListHeader {
  rule: FurnitureRule;
  /** The rule of the items under it, when not the header's own (topics under "Related Topics"). */
  itemRule?: FurnitureRule;
  /** How many short items may follow it (topic lists are words, related lists headlines). */
  itemWords: number;
}

/**
 * The header of a related-stories or topic list, or null.
 * @example listHeader('More on this story')?.rule // 'related-links'
 * @example listHeader('Topics')?.rule // 'topic-links'
 */
export function listHeader(text: string): ListHeader | null {
  // Spacing made single can only split words, never join them: a long line stays long.
  if (wordCount(text, 9) > 8) return null;
  const t = singleSpaced(text.trim());
  if (wordCount(t, 9) > 8) return null;
  if (/^related topics:?$/i.test(t))
    return { rule: 'related-links', itemRule: 'topic-links', itemWords: 6 };
  if (RELATED_HEADER.test(t)) return { rule: 'related-links', itemWords: 20 };
  if (TOPIC_HEADER.test(t)) return { rule: 'topic-links', itemWords: 6 };
  return null;
}

/**
 * A one-line link to other stories or topics ("Read more: …", "Topics: Labour, Brexit"),
 * or null.
 * @example linkLineRule('READ MORE: Starmer faces rebellion') // 'related-links'
 * `counted`: the line's words, when the caller has counted them (up to 31 at least).
 */
export function linkLineRule(text: string, counted?: number): FurnitureRule | null {
  const t = text.trim();
  if ((counted ?? wordCount(t, 31)) > 30) return null;
  if (TOPIC_INLINE.test(t)) return 'topic-links';
  if (/^for more (stories|news|coverage)\b/i.test(t)) return 'related-links';
  if (RELATED_INLINE.test(t) && !/^(more|latest)\s*[-–—]/i.test(t)) return 'related-links';
  return null;
}

/**
 * True for a line that can be an item of a list under a header: short, and not a
 * sentence (a list ends where the journalism resumes).
 * @example isListItem('Labour Party', 6) // true
 */
export function isListItem(text: string, maxWords: number): boolean {
  const t = text.trim();
  const words = wordCount(t, maxWords + 1);
  return words >= 1 && words <= maxWords && !/[.!:;,]["'”’)]?$/.test(t);
}
