import type { FurnitureRule } from './types.ts';
import { anyOf, wordCount } from './types.ts';

/** Picture agencies and wires whose names make up credit lines. */
const AGENCY =
  '(PA( Media| Wire| Archive)?|Getty( Images)?|Reuters|AFP|AP|EPA|Shutterstock|Alamy|Bloomberg|' +
  'REX|Rex Features|UK Parliament|House of Commons|PA Images|Anadolu|SOPA Images|NurPhoto|WireImage)';

const CREDIT_LINES: readonly RegExp[] = [
  /^(photograph|photo|picture|pic|image|images|credit|photography|illustration|composite)s?\s*:\s*\S.*$/i,
  /^\((photograph|photo|picture|pic|image|images|credit)s?\s*:[^)]*\)$/i,
  /^\(?(photo|picture|image) (by|credit|courtesy of)\b[^.]*\)?$/i,
  new RegExp(`^\\(?(${AGENCY}( via ${AGENCY})?)\\)?$`, 'i'),
];
/** "Jane Doe/PA": tried only on a line with a slash. */
const AGENCY_CREDIT = new RegExp(`^[\\p{L}.' -]{2,40}\\s*/\\s*${AGENCY}\\b[\\p{L} /-]*$`, 'iu');

const MEDIA_NOTICES: readonly RegExp[] = [
  /^(media caption|video caption|audio caption)\b.*$/i,
  /^(press|tap|click) play to (listen|watch)\b.*$/i,
  /^please use [\p{L} ]{2,20} browser for\b.*\b(video|media|audio) player$/iu,
  /^this (video|content|media|audio) (can ?not|can't|is unable to) (be )?(played|load(ed)?|available).*$/i,
  /^(sorry, )?(this|the) (video|media|player) (is )?(unavailable|not available|could not be loaded).*$/i,
  /^your (device|browser) (may )?(not|does not|doesn't) support.*$/i,
  /^(watch|listen|play|play video|watch video|watch now|listen now|watch live|watch again)\s*[:.!]?$/i,
  /^(watch|listen|video|play)\s*:\s*\S.*$/i,
  /^(click|tap|press) (to|here to) (play|watch|listen)\b.*$/i,
  /^(image|photo|picture|slide|video)\s+\d+\s+(of|\/)\s+\d+$/i,
  /^(view|open|launch|see)( the| our)? (gallery|slideshow|photo gallery|image gallery)$/i,
  /^(duration|length)\s*:?\s*\d{1,2}:\d{2}$/i,
  /^\d{1,2}:\d{2}(:\d{2})?$/,
  /^(media|video|audio) (player|playback)\b.*$/i,
  /^(enlarge|expand) (this )?(image|picture|photo)$/i,
];

/** A video's or another story's title: "Video: …", or a short title ending in its running time. */
const VIDEO_TITLES: readonly RegExp[] = [
  /^video\s*[-–—,]\s*\S.*$/i,
  /^.{3,160},\s*duration\s+\d{1,2}[,:.]\d{2}$/i,
  /^.{3,120}\s\(?\d{1,2}:\d{2}\)?$/,
];

const isCredit = anyOf(CREDIT_LINES);
const isNotice = anyOf(MEDIA_NOTICES);
const isVideoTitle = anyOf(VIDEO_TITLES);

/**
 * The picture- or video-furniture rule a standalone line falls under, or null.
 * Captions the page prints beside its own pictures are not removed here: they are kept
 * as caption blocks by the structure step.
 * @example mediaRule('Photograph: Jane Doe/PA') // 'picture-credit'
 * @example mediaRule('This video can not be played') // 'media-notice'
 * `counted`: the line's words, when the caller has counted them (up to 26 at least).
 */
export function mediaRule(text: string, counted?: number): FurnitureRule | null {
  const t = text.trim();
  const words = counted ?? wordCount(t, 26);
  if (words > 25) return null;
  const credit = isCredit(t) || (t.includes('/') && AGENCY_CREDIT.test(t));
  if (words <= 12 && credit) return 'picture-credit';
  if (isNotice(t)) return 'media-notice';
  if (!/[.!?]["'”’]?$/.test(t) && isVideoTitle(t)) return 'video-title';
  return null;
}

/**
 * True for a line that a media notice announces: a short title without a full stop,
 * the name of the video the notice sits under.
 * @example isVideoTitleAfterNotice('Starmer on the welfare vote') // true
 */
export function isVideoTitleAfterNotice(text: string): boolean {
  const t = text.trim();
  return wordCount(t) >= 2 && wordCount(t) <= 16 && !/[.!]["'”’]?$/.test(t);
}

/** A "Watch: …" or "Video: …" notice announcing the video above it. */
const WATCH_NOTICE = /^(watch|video)\s*:\s*\S/i;
/** A picture caption as BBC pages print it, kept as a caption block unless it is a promo. */
const PICTURE_CAPTION = /^image caption\b/i;

/**
 * True when a line is the title of another story's video or picture, told by the line after
 * it: a short title directly above a "Watch: …" notice, or a picture caption directly above
 * a "Related Topics"/"Read more" header, where promos for other stories sit.
 * @example isPromoTitleAbove('Our editor on the split', 'Watch: The moment they left', false) // true
 */
export function isPromoTitleAbove(text: string, next: string, nextIsLinksHeader: boolean): boolean {
  const t = text.trim();
  if (WATCH_NOTICE.test(next.trim()) && isVideoTitleAfterNotice(t) && !/[:?]$/.test(t)) return true;
  return nextIsLinksHeader && PICTURE_CAPTION.test(t);
}
