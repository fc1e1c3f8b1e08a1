import type { Constituency, Person } from '../schemas/people.ts';
import { formatSpan } from './dates.ts';
import { constituencyPath, personPath } from './paths.ts';
import { countOf } from './plural.ts';
import type { CardFact } from './social-card.ts';

/** A card one page draws and its sub-pages (its years and their pages) share. */
export interface SharedCard {
  /** The site path of the page whose card it is. */
  path: string;
  /** That page's title (its `og:title`): what the card shows. */
  title: string;
  facts: CardFact[];
}

/**
 * A person's card: their name, their last seat with its dates (never "current"), or their
 * description, and how many articles name them.
 * @example personCard({ slug: 'ann-ash', name: 'Ann Ash', description: 'Reporter.' } as Person, new Map(), 2).facts[1]
 *   // { label: 'In the archive', value: '2 articles' }
 */
export function personCard(
  person: Person,
  constituencyBySlug: ReadonlyMap<string, Constituency>,
  total: number,
): SharedCard {
  const seat = (person.seats ?? []).at(-1);
  const who = seat
    ? `MP for ${constituencyBySlug.get(seat.constituency)!.name}, ${formatSpan(seat.from, seat.to)}`
    : person.description;
  return {
    path: personPath(person.slug),
    title: person.name,
    facts: [
      { label: 'Who', value: who },
      { label: 'In the archive', value: countOf(total, 'article') },
    ],
  };
}

/** A constituency's card: its name, where it is, and how many articles name it or its MP. */
export function seatCard(seat: Constituency, total: number): SharedCard {
  return {
    path: constituencyPath(seat.slug),
    title: `${seat.name} (constituency)`,
    facts: [
      {
        label: 'Constituency',
        value: `Westminster constituency${seat.region ? `, ${seat.region}` : ''}`,
      },
      { label: 'In the archive', value: countOf(total, 'article') },
    ],
  };
}
