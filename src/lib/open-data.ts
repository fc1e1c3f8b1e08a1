import type { ArticleRow, PersonRow } from '../schemas/open-data.ts';
import type { Archive } from '../archive/archive.ts';
import { articlePath, personPath } from './paths.ts';
import { nameVariants } from '../search/facts.ts';

/** One row per article, as `/data/articles.json` publishes it. */
export function articleRows(archive: Archive, site: URL): ArticleRow[] {
  return archive.articles.map(({ data }) => ({
    url: new URL(articlePath(data.slug), site).href,
    title: data.title,
    date: data.date,
    datePrecision: data.datePrecision,
    dateEstimated: data.dateSource === 'editorial',
    publication: data.publication.name,
    sourceFile: data.sourceFile,
    people: data.people,
    constituencies: archive.seatsBySlug.get(data.slug) ?? [],
    wordCount: data.wordCount,
  }));
}

/** One row per person, as `/data/people.json` publishes it. */
export function personRows(archive: Archive, site: URL): PersonRow[] {
  return archive.people.map((person) => ({
    slug: person.slug,
    url: new URL(personPath(person.slug), site).href,
    name: person.name,
    aliases: nameVariants(person),
    isMP: (person.seats ?? []).length > 0,
    constituencies: (person.seats ?? []).map((seat) => ({
      constituency: seat.constituency,
      name: archive.constituencyBySlug.get(seat.constituency)!.name,
      from: seat.from,
      to: seat.to ?? null,
      parties: seat.parties.map((p) => ({
        party: archive.partyBySlug.get(p.party)!.name,
        from: p.from ?? null,
        to: p.to ?? null,
      })),
    })),
    articles: (archive.articlesByPerson.get(person.slug) ?? []).map(
      (a) => new URL(articlePath(a.data.slug), site).href,
    ),
  }));
}

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet may open it: one starting like a formula (`=`, `+`, `-`,
 * `@`, tab, carriage return) gets a leading `'`, as OWASP recommends, so it is shown as
 * text and never run. Numbers are left as they are.
 * @example neutraliseFormula('=HYPERLINK("http://x.test")') // '\'=HYPERLINK("http://x.test")'
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Serialises rows as RFC 4180 CSV: every field quoted when it holds a comma, quote or
 * line break; lists joined with "|"; null as an empty field; text that a spreadsheet
 * would run as a formula neutralised ({@link neutraliseFormula}).
 * @example toCsv([{ a: 'x, y', b: ['p', 'q'], c: null }]) // 'a,b,c\r\n"x, y",p|q,\r\n'
 */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const headers = Object.keys(rows[0] ?? {});
  const field = (value: unknown): string => {
    const raw =
      value === null || value === undefined
        ? ''
        : Array.isArray(value)
          ? value.join('|')
          : String(value);
    const text = typeof value === 'number' ? raw : neutraliseFormula(raw);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [headers.join(','), ...rows.map((row) => headers.map((h) => field(row[h])).join(','))]
    .map((l) => `${l}\r\n`)
    .join('');
}

/** An article row as CSV: the same fields, lists joined with "|". */
export function articleCsvRow(row: ArticleRow): Record<string, unknown> {
  return { ...row };
}

/**
 * A person row as CSV: seats as constituency slugs and party names as lists;
 * the dates of each seat and party are in the JSON.
 */
export function personCsvRow(row: PersonRow): Record<string, unknown> {
  const { constituencies, ...rest } = row;
  return {
    ...rest,
    constituencies: constituencies.map((c) => c.constituency),
    parties: [...new Set(constituencies.flatMap((c) => c.parties.map((p) => p.party)))],
  };
}
