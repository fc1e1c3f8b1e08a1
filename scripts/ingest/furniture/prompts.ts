import type { FurnitureRule } from './types.ts';
import { anyOf, singleSpaced, wholeLine, wordCount } from './types.ts';

const PLATFORM =
  '(twitter|x|facebook|instagram|whatsapp|threads|bluesky|telegram|tiktok|youtube|linkedin|' +
  'reddit|pinterest|messenger|snapchat|google news|flipboard|email|e-mail|mastodon)';

const SHARE: readonly RegExp[] = [
  new RegExp(
    `^(share|share this( article| story| page| post)?|share (on|via|to) ${PLATFORM})(\\s*\\(opens in (a )?new (window|tab)\\))?$`,
    'i',
  ),
  new RegExp(`^(click|tap) to (share|email|print)\\b.*$`, 'i'),
  wholeLine([
    PLATFORM,
    'copy link|link copied|copied|print|print this (page|article)|save|saved|bookmark',
    'save (this )?(article|story)|gift (this )?article|email this (article|story)',
    'comment|reuse (this )?content',
  ]),
  /^share (this|the) (article|story|page)\b.{0,40}$/i,
  /^share (or|and) comment( on)?( this)?( article| story)?\s*:?$/i,
  /^share this with\s*:?$/i,
  new RegExp(`^share (on|via|to) ${PLATFORM}\\s*\\((opens )?(in )?(a )?new (window|tab)\\)$`, 'i'),
];

