import type { Person } from './schema.ts';

export type Gender = 'm' | 'f';

const MALE = new Set(['Mr', 'Sir', 'Lord']);
const FEMALE = new Set(['Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'Baroness']);

/**
 * The grammatical gender the press uses for a person, from their honorific; null when
 * the registry gives none (or a neutral one such as "Dr"), so pronouns never resolve
 * to them on a guess.
 * @example genderOf({ honorific: 'Mrs' }) // 'f'
 */
export function genderOf(person: Pick<Person, 'honorific'>): Gender | null {
  if (!person.honorific) return null;
  return MALE.has(person.honorific) ? 'm' : FEMALE.has(person.honorific) ? 'f' : null;
}

/**
 * Whether an honorific written in an article can refer to the person: "Ms" and "Mrs"
 * are interchangeable (papers differ), "Mr" never names a woman.
 * @example honorificFits('Ms', { honorific: 'Mrs' }) // true
 * @example honorificFits('Mr', { honorific: 'Ms' }) // false
 */
export function honorificFits(written: string, person: Pick<Person, 'honorific'>): boolean {
  const gender = genderOf(person);
  if (MALE.has(written)) return gender !== 'f';
  if (FEMALE.has(written)) return gender !== 'm';
  return true;
}
