import type { APIContext } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { personRows, personCsvRow, toCsv } from '../../lib/open-data.ts';

/** Open data: every people as CSV, one row each; nested lists flattened (see docs/open-data.md). */
export async function GET(context: APIContext) {
  const rows = personRows(await getArchive(), context.site!);
  return new Response(toCsv(rows.map(personCsvRow)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}
