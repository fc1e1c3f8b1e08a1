/**
 * Given names the British press uses interchangeably for the same person: a formal
 * name and its usual short forms ("Andrew" / "Andy"), or a name and the form an MP
 * is known by ("Chukwuka" / "Chuka"). Our own list, written for this archive from
 * common English usage; each line is one group, and a name may sit in two groups
 * ("Steve" is short for both "Stephen" and "Steven", "Kate" for "Katherine" and
 * "Catherine"). Spelling variants ("Alistair" / "Alastair") and forms that are also
 * names in their own right ("Drew", "Sandy") are left out: a derived form must name
 * the same person, never a neighbour.
 */
const GROUPS: readonly string[] = [
  'Andrew Andy',
  'Anthony Tony',
  'Antony Tony',
  'Alexander Alex',
  'Alexandra Alex',
  'Benjamin Ben',
  'Christopher Chris',
  'Christine Chris',
  'Chukwuka Chuka',
  'Daniel Dan Danny',
  'David Dave',
  'Douglas Doug Dougie',
  'Edward Ed Eddie Ted',
  'Frederick Fred Freddie',
  'Gerald Gerry',
  'Gerard Gerry',
  'Gregory Greg',
  'James Jim Jimmy Jamie',
  'Jonathan Jon Jonny',
  'Joseph Joe',
  'Kenneth Ken Kenny',
  'Lawrence Laurie Larry',
  'Laurence Laurie Larry',
  'Matthew Matt',
  'Michael Mike Mick',
  'Nicholas Nick',
  'Nicolas Nick',
  'Patrick Pat Paddy',
  'Peter Pete',
  'Philip Phil',
  'Phillip Phil',
  'Richard Rick Dick Richie',
  'Robert Rob Bob Bobby Robbie',
  'Ronald Ron Ronnie',
  'Samuel Sam',
  'Stephen Steve',
  'Steven Steve',
  'Thomas Tom Tommy',
  'Timothy Tim',
  'William Bill Will Billy',
  'Angela Angie',
  'Deborah Debbie',
  'Elizabeth Liz Beth Lizzie',
  'Jacqueline Jacqui Jackie',
  'Jennifer Jenny Jen',
  'Joanna Jo',
  'Joanne Jo',
  'Katherine Kate Kath Kathy',
  'Catherine Kate Cath Cathy',
  'Kathleen Kath',
  'Margaret Maggie Meg',
  'Nicola Nicky',
  'Patricia Pat Tricia',
  'Rebecca Becky',
  'Susan Sue',
  'Victoria Vicky',
];

function buildEquivalents(groups: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, Set<string>>();
  for (const group of groups) {
    const names = group.split(' ');
    for (const name of names) {
      const set = out.get(name) ?? new Set<string>();
      for (const other of names) if (other !== name) set.add(other);
      out.set(name, set);
    }
  }
  return new Map([...out].map(([name, set]) => [name, [...set]]));
}

const EQUIVALENTS = buildEquivalents(GROUPS);

/**
 * The other given names the press may write for someone called `given`: every name
 * that shares a group with it (one step only, so "Stephen" gives "Steve" but not
 * "Steven"). Empty for a name in no group.
 * @example givenNameForms('Andrew') // ['Andy']
 * @example givenNameForms('Chuka') // ['Chukwuka']
 */
export function givenNameForms(given: string): readonly string[] {
  return EQUIVALENTS.get(given) ?? [];
}

/**
 * Full-name forms derived from a name by swapping its first word for an equivalent
 * given name ("Andrew Burnham" -> "Andy Burnham"). A one-word name
 * derives nothing.
 * @example derivedNameForms('Edward Miliband') // ['Ed Miliband', 'Eddie Miliband', 'Ted Miliband']
 */
export function derivedNameForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const rest = words.slice(1).join(' ');
  return givenNameForms(words[0]!).map((given) => `${given} ${rest}`);
}
