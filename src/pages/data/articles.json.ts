import type { APIContext } from 'astro';
import { getArchive } from '../../archive/archive.ts';
import { articleRows } from '../../lib/open-data.ts';
import { articlesExportSchema } from '../../schemas/open-data.ts';

/** Open data: every article as JSON (schema in src/schemas/open-data.ts, documented in docs/open-data.md). */
export async function GET(context: APIContext) {
  const rows = articlesExportSchema.parse(articleRows(await getArchive(), context.site!));
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
