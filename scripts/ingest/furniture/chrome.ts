import {
  type FurnitureContext,
  type FurnitureRule,
  anyOf,
  normalise,
  singleSpaced,
  wholeLine,
  wordCount,
} from './types.ts';

/** Words site menus are made of; a line of nothing else is a menu. */
const MENU_WORDS = new Set(
  (
    'home news sport sports politics business money opinion comment culture lifestyle life ' +
    'style world uk us travel tech technology science health entertainment video videos live ' +
    'weather sections menu search more scotland wales england ireland northern local ' +
    'football cricket rugby tennis golf royals royal celebs tv showbiz fashion food property ' +
    'cars motoring education environment climate family puzzles games obituaries letters ' +
    'podcasts newsletters subscribe login log sign in register account my europe africa asia ' +
    'americas middle east australia london international national regional audio reels iplayer ' +
    'sounds bitesize future earth worklife innovation arts books music film radio quizzes ' +
    'crosswords jobs dating shop offers voucher vouchers competitions horoscopes'
  ).split(' '),
);

const NAVIGATION_LINE = wholeLine(
  [
    'skip to( the)? (main )?(content|navigation|menu|search|footer|article|main menu)',
    'skip to [\\p{L}]+( [\\p{L}]+)?',
    'jump to (content|navigation)',
    'back to top',
    'open (side )?(navigation|menu).*',
    'close( menu| navigation)?',
    'menu',
    'search',
    'sign in',
    'sign out',
    'log in',
    'log out',
    'login',
    'register',
    'my account',
    'account',
    'home',
    'sections',
    'navigation',
    'toggle navigation',
    'main menu',
    'accessibility links',
    'accessibility help',
    'show more',
    'show less',
    'hide',
    'expand',
    'collapse',
    'why you can trust [\\p{L} ]{2,30}',
    'about (us|this (site|content))',
    'more (menu|sections)',
  ],
  'iu',
);

/** Section and kicker labels, optionally qualified ("UK politics", "Politics live"). */
const SECTION_LABEL = wholeLine(
  [
    'politics|news|opinion|comment|analysis|exclusive|explainer|features?|live|world|business',
    'breaking( news)?|brexit|elections?|general election|westminster|editorial|leader|letters?',
    'interview|review|investigation|fact check|reality check|briefing|latest|news analysis',
  ],
  'i',
  '( latest| live| news)?',
);
const LABEL_QUALIFIER = /^(uk|scottish|welsh|irish|us|world|global|westminster|live|breaking)\s+/i;

const NUMBERED_LABEL = /^(report|story|part|article|item|page|chapter)\s+\d+\s+(of|\/)\s+\d+$/i;

const ADVERT = wholeLine([
  'advertisement',
  'advert',
  'ad',
  'ads',
  'sponsored( content)?',
  'promoted( content| stories)?',
  'paid (content|post)',
  'partner content',
  '(story|article) continues (below|after)( (this |the )?(advertisement|ad|advert))?',
  'continue reading( the main story| below)?',
  'scroll (down )?to continue( with content| reading)?',
  'skip (advert|ad)',
  'ad feedback',
  'advertising',
  'featured sponsor',
]);

/** Lines copying sites add: "Source: …", "Click here to read the full story", "Via …". */
const SPAM = [
  /^(source|sources|via|originally published( at| on| by| in)?|copied from|reposted from|scraped from)\s*:\s*\S.*$/i,
  /^(click here|read the (full|original) (story|article)|(full|original) (story|article) (at|on|here))\b.*$/i,
  /^for more (news|updates|stories)\b.*\bvisit\b.*$/i,
  /^disclaimer\s*:.*\b(auto-?generated|syndicated|feed|aggregat\w*)\b.*$/i,
  /\byour (daily|number one|no\.? ?1|one-stop|trusted) source for\b.*$/i,
];
const isSpam = anyOf(SPAM);

const URL_ONLY = /^(https?:\/\/|www\.)\S+$/i;
const COPYRIGHT = /^(©|\(c\)|copyright\b|all rights reserved)/i;

const MONTH_NAMES =
  '\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|' +
  'oct(ober)?|nov(ember)?|dec(ember)?)\\b';
