import { looksLikeTimestamp } from './chrome.ts';
import { singleSpaced, wordCount } from './types.ts';

/** A name as bylines print it: two to four capitalised words ("Jane Doe", "Mary-Ann O'Neil"). */
const NAME =
  "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de|van|von|da|di|le|la|du|bin|al)?\\s*\\p{Lu}[\\p{L}'’.-]+){1,3}";
const NAMES = `${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*`;

/** Words that make a line a clause, not a job title. */
const NOT_ROLE_WORD =
  /^(said|says|say|is|was|were|are|has|have|had|will|would|could|he|she|they|we|it|this|that|who|which|told|not)$/i;
const ROLE_HEAD =
  /\b(editor|correspondent|reporter|writer|columnist|commentator|analyst|journalist|presenter|producer|team|desk)s?\b/i;

const BY = /^by\s+(.+)$/i;
const NAMES_ONLY = new RegExp(`^${NAMES}$`, 'u');
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}-]+(\s+\p{Lu}[\p{L}-]+)?$/u;
/** A stamp printed on the byline's line: "… Political Editor 18 February 2019 • 7:45pm". */
const TRAILING_STAMP = /\s+((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d.*$/i;
const ONE_NAME = new RegExp(`^${NAME}$`, 'u');

/**
 * True for a job title: a short phrase naming a job ("editor", "correspondent" ...) with
 * no verb or pronoun in it.
 * @example isRole('Local government correspondent') // true
 */
export function isRole(text: string): boolean {
  const t = text.trim();
  const words = t.replace(/[,&|]/g, ' ').split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 7 &&
    ROLE_HEAD.test(t) &&
    !/[.!?;:]$/.test(t) &&
    !/\d/.test(t) &&
    !words.some((w) => NOT_ROLE_WORD.test(w))
  );
}

/**
 * The byline a line carries, without "By", or null. "By Jane Doe", "By Jane Doe, Political
 * Editor" and "By Jane Doe and John Roe" are bylines anywhere; "Jane Doe Political
 * Correspondent" and "Jane Doe @handle" only near the headline (`nearHeadline`), since
 * elsewhere a name and a title can be a crosshead. A handle on the byline's line is kept.
 * @example parseByline('By Jane Doe, Political Editor', false) // 'Jane Doe, Political Editor'
 * @example parseByline('By Monday the vote was lost.', false) // null
 */
export function parseByline(text: string, nearHeadline: boolean): string | null {
  const t = withoutStamp(singleSpaced(text.trim()));
  if (wordCount(t) > 16 || /[.!?;]["'”’]?$/.test(t)) return null;
  const by = BY.exec(t);
  if (by) return splitNameRole(by[1]!, true);
  if (!nearHeadline) return null;
  // "Jane Doe @janedoe": the handle is a follow link, the byline is the name (and job).
  const handle = /^(.+?)\s+(@\w{2,30})$/.exec(t);
  if (handle) {
    const byline = splitNameRole(handle[1]!, true);
    return byline ? `${byline} ${handle[2]}` : null;
  }
  return splitNameRole(t, false);
}

/** The line without a timestamp printed after the byline on the same line. */
function withoutStamp(text: string): string {
  const stamp = TRAILING_STAMP.exec(text);
  return stamp && looksLikeTimestamp(stamp[0]) ? text.slice(0, stamp.index) : text;
}

/**
 * True for a line of two to four capitalised words and nothing else ("Jane Doe"): a byline
 * when a job title follows it on the next line.
 * @example isNamesOnly('Jane Doe') // true
 */
export function isNamesOnly(text: string): boolean {
  // "Rachel Thorne in London": a correspondent's dateline belongs to the byline.
  const t = text.trim().replace(IN_PLACE, '');
  return NAMES_ONLY.test(t) && !isRole(t) && wordCount(t) <= 6;
}

/**
 * "Jane Doe, Political Editor" or "Jane Doe Political Editor" as name and job title; with
 * `namesAlone`, also a bare list of names. The name is as short as the words allow.
 */
function splitNameRole(text: string, namesAlone: boolean): string | null {
  const comma = /^([^,|–—]+?)\s*[,|–—]\s*(.+)$/.exec(text);
  if (comma && NAMES_ONLY.test(comma[1]!) && isRole(comma[2]!)) return `${comma[1]}, ${comma[2]}`;
  const words = text.split(' ');
  for (let cut = 2; cut <= Math.min(4, words.length - 1); cut++) {
    const name = words.slice(0, cut).join(' ');
    const role = words.slice(cut).join(' ');
    if (ONE_NAME.test(name) && !ROLE_HEAD.test(name) && isRole(role)) return `${name}, ${role}`;
  }
  if (namesAlone && NAMES_ONLY.test(text) && !isRole(text)) return text;
  return null;
}
