import type { APIContext } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { articleRows, articleCsvRow, toCsv } from '../../lib/open-data.ts';

/** Open data: every article as CSV, one row each; nested lists flattened (see docs/open-data.md). */
export async function GET(context: APIContext) {
  const rows = articleRows(await getArchive(), context.site!);
  return new Response(toCsv(rows.map(articleCsvRow)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}
