/** The archive's name and one-line description, used in titles, feeds and structured data. */
export const SITE_NAME = 'UK Political News Archive';
export const SITE_DESCRIPTION =
  'A searchable, linked archive of UK political news reporting, with every article’s sources and editorial findings shown.';

/**
 * An absolute URL for a site path, on the configured base URL (`site` in astro.config.mjs).
 * @example absoluteUrl('/articles/x/', new URL('https://example.org')) // 'https://example.org/articles/x/'
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site` for absolute URLs');
  return new URL(path, site).href;
}
