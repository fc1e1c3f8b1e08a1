import { createHash } from 'node:crypto';
import type { ArticleFacts } from '../../src/schemas/editorial.ts';
import type { RecordDates } from '../../src/schemas/record-dates.ts';
import { compareCodePoints } from '../../src/lib/order.ts';

/**
 * The key of an article's record: its seed's bytes (by their hash) and the editor's facts
 * about it. Neither the rules nor the register are in it: they change how a record is read,
 * not what the archive holds.
 * @example recordKey('ab…', undefined).length // 64
 */
export function recordKey(sourceSha256: string, facts: ArticleFacts | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([sourceSha256, facts ?? null]))
    .digest('hex');
}

/**
 * The day it is in the UK, as YYYY-MM-DD: the archive's records are dated in UK time.
 * @example ukToday(new Date('2026-06-30T23:30:00Z')) // '2026-07-01' (BST)
 */
export function ukToday(now = new Date()): string {
  if (Number.isNaN(now.getTime())) throw new Error('ukToday: not a date');
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * The moment a build is dated by: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention: a rebuild of the same sources on another day dates records as the first did), or now.
 * @example buildMoment({ SOURCE_DATE_EPOCH: '1764979200' }) // 2025-12-06T00:00:00.000Z
 */
export function buildMoment(env: NodeJS.ProcessEnv = process.env): Date {
  const given = env['SOURCE_DATE_EPOCH'];
  if (given === undefined || given === '') return new Date();
  if (!/^\d+$/.test(given))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${given}`);
  return new Date(Number(given) * 1000);
}

/**
 * Keeps src/data/record-dates.json: an article seen for the first time is added today; one
 * whose record key changed is revised today; the rest keep their dates. Only this run's
 * articles are kept, so a removed seed leaves no entry.
 */
export class RecordDateLedger {
  private readonly next: RecordDates = {};
  private readonly previous: RecordDates;
  private readonly today: string;
  private changed = false;

  constructor(previous: RecordDates, today: string) {
    this.previous = previous;
    this.today = today;
  }

  /** Records one article of this run; says whether it is new, revised, or as it was. */
  note(sourceFile: string, key: string): 'added' | 'revised' | 'unchanged' {
    const before = this.previous[sourceFile];
    if (before?.key === key) {
      this.next[sourceFile] = before;
      return 'unchanged';
    }
    this.changed = true;
    this.next[sourceFile] = before
      ? { added: before.added, revised: this.today, key }
      : { added: this.today, key };
    return before ? 'revised' : 'added';
  }

  /** Whether the file must be written: an entry was added, revised or dropped. */
  hasChanges(): boolean {
    return this.changed || Object.keys(this.previous).some((file) => !(file in this.next));
  }

  /** The ledger, keys sorted so the file diffs cleanly. */
  toJSON(): RecordDates {
    return Object.fromEntries(
      Object.entries(this.next).sort(([a], [b]) => compareCodePoints(a, b)),
    );
  }
}