const MONTH = new RegExp(MONTH_NAMES, 'i');
const MONTHS = new RegExp(MONTH_NAMES, 'gi');
const STAMP_WORD = /^(first |last )?(published|updated|posted|modified)(\s+(on|at))?\b/i;
const RELATIVE_TIME =
  /^(about |just )?(\d+|an?|one)\s+(min(ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$/i;

/**
 * True for a line that is a time stamp, not a headline: "Published 3 hours ago",
 * "Updated 12:30 GMT", "18 February 2019", "2019-02-18", "Monday 18 February 2019 10.15 GMT".
 * A simple local check: the dates step reads and removes the lines it can date.
 * @example looksLikeTimestamp('Published 3 hours ago') // true
 */
export function looksLikeTimestamp(text: string): boolean {
  const t = text.trim();
  if (wordCount(t, 15) > 14) return false;
  const rest = t.replace(STAMP_WORD, '').replace(/^[\s:,-]+/, '');
  if (rest === '') return rest !== t;
  if (RELATIVE_TIME.test(rest)) return true;
  const stripped = rest
    .replace(MONTHS, '')
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi, '')
    .replace(/\b(bst|gmt|utc|edt|est|cet|cest|am|pm|et|pt|uk)\b/gi, '')
    .replace(/(\d)\s?(am|pm)\b/gi, '$1')
    .replace(/(first |last )?(published|updated|posted|modified)\b/gi, '')
    .replace(/[\d:.,/\-–|()•]+/g, '')
    .replace(/\b(at|on|the|of|st|nd|rd|th)\b/gi, '')
    .trim();
  const hasDate =
    MONTH.test(rest) ||
    /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(rest) ||
    /\d{1,2}[:.]\d{2}/.test(rest);
  return hasDate && stripped === '' && /\d/.test(rest);
}

/** Every name a publication prints as a masthead, normalised, from its record. */
function mastheadNames(context: FurnitureContext): Set<string> {
  const names = new Set<string>();
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  for (const p of context.publications) {
    const all = [p.name, ...list(p.aliases), ...list(p.mastheads), ...list(p.evidence?.mastheads)];
    for (const n of all) {
      if (typeof n !== 'string') continue;
      names.add(normalise(n));
      names.add(normalise(n.replace(/^the\s+/i, '')));
    }
  }
  names.delete('');
  return names;
}

/** Outlets' names are short; longer lines are compared only as page titles. */
const MAX_MASTHEAD_WORDS = 6;
const PAGE_TITLE_SEPARATOR = /\s+[|–—-]\s+/;
const mastheadCache = new WeakMap<FurnitureContext, Set<string>>();

/**
 * True for an outlet's name standing alone ("The Guardian", "BBC News"), a page-title line
 * ending in one ("Starmer faces rebels | Politics | The Guardian") or a copyright line.
 * @example isMasthead('The Guardian', { publications: [{ name: 'The Guardian' }] }) // true
 */
export function isMasthead(text: string, context: FurnitureContext): boolean {
  const t = text.trim();
  if (COPYRIGHT.test(t) && wordCount(t) <= 15) return true;
  let names = mastheadCache.get(context);
  if (!names) mastheadCache.set(context, (names = mastheadNames(context)));
  const words = wordCount(t, 31);
  if (words <= MAX_MASTHEAD_WORDS) {
    const key = normalise(t.replace(/^the\s+/i, ''));
    if (names.has(key) || names.has(normalise(t))) return true;
  }
  // A browser's page title: "headline | section | outlet" or "headline - outlet".
  if (words > 30 || !PAGE_TITLE_SEPARATOR.test(t)) return false;
  const parts = t.split(PAGE_TITLE_SEPARATOR);
  const last = normalise(parts[parts.length - 1]!.replace(/^the\s+/i, ''));
  return names.has(last);
}

/**
 * True for a single menu word standing alone ("Sport"): a menu copied one link a line.
 * @example isMenuWord('Weather') // true
 */
export function isMenuWord(text: string): boolean {
  const t = text.trim().toLowerCase();
  return /^[a-z]+$/.test(t) && MENU_WORDS.has(t);
}

/** True for a line whose every word is a menu word: "Home News Sport Politics". */
function isMenu(t: string): boolean {
  const words = t.split(/\s+(?:[|•·/>›»]\s+)?/).filter(Boolean);
  if (words.length < 3 || !words.every((w) => /^[\p{L}&'-]+$/u.test(w))) return false;
  // A menu may hold the outlet's own product names; most of its words are sections.
  const known = words.filter((w) => MENU_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
  return known.length / words.length >= 0.75;
}

/** True for a breadcrumb: "Home > News > Politics", "News / UK / Politics". */
function isBreadcrumb(t: string): boolean {
  const parts = t.split(/\s+[>›»/|•]\s+/);
  return (
    parts.length >= 2 &&
    wordCount(t, 13) <= 12 &&
    parts.every((p) => wordCount(p) >= 1 && wordCount(p) <= 3 && !/[.!?<>]/.test(p))
  );
}

/**
 * The page-chrome rule a standalone line falls under, or null: skip links and menus,
 * section labels, mastheads, adverts and copying sites' spam.
 * @example chromeRule('Skip to main content', { publications: [] }) // 'navigation'
 */
export function chromeRule(text: string, context: FurnitureContext): FurnitureRule | null {
  const t = singleSpaced(text.trim());
  if (NAVIGATION_LINE.test(t) || isMenu(t) || isBreadcrumb(t)) return 'navigation';
  // A separator left alone when the links around it were not copied.
  if (/^[|•·/\\>›»\-–—_=*~]+$/.test(t)) return 'navigation';
  const label = t.replace(/[:|•]+$/, '').trim();
  const unqualified = label.replace(LABEL_QUALIFIER, '');
  if (SECTION_LABEL.test(unqualified) || NUMBERED_LABEL.test(label)) return 'section-label';
  if (isMasthead(t, context)) return 'masthead';
  if (ADVERT.test(t)) return 'advert';
  if (URL_ONLY.test(t)) return 'spam';
  return spamRule(t);
}

/**
 * True for a line a copying site added: "Source: …", "Click here to read the full story".
 * @example spamRule('Source: news-now.example') // 'spam'
 * `counted`: the line's words, when the caller has counted them (up to 31 at least).
 */
export function spamRule(text: string, counted?: number): FurnitureRule | null {
  const t = text.trim();
  return (counted ?? wordCount(t, 31)) <= 30 && isSpam(t) ? 'spam' : null;
}
