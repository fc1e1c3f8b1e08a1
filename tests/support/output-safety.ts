import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Characters no built file may hold: C0 controls but tab, newline and CR; DEL; C1 controls;
 * bidi controls (they reorder what a reader sees); zero-width space, word joiner and a BOM
 * inside text (they hide inside names). Joiners (U+200C/D) are left: emoji need them.
 */
export const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

/** What a spreadsheet runs as a formula (OWASP). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The fields of an RFC 4180 CSV text, row by row (quoted fields may hold commas and breaks). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Every string inside a parsed JSON value. */
export function* jsonStrings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* jsonStrings(v);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      yield k;
      yield* jsonStrings(v);
    }
  }
}

/** Problems with a feed: not well-formed XML, or a description or title a reader would render as markup. */
export function feedProblems(xml: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const channel = new XMLParser({ processEntities: true }).parse(xml)?.rss?.channel;
  const items: Record<string, unknown>[] = [channel?.item ?? []].flat();
  const problems: string[] = [];
  for (const item of items) {
    for (const key of ['title', 'description'] as const) {
      const text = String(item[key] ?? '');
      if (/<[a-z!/?]/i.test(text)) problems.push(`${key} renders as markup: ${text.slice(0, 80)}`);
    }
  }
  return problems;
}
