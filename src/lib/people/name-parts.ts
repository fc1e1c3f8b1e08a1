import type { Person } from '../../schemas/people.ts';

/**
 * The person's surname: `surname` if given, else the last word of `name`.
 * @example surnameOf({ name: 'Iain McNicol' }) // 'McNicol'
 */
export function surnameOf(person: Pick<Person, 'name' | 'surname'>): string {
  return person.surname ?? person.name.split(/\s+/).at(-1)!;
}

/**
 * The person's first name: the first word of `name`.
 * @example firstNameOf({ name: 'Iain McNicol' }) // 'Iain'
 */
export function firstNameOf(person: Pick<Person, 'name'>): string {
  return person.name.split(/\s+/)[0]!;
}
