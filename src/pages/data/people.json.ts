import type { APIContext } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { personRows } from '../../lib/open-data.ts';
import { peopleExportSchema } from '../../schemas/open-data.ts';

/** Open data: every people as JSON (schema in src/schemas/open-data.ts, documented in docs/open-data.md). */
export async function GET(context: APIContext) {
  const rows = peopleExportSchema.parse(personRows(await getArchive(), context.site!));
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
