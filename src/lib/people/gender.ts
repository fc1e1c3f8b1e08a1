import type { Person } from '../../schemas/people.ts';

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
 * Given names that, in British public life, are borne by one sex only (our own short
 * list; names borne by both, such as Chris, Sam, Hilary or Pat, are left out). Used only
 * to rule a person out ("Mr Smith" is not Angela Smith), never to attribute pronouns.
 */
const MALE_GIVEN = new Set(
  (
    'Alan Alastair Alistair Andrew Andy Angus Anthony Barry Ben Benjamin Bernard Bill Bob ' +
    'Boris Brian Charles Clive Colin Dan Daniel Dave David Dennis Derek Desmond Dominic ' +
    'Donald Douglas Ed Edward Eric Frank Gareth Gavin Geoffrey George Gerald Gerry Gordon ' +
    'Graham Greg Gregory Harold Henry Hugh Iain Ian Ivan Jack Jacob James Jeremy Jim John ' +
    'Jon Jonathan Joe Joseph Julian Keir Keith Ken Kenneth Kevin Kwasi Liam Malcolm Mark ' +
    'Martin Matthew Michael Mike Nadhim Neil Nick Nicholas Nigel Oliver Owen Patrick Paul ' +
    'Peter Philip Richard Rishi Robert Roger Ronald Rory Roy Sadiq Sajid Simon Stephen ' +
    'Steve Steven Stewart Stuart Thomas Tim Timothy Tom Tony Tristan Vince Wayne William ' +
    'Zac'
  ).split(' '),
);
const FEMALE_GIVEN = new Set(
  (
    'Alison Amber Andrea Angela Ann Anna Anne Barbara Becky Bridget Caroline Catherine ' +
    'Cat Chloe Christine Clare Claire Dawn Debbie Deborah Diane Eleanor Elizabeth Emily ' +
    'Emma Esther Fiona Gillian Gloria Harriet Hazel Heidi Helen Jacqui Jacqueline Jane ' +
    'Janet Jean Jennifer Jenny Jess Jessica Jo Joan Joanna Judith Julia Julie Karen Kate ' +
    'Katherine Kemi Kirsty Laura Layla Linda Lisa Liz Louise Lucy Luciana Margaret Maria ' +
    'Mary Meg Melanie Mhairi Michelle Nadine Natalie Nia Nicola Olivia Patricia Paula ' +
    'Penny Priti Rachel Rebecca Rosie Ruth Sally Sarah Sharon Sheila Siobhan Sophie ' +
    'Stella Stephanie Suella Sue Susan Teresa Tessa Theresa Tracey Tracy Valerie Victoria ' +
    'Wendy Yvette Yasmin'
  ).split(' '),
);

/**
 * The sex a person's given name points to, when the registry gives no honorific and the
 * name is borne by one sex only; null otherwise. For ruling out, never for pronouns.
 * @example likelyGender({ name: 'Angela Smith' }) // 'f'
 * @example likelyGender({ name: 'Chris Leslie' }) // null
 */
export function likelyGender(person: Pick<Person, 'honorific' | 'name'>): Gender | null {
  const known = genderOf(person);
  if (known || person.honorific) return known;
  const given = person.name.split(/\s+/)[0]!;
  return MALE_GIVEN.has(given) ? 'm' : FEMALE_GIVEN.has(given) ? 'f' : null;
}

/**
 * Whether an honorific written in an article can refer to the person: "Ms" and "Mrs"
 * are interchangeable (papers differ), "Mr" never names a woman. Without a registered
 * honorific, a given name borne by one sex only decides ("Mr" is not an Angela).
 * @example honorificFits('Ms', { honorific: 'Mrs', name: 'Theresa May' }) // true
 * @example honorificFits('Mr', { name: 'Angela Smith' }) // false
 */
export function honorificFits(
  written: string,
  person: Pick<Person, 'honorific' | 'name'>,
): boolean {
  const gender = likelyGender(person);
  if (MALE.has(written)) return gender !== 'f';
  if (FEMALE.has(written)) return gender !== 'm';
  return true;
}
