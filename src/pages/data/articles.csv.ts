import type { APIContext } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { articleRecords, articleCsvRow, toCsv } from '../../lib/open-data.ts';

/** Open data: every article as CSV, one row each; nested lists flattened (see docs/open-data.md). */
export async function GET(context: APIContext) {
  const records = articleRecords(await getArchive(), context.site!);
  return new Response(toCsv(records.map(articleCsvRow)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
