import type { APIContext } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { personRecords } from '../../lib/open-data.ts';
import { peopleExportSchema } from '../../schemas/open-data.ts';

/** Open data: every people as JSON (schema in src/schemas/open-data.ts, documented in docs/open-data.md). */
export async function GET(context: APIContext) {
  const records = peopleExportSchema.parse(personRecords(await getArchive(), context.site!));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
