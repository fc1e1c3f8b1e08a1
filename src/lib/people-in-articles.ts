/** The people and seats of articles, across the archive: who appears alongside whom, each article's seats, A–Z groups, dangling references. */
import { compareCodePoints } from './order.ts';

/**
 * Counts, for each person, how many articles they share with each other person,
 * in one pass over the articles (pairs within an article only, so the cost is the
 * articles times the square of people per article, which stays small).
 * @example coMentions([{ people: ['a', 'b'] }, { people: ['a', 'b', 'c'] }]).get('a') // [['b', 2], ['c', 1]]
 */
export function coMentions(
  articles: readonly { people: readonly string[] }[],
): Map<string, [string, number][]> {
  const counts = new Map<string, Map<string, number>>();
  for (const { people } of articles) {
    const unique = [...new Set(people)];
    for (const a of unique) {
      const row = counts.get(a) ?? new Map<string, number>();
      counts.set(a, row);
      for (const b of unique) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return new Map(
    [...counts].map(([person, row]) => [
      person,
      [...row].sort((x, y) => y[1] - x[1] || compareCodePoints(x[0], y[0])),
    ]),
  );
}

/**
 * The seats an article concerns: those it names, plus the seat held on the article's
 * date by each MP it mentions (when that is certain), in first-seen order.
 * `seatOf` answers "which seat did this person certainly hold on this date".
 */
export function seatsOfArticle(
  named: readonly string[],
  people: readonly string[],
  seatOf: (person: string) => string | null,
): string[] {
  const seats = new Set(named);
  for (const person of people) {
    const seat = seatOf(person);
    if (seat) seats.add(seat);
  }
  return [...seats];
}

/**
 * Groups names under their A–Z initial (ignoring case and accents); other initials go under "#".
 * @example byInitial(['Watson', 'austin'], (s) => s).map(([letter]) => letter) // ['A', 'W']
 */
export function byInitial<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) =>
    keyOf(a).localeCompare(keyOf(b), 'en-GB', { sensitivity: 'base' }),
  );
  for (const item of sorted) {
    const first = keyOf(item).normalize('NFKD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...groups];
}

/**
 * Fails the build on any article that names a person or seat the registry lacks:
 * no link on the site may point at a page that does not exist.
 */
export function checkReferences(
  articles: readonly { data: { sourceFile: string; people: string[]; constituencies: string[] } }[],
  people: ReadonlyMap<string, unknown>,
  constituencies: ReadonlyMap<string, unknown>,
): void {
  const problems: string[] = [];
  for (const { data } of articles) {
    // Quote speakers and mentioned people are always among `people` (articleSchema checks it).
    for (const slug of data.people) {
      if (!people.has(slug))
        problems.push(
          `${data.sourceFile}: names person "${slug}", who is not in src/data/people.json`,
        );
    }
    for (const slug of data.constituencies) {
      if (!constituencies.has(slug))
        problems.push(
          `${data.sourceFile}: names seat "${slug}", which is not in src/data/constituencies.json`,
        );
    }
  }
  if (problems.length > 0) throw new Error(`Dangling references:\n${problems.join('\n')}`);
}
