import type { APIContext } from 'astro';

/** Everything may be crawled; the sitemap lists every page. */
export function GET(context: APIContext) {
  const sitemap = new URL('/sitemap-index.xml', context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
