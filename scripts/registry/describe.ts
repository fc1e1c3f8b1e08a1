import type { Seat } from '../../src/schemas/people.ts';
import { yearOf } from './dates.ts';

const COMPASS = /\b(?:North|South|East|West|Central|Mid)\b/;

/**
 * Whether a constituency's bare name may also be a town or area, so that it counts as the
 * seat only in seat context. Conservative: true unless the name has a compass word
 * ("Islington North", "Mid Bedfordshire") or joins places ("Hayes and Harlington"), which
 * are seat names only.
 * @example nameIsAlsoPlace('Canterbury') // true
 * @example nameIsAlsoPlace('Normanton, Pontefract and Castleford') // false
 */
export function nameIsAlsoPlace(name: string): boolean {
  return !COMPASS.test(name) && !/ and | & /.test(name);
}

const joinList = (items: readonly string[]) =>
  items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const span = (seat: Seat) =>
  seat.to ? `${yearOf(seat.from)}–${yearOf(seat.to)}` : `from ${yearOf(seat.from)}`;

/**
 * An imported person's description: past tense, or dated by the import, never a present
 * claim the register cannot vouch for.
 * @example describeImported(seats, nameOf, '2026-12-04')
 *   // 'MP for Leigh (2001–2024), as recorded in the TheyWorkForYou register imported …'
 */
export function describeImported(
  seats: readonly Seat[],
  nameOf: (slug: string) => string,
  importedOn: string,
): string {
  const recorded = `as recorded in the TheyWorkForYou register imported ${importedOn}`;
  if (seats.length === 0)
    return `Listed, without a Commons seat, in the TheyWorkForYou register imported ${importedOn}.`;
  // One entry per constituency, its spells together: "Enfield North (1997–2010 and 2015–2019)".
  const spells = Map.groupBy(seats, (seat) => seat.constituency);
  const parts = [...spells].map(([slug, held]) => `${nameOf(slug)} (${joinList(held.map(span))})`);
  return `MP for ${joinList(parts)}, ${recorded}.`;
}
