import { activeOn, inEra, isUndated } from './career.ts';
import type { Matcher, NameEntry } from './matcher.ts';
import { placeNamesSeat } from './seat-phrases.ts';
import { normalizeGap } from './tokens.ts';
import type { Person } from '../../schemas/people.ts';

/** What the text beside a name says about whose it is. */
export interface NameContext {
  /** Places its seat phrase names ("Leigh" in "Andy Burnham, the Leigh MP"). */
  places: readonly string[];
  /** Role phrases beside it ("shadow chancellor" in "shadow chancellor John McDonnell"). */
  roleRefs: readonly string[];
}

/**
 * Whether the name's context fits the person: a seat they held, or a role phrase of a
 * post they held, at any time ("former Leigh MP Andy Burnham" still fits).
 * @example fitsContext(matcher, burnham, { places: ['Leigh'], roleRefs: [] }) // true
 */
export function fitsContext(matcher: Matcher, person: Person, context: NameContext): boolean {
  const seatNames = (person.seats ?? []).flatMap((seat) => {
    const c = matcher.constituencies.get(seat.constituency);
    return c ? [c.name, ...c.aliases] : [];
  });
  const byPlace = context.places.some((place) =>
    seatNames.some((name) => placeNamesSeat(place, name)),
  );
  const byRole = context.roleRefs.some((ref) =>
    person.roles.some((role) => role.refs?.includes(ref)),
  );
  return byPlace || byRole;
}

const SEAT_PLACES = new WeakMap<Matcher, ReadonlySet<string>>();

/** Every way a place can name some registry seat: each name and alias, and their opening words. */
function seatPlaces(matcher: Matcher): ReadonlySet<string> {
  let set = SEAT_PLACES.get(matcher);
  if (!set) {
    const out = new Set<string>();
    for (const c of matcher.constituencies.values()) {
      for (const name of [c.name, ...c.aliases]) {
        const words = normalizeGap(name).split(' ');
        words.forEach((_, i) =>
          out.add(
            words
              .slice(0, i + 1)
              .join(' ')
              .replace(/,$/, ''),
          ),
        );
      }
    }
    set = out;
    SEAT_PLACES.set(matcher, set);
  }
  return set;
}

/**
 * Those of `slugs` whom the context fits, or null when the context names no seat and no
 * post at all (only places that are seats count: "Labour" in "Labour MP Angela Smith"
 * says nothing).
 * @example fittingPeople(matcher, ['angela-smith-basildon', 'angela-smith-sheffield-hillsborough'],
 *   { places: ['Basildon'], roleRefs: [] }) // ['angela-smith-basildon']
 */
export function fittingPeople(
  matcher: Matcher,
  slugs: readonly string[],
  context: NameContext,
): string[] | null {
  const seats = seatPlaces(matcher);
  const named = { ...context, places: context.places.filter((place) => seats.has(place)) };
  if (named.places.length === 0 && named.roleRefs.length === 0) return null;
  return slugs.filter((slug) => fitsContext(matcher, matcher.people.get(slug)!, named));
}

/** Who a whole-name hit can be: exact forms first; derived ones only if no one has it exactly. */
function candidatesOf(entries: readonly NameEntry[]): { people: string[]; derived: boolean } {
  const exact = entries.filter((e) => e.form !== 'derived');
  const pool = exact.length > 0 ? exact : entries;
  return { people: [...new Set(pool.map((e) => e.person))], derived: exact.length === 0 };
}

/**
 * Which person a whole name in an article names, or null when that is not certain.
 *
 * - One person has the name: linked if the article's date falls in their era (from a
 *   year before their first recorded seat or post to four years after their last; see
 *   `inEra`), or, outside it, if the name's own context fits them (a seat they held or a
 *   post's role phrase beside the name) or the article names a seat they held
 *   (`articleSeats`: "… resigned as MP for Witney" two paragraphs on). So a 2015
 *   article's "John Smith" (the Labour leader who died in 1994) is not the John Smith
 *   who sat from 1997 to 2010, but "John Smith, the former Vale of Glamorgan MP" is.
 *   Even in their era, a seat phrase naming a seat they never held makes it a namesake.
 * - Several people share it: the one the name's context fits, if exactly one; else,
 *   with no context, the one who sat in the Commons or held a post on the date, if
 *   exactly one; else no one.
 * - A form derived from an equivalent given name ("Andy" for "Andrew") counts only when
 *   no one has that form exactly and exactly one person has it derived.
 * An undated article links a name one person has (as before any of this), and a shared
 * one only by context.
 * @example resolveFullName(matcher, hit.payload.names, '2012-06',
 *   { places: ['Penistone'], roleRefs: [] }) // or a function returning the context
 *   // 'angela-smith-penistone-and-stocksbridge'
 */
export function resolveFullName(
  matcher: Matcher,
  entries: readonly NameEntry[],
  date: string,
  context: NameContext | (() => NameContext),
  articleSeats: ReadonlySet<string> = new Set(),
): string | null {
  const { people, derived } = candidatesOf(entries);
  if (derived && people.length > 1) return null;
  const person = (slug: string) => matcher.people.get(slug)!;
  const around = typeof context === 'function' ? context() : context;
  if (people.length === 1 && inEra(matcher.careers.get(people[0]!) ?? null, date)) {
    // In their era, only a seat they never held says it is someone else ("John Smith, the
    // Millbrook MP"); posts are not complete enough in the register to say so.
    const bySeat = fittingPeople(matcher, people, { places: around.places, roleRefs: [] });
    return bySeat?.length === 0 ? null : people[0]!;
  }
  const fitting = fittingPeople(matcher, people, around);
  if (people.length === 1) {
    const only = people[0]!;
    const seats = person(only).seats ?? [];
    const seatInArticle = seats.some((seat) => articleSeats.has(seat.constituency));
    return fitting?.length === 1 || seatInArticle ? only : null;
  }
  if (fitting?.length === 1) return fitting[0]!;
  // A seat or post that fits none of them (or several) is a stranger's, or unclear.
  if (fitting || isUndated(date)) return null;
  const active = people.filter((slug) => activeOn(person(slug), date));
  return active.length === 1 ? active[0]! : null;
}