const FOLLOW: readonly RegExp[] = [
  /^follow$/i,
  new RegExp(
    `^(follow|like|find|join|add) (us|@\\w+|[\\p{L}' .@]{1,40}) on ${PLATFORM}\\b.*$`,
    'iu',
  ),
  /^follow @\w+.*$/i,
  /^follow (us|the latest|[\p{L}' ]{1,30} (live|updates))\b.{0,60}$/iu,
  new RegExp(`^(get|receive) (the )?(latest|breaking|our)?\\s?.{0,40}\\bon ${PLATFORM}\\b.*$`, 'i'),
  /^@\w{2,}$/,
];

const NEWSLETTER: readonly RegExp[] = [
  /^(sign up|subscribe|register|join|get|enter your email|receive)\b.{0,120}\b(newsletters?|briefing|bulletin|e-?mails?|inbox|updates|alerts|digest)\b.{0,60}$/i,
  /^(newsletters?|sign up|subscribe|subscribe now|subscribe today|sign up now|free newsletter)$/i,
  wholeLine(
    [
      'we use your sign-?up|by (signing up|subscribing|clicking)|invalid email',
      'thank you for (signing up|subscribing)|something went wrong,? please try again',
      'privacy (notice|policy)|you can unsubscribe at any time',
    ],
    'i',
    '\\b.*',
  ),
  /^(sign up|subscribe) (for|to) (the |our )?(latest|daily|weekly|free|breaking)\b.{0,60}$/i,
];

const DONATION_SHORT = wholeLine(
  [
    'donate( now| today)?',
    'contribute( now| today)?',
    'make a (donation|contribution)\\b.*',
    'become a (member|supporter|subscriber|patron|friend)\\b.*',
    'please (consider )?(support(ing)?|donat(e|ing)|contribut(e|ing))\\b.*',
    'give now',
    'support us\\b.*',
    'support (the \\p{L}+|our journalism|independent journalism|our work)( today| now)?',
  ],
  'iu',
);

const COOKIE = /\bcookies?\b/i;
const COOKIE_ACTION =
  /\b(accept|consent|manage|settings|preferences|we use|agree|reject|privacy|personalis|personaliz)\w*/i;
const CONSENT_BUTTONS =
  /^(accept all|reject all|accept|reject|i agree|agree|manage (preferences|settings|options)|got it|ok,? got it)$/i;

/** An outlet's note on its comments: "X values your comments but asks that you …". */
const COMMENT_POLICY =
  /\b(your comments|our comments section|commenting (guidelines|policy)|community (guidelines|standards))\b/i;
const COMMENT = wholeLine([
  '(\\d+\\s+)?comments?( \\(\\d+\\))?',
  'view comments',
  'show comments',
  'hide comments',
  'read comments',
  'load comments',
  'join the (conversation|discussion|debate)\\b.*',
  'have your say.*',
  'leave a comment',
  'add (a |your )?comment',
  'post a comment',
  'comment on this (article|story)',
  'join our commenting forum',
  'join thought-provoking conversations.*',
  'what do you think\\?.*',
  'tell us what you think.*',
  'let us know (what you think|in the comments).*',
  'popular in the community',
  'most commented',
  'reader comments',
  "readers' comments",
  'comments are (now )?closed.*',
  'commenting (has been |is )?(closed|disabled).*',
  'conversation',
  '\\d+ (replies|reactions)',
]);

/** "X is funded by its audience", "readers like you", "from as little as £1", with an ask. */
const FUNDED_BY_READERS =
  /\b((is|are) (funded|paid for|supported) by (its|our) (audience|readers|listeners)|readers (like you|choose to support)|depends on readers'? support|from as little as [£$€]\d|chip in\b)/i;
/** What turns a line about reader funding into an appeal: it asks for something. */
const READER_OR_OUTLET = /\b(our|we|us|you|your|its (audience|readers|listeners)|chip in)\b/i;
const ASK =
  /\b(chip in|support (us|the \w+)|donate|contribut\w*|subscribe|a month|today|you|our (journalism|reporting))\b/i;
const SMALL_FAVOUR =
  /\b(a small favour to ask|every contribution\b.*\b(keeps|helps)|put our (reporting|journalism) behind a paywall)/i;

/**
 * True for a line written in the outlet's own voice asking the reader for money:
 * "we", "our journalism", and "you"/"your" with a funding word. Reporting about an appeal
 * quotes others and rarely speaks to the reader in the second person.
 */
function isAppealVoice(t: string): boolean {
  // Every appeal addresses the reader or speaks as the outlet; most reporting does neither.
  if (!READER_OR_OUTLET.test(t)) return false;
  if ((FUNDED_BY_READERS.test(t) && ASK.test(t)) || SMALL_FAVOUR.test(t)) return true;
  return (
    /\b(our|we)\b/i.test(t) &&
    /\b(you|your)\b/i.test(t) &&
    /\b(journalism|reporting|newsroom|journalists)\b/i.test(t) &&
    /\b(donat\w*|contribut\w*|support\w*|fund\w*|subscri\w*|paywall\w*)\b/i.test(t)
  );
}

/**
 * The prompt rule of a line too long for any other rule: a cookie notice or an appeal
 * written as prose.
 * @example longPromptRule('We use cookies to give you the best experience; manage your settings.') // 'cookie-prompt'
 */
export function longPromptRule(text: string): FurnitureRule | null {
  const t = text.trim();
  const words = wordCount(t, 121);
  if (words <= 40 && COOKIE.test(t) && COOKIE_ACTION.test(t) && /\b(we|our|you|your)\b/i.test(t)) {
    return 'cookie-prompt';
  }
  return words <= 120 && isAppealVoice(t) ? 'donation-appeal' : null;
}

const isShare = anyOf(SHARE);
const isFollow = anyOf(FOLLOW);
const isNewsletter = anyOf(NEWSLETTER);
/** "The Politics newsletter": tried only on a line ending in its last letter. */
const NAMED_NEWSLETTER = /^[\p{L} ]{1,40} newsletter$/iu;

/**
 * The reader-prompt rule a standalone line falls under, or null: share, follow,
 * newsletter, donation, cookie and comment prompts. Short imperative lines only, so a
 * sentence of reporting that mentions Twitter or a newsletter stays.
 * @example promptRule('Share on WhatsApp') // 'share-prompt'
 * @example promptRule('The MP shared the post on Twitter.') // null
 * `counted`: the line's words, when the caller has counted them (up to 31 at least).
 */
export function promptRule(text: string, counted?: number): FurnitureRule | null {
  // No prompt runs past 120 words, and single spacing can only split words, not join them.
  const trimmed = text.trim();
  const printedWords = counted ?? wordCount(trimmed, 121);
  if (printedWords > 120) return null;
  const t = singleSpaced(trimmed);
  const words = t === trimmed ? printedWords : wordCount(t, 121);
  if (words <= 14 && isShare(t)) return 'share-prompt';
  if (words <= 16 && isFollow(t)) return 'follow-prompt';
  if (words <= 30 && (isNewsletter(t) || (/r$/i.test(t) && NAMED_NEWSLETTER.test(t)))) {
    return 'newsletter-prompt';
  }
  if (words <= 40 && COOKIE.test(t) && COOKIE_ACTION.test(t) && /\b(we|our|you|your)\b/i.test(t)) {
    return 'cookie-prompt';
  }
  if (CONSENT_BUTTONS.test(t)) return 'cookie-prompt';
  if (words <= 16 && DONATION_SHORT.test(t) && !/[.]["'”’]?$/.test(t)) return 'donation-appeal';
  if (words <= 120 && isAppealVoice(t)) return 'donation-appeal';
  if (words <= 12 && COMMENT.test(t)) return 'comment-prompt';
  if (words <= 40 && COMMENT_POLICY.test(t)) return 'comment-prompt';
  if (
    words <= 30 &&
    /\bclick here\b/i.test(t) &&
    /\b(respond|comment|letter|thoughts|views)/i.test(t)
  ) {
    return 'comment-prompt';
  }
  return null;
}
