import type { RecordDate } from '../schemas/record-dates.ts';

/**
 * The day a record last changed: when it was revised, else when it was added.
 * @example changedOn({ added: '2026-11-25', key: '…' }) // '2026-11-25'
 */
export const changedOn = (record: Pick<RecordDate, 'added' | 'revised'>): string =>
  record.revised ?? record.added;

/**
 * The last day any of these records changed, or null when none is dated: when a page that
 * lists them last changed for what it lists.
 * @example lastChanged([{ added: '2026-11-25' }, { added: '2026-11-20', revised: '2026-12-01' }]) // '2026-12-01'
 */
export function lastChanged(
  records: Iterable<Pick<RecordDate, 'added' | 'revised'> | undefined>,
): string | null {
  let last: string | null = null;
  for (const record of records) {
    if (!record) continue;
    const day = changedOn(record);
    if (last === null || day > last) last = day;
  }
  return last;
}
