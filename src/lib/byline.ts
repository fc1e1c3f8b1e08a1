/** A person a byline names, with the role it gives them when it names only one. */
export interface BylineAuthor {
  name: string;
  jobTitle?: string;
}

/** Words that make a byline's "name" a desk or an agency rather than a person. */
const NOT_A_PERSON =
  /\b(staff|reporters?|correspondents?|editors?|desk|team|agency|association|newsroom|news|political|online|wires?|pa|afp|reuters)\b/i;
/** A name as bylines print it: two to five words, each starting with a letter (O'Neill, Jean-Paul, McDonnell). */
const NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|le|la|bin|al))*\s+\p{Lu}[\p{L}'’.-]*$/u;

/**
 * The people a byline names ("Jane Doe, Political Editor"; "Ann Ash and Ben Bell"), or none
 * when any part of it is not plainly a person's name ("Political Staff", "PA Reporter"):
 * then the article's author is its publisher, never a guess.
 * @example bylineAuthors('Jane Doe, Political Editor') // [{ name: 'Jane Doe', jobTitle: 'Political Editor' }]
 */
export function bylineAuthors(byline: string | null): BylineAuthor[] {
  if (!byline) return [];
  const [namesPart = '', ...roleParts] = byline.replace(/^by\s+/i, '').split(',');
  const names = namesPart.split(/\s+(?:and|&)\s+/i).map((n) => n.trim());
  if (
    names.some(
      (name) => !NAME.test(name) || NOT_A_PERSON.test(name) || name.split(/\s+/).length > 5,
    )
  )
    return [];
  const role = roleParts.join(',').trim();
  return names.map((name) => (names.length === 1 && role ? { name, jobTitle: role } : { name }));
}
