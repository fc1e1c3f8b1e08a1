/**
 * The furniture a news website's article page carries when copied as text, for the benchmark
 * corpus's "web" articles: skip links, section labels, mastheads, bylines, printed timestamps,
 * picture credits, share, newsletter and follow prompts, "Read more" lines and copyright lines.
 * Every wording here is written for the benchmark, in the shapes real pages take.
 */
interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const MASTHEADS = [
  'The Guardian',
  'Sky News',
  'The Daily Telegraph',
  'Yorkshire Post',
  'KentOnline',
  'Evening Standard',
];
const SECTIONS = ['Politics', 'UK politics', 'Westminster', 'Exclusive'];
const BYLINE_ROLES = [
  'Political Editor',
  'Political Correspondent',
  'Westminster Correspondent',
  'Chief Political Reporter',
];
const AGENCIES = ['PA', 'Getty Images', 'Reuters', 'AFP'];

const pad = (n: number) => String(n).padStart(2, '0');

/** UK clock zone of an ISO day, near enough for stamps printed between 07:00 and 21:59. */
function ukZone(iso: string): 'BST' | 'GMT' {
  const [, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (month > 3 && month < 10) return 'BST';
  if (month === 3) return day > 25 ? 'BST' : 'GMT';
  if (month === 10) return day < 25 ? 'BST' : 'GMT';
  return 'GMT';
}

/** A printed timestamp for `iso` in one of the forms UK outlets print. */
export function printedStamp(rng: Random, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const hour = rng.int(7, 21);
  const minute = pad(rng.int(0, 59));
  const zone = ukZone(iso);
  const longDate = `${day} ${MONTHS[month - 1]} ${year}`;
  switch (rng.int(0, 4)) {
    case 0:
      return `${weekday.slice(0, 3)} ${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year} ${pad(hour)}.${minute} ${zone}`;
    case 1:
      return `Published ${longDate}`;
    case 2:
      return `${pad(day)}/${pad(month)}/${year} ${pad(hour)}:${minute} ${zone}`;
    case 3:
      return `${longDate} • ${hour > 12 ? hour - 12 : hour}:${minute}${hour >= 12 ? 'pm' : 'am'}`;
    default:
      return `Published: ${pad(hour)}:${minute} ${zone}, ${longDate}`;
  }
}

/** What opens a web article: chrome lines, then headline and standfirst, byline and timestamp. */
export function webOpening(
  rng: Random,
  {
    headline,
    standfirst,
    reporter,
    date,
  }: { headline: string; standfirst: string; reporter: string; date: string },
): string[] {
  const lines: string[] = [];
  if (rng.chance(0.6)) lines.push(rng.pick(['Skip to main content', 'Skip to navigation']));
  if (rng.chance(0.4)) lines.push(rng.pick(MASTHEADS));
  if (rng.chance(0.7)) lines.push(rng.pick(SECTIONS));
  lines.push(headline);
  if (rng.chance(0.7)) lines.push(standfirst);
  lines.push(`By ${reporter}, ${rng.pick(BYLINE_ROLES)}`);
  lines.push(printedStamp(rng, date));
  if (rng.chance(0.5)) lines.push(rng.pick(['Share', 'Share this article', 'Copy link']));
  if (rng.chance(0.5))
    lines.push(
      `Photograph: ${reporter.split(' ')[0]} ${rng.pick(['Ward', 'Hale', 'Price'])}/${rng.pick(AGENCIES)}`,
    );
  return lines;
}

/** A line of furniture between paragraphs, or null (most paragraphs have none). */
export function webInterlude(rng: Random, otherHeadline: () => string): string | null {
  const x = rng.next();
  if (x < 0.04) return `Read more: ${otherHeadline()}`;
  if (x < 0.06)
    return rng.pick([
      'Sign up to our politics newsletter',
      'Get our daily Westminster briefing by email',
    ]);
  return null;
}

/** What closes a web article: follow and comment prompts, a copyright line. */
export function webClosing(rng: Random, year: string): string[] {
  const lines: string[] = [];
  if (rng.chance(0.5))
    lines.push(rng.pick(['Follow us on Facebook', 'Follow our politics team on X']));
  if (rng.chance(0.3)) lines.push('Comments');
  if (rng.chance(0.5)) lines.push(`© ${year} ${rng.pick(MASTHEADS)}. All rights reserved.`);
  return lines;
}
