// One file per function: the package's index loads all of date-fns (about 0.6 s a thread)
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { IngestError } from './errors.ts';
import type { SourceLine } from './lines.ts';

export interface DateMarker {
  /** ISO calendar date, `YYYY-MM-DD`. */
  date: string;
  /** 1-based line of the marker in the seed. */
  line: number;
  /** What followed the marker on the same line (a glued first sentence), trimmed. */
  rest: string;
}

/**
 * A `date` marker opens a line: the lowercase word `date`, then something that
 * starts with a digit. Anything date-like there must be a real `YYYY-MM-DD` day.
 */
const MARKER = /^\s*date\s+(\d\S*)\s*/;

/**
 * Parses a `YYYY-MM-DD` string strictly (no rollover: 2018-02-30 is rejected).
 * @example parseIsoDay('2018-09-11') // '2018-09-11'
 * @example parseIsoDay('2018-13-01') // null
 */
export function parseIsoDay(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  if (!isValid(parsed) || format(parsed, 'yyyy-MM-dd') !== value) return null;
  return value;
}

/**
 * Finds the `date YYYY-MM-DD` marker on the first non-blank line of a seed,
 * where publishers' exports put it (sometimes glued to the first sentence).
 * Returns null when there is none; throws when a marker is there but unreadable.
 * @example findDateMarker('a.txt', [{ line: 1, text: ' date 2018-09-11 CLAIMS that...' }]) // { date: '2018-09-11', line: 1, rest: 'CLAIMS that...' }
 */
export function findDateMarker(file: string, lines: readonly SourceLine[]): DateMarker | null {
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) return null;
  const line = first.text;
  const match = MARKER.exec(line);
  if (!match) return null;
  const token = match[1]!;
  const date = parseIsoDay(token);
  if (!date) {
    throw new IngestError(
      file,
      first.line,
      `unparseable date marker "date ${token}": expected "date YYYY-MM-DD" with a real calendar day`,
    );
  }
  return { date, line: first.line, rest: line.slice(match[0].length).trim() };
}
