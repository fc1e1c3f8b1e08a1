/**
 * A kebab-case slug of a name: accents dropped, apostrophes removed, anything else that is
 * not a letter or digit a hyphen.
 * @example slugOfName("Seán O'Neill") // 'sean-oneill'
 */
export function slugOfName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Each candidate slug with whether another person's candidate is the same. */
function clashes(candidates: readonly string[]): boolean[] {
  const count = new Map<string, number>();
  for (const slug of candidates) count.set(slug, (count.get(slug) ?? 0) + 1);
  return candidates.map((slug) => count.get(slug)! > 1);
}

/**
 * Slugs for people: the kebab-case name; for every person whose name another person
 * shares, the name plus the first seat's slug; and where that still clashes (father and son
 * in one seat), plus the year that seat began. Every one of the clashing people gets the
 * suffix, so a slug does not depend on the order the register lists them in.
 * @example personSlugs([{ name: 'Angela Smith', firstSeat: 'basildon', firstYear: '1997' }, …])
 *   // ['angela-smith-basildon', 'angela-smith-sheffield-hillsborough']
 */
export function personSlugs(
  people: readonly { name: string; firstSeat: string | undefined; firstYear: string | undefined }[],
): string[] {
  const names = people.map((p) => slugOfName(p.name));
  const bySeat = people.map((p, i) => (p.firstSeat ? `${names[i]}-${p.firstSeat}` : names[i]!));
  const byYear = people.map((p, i) => (p.firstYear ? `${bySeat[i]}-${p.firstYear}` : bySeat[i]!));
  const nameClash = clashes(names);
  const seatClash = clashes(bySeat);
  return people.map((_, i) => (!nameClash[i] ? names[i]! : seatClash[i] ? byYear[i]! : bySeat[i]!));
}
