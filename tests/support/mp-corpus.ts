import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../../src/schemas/people.ts';

/** The hand-checked corpus of articles naming MPs, 1997–2024. */
export const MP_CORPUS_DIR = 'tests/fixtures/mp-corpus';

/** One MP an article names, pinned among namesakes by a seat they held. */
export interface ExpectedMp {
  name: string;
  seat: string;
}

export interface CorpusArticle {
  /** File name, e.g. `001-blair-first-cabinet.txt`. */
  file: string;
  text: string;
  date: string;
  mps: ExpectedMp[];
  /** Names in the text that must link no one. */
  notLinked: string[];
}

/**
 * Every `<NNN>-<slug>.txt` with its `.expected.json`, in file order.
 * @example readMpCorpus().length // 30 or more
 */
export function readMpCorpus(dir = MP_CORPUS_DIR): CorpusArticle[] {
  return readdirSync(dir)
    .filter((name) => /^\d{3}-[a-z0-9-]+\.txt$/.test(name))
    .sort()
    .map((file) => {
      const expected = JSON.parse(
        readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
      );
      const { date, mps, notLinked } = expected as Omit<CorpusArticle, 'file' | 'text'>;
      return { file, text: readFileSync(join(dir, file), 'utf8'), date, mps, notLinked };
    });
}

/**
 * Whether the text names the person in some form: the full name, or the surname
 * (last word of the name) as a whole word.
 * @example namedInText('Mr Blunkett said', 'David Blunkett') // true
 */
export function namedInText(text: string, name: string): boolean {
  const surname = name.split(/\s+/).at(-1)!;
  return text.includes(name) || new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(text);
}

/** Every start offset of `phrase` in `text`, as a whole-word match. */
export function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const match of text.matchAll(pattern)) found.push(match.index);
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * The register's person for an expected MP: one whose name or alias is the expected
 * name and who held a seat of that name, on the article's date if anyone did (a sitting
 * namesake wins over a former one), else at any time. An error string when none or
 * several match: that is a fixture error, not a detection error.
 * @example resolveExpected(register, { name: 'Angela Smith', seat: 'Basildon' }, '1999-06-01')
 */
export function resolveExpected(
  register: Registry,
  mp: ExpectedMp,
  date: string,
): string | { error: string } {
  const seatNames = new Map(
    register.constituencies.map((c) => [c.slug, new Set([c.name, ...c.aliases].map(fold))]),
  );
  const named = register.people.filter((p) =>
    [p.name, ...p.aliases].some((n) => fold(n) === fold(mp.name)),
  );
  const seatsOf = (person: (typeof named)[number]) =>
    (person.seats ?? []).filter((s) => seatNames.get(s.constituency)?.has(fold(mp.seat)));
  const held = named.filter((p) => seatsOf(p).length > 0);
  const onDate = held.filter((p) =>
    seatsOf(p).some(
      (s) => s.from.slice(0, 10) <= date && (s.to === undefined || date <= `${s.to}~`),
    ),
  );
  const chosen = onDate.length > 0 ? onDate : held;
  if (chosen.length === 1) return chosen[0]!.slug;
  const what =
    chosen.length === 0
      ? `no person named so held the seat (${named.length} of that name)`
      : 'several people';
  return { error: `${mp.name} (${mp.seat}): ${what}` };
}
