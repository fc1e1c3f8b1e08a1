/** Where `npm start` and the tests serve the site: the base URL when none is set. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

export interface SiteUrl {
  /** The base of every absolute URL the build writes, without a trailing slash. */
  url: string;
  /** What the build must say when the URL is only right for a local preview, else null. */
  notice: string | null;
}

const NOTICE =
  `SITE_URL is not set, so every canonical link, feed, sitemap entry, robots.txt line and ` +
  `open-data URL in dist/ points at ${LOCAL_SITE_URL}: right for npm start and the tests, ` +
  `wrong for publishing. To publish, build with SITE_URL=https://your.domain npm run build ` +
  `(docs/deploy.md).`;

/**
 * The site's public base URL from the one setting that holds it (`SITE_URL`). A value that
 * is not the root of an http(s) site is refused rather than written into every page.
 * @example siteUrlFrom('https://archive.example.org/') // { url: 'https://archive.example.org', notice: null }
 */
export function siteUrlFrom(value: string | undefined): SiteUrl {
  if (value === undefined || value.trim() === '') return { url: LOCAL_SITE_URL, notice: NOTICE };
  const problem = problemOf(value.trim());
  if (problem) throw new Error(`SITE_URL ${JSON.stringify(value)}: ${problem}`);
  return { url: new URL(value.trim()).origin, notice: null };
}

function problemOf(value: string): string | null {
  if (!URL.canParse(value))
    return 'is not a URL; give the site address, e.g. https://archive.example.org';
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `must be an http or https address, not ${url.protocol}`;
  if (url.username || url.password) return 'must not carry a user name or password';
  if (url.search || url.hash || value.endsWith('?') || value.endsWith('#'))
    return 'must not carry a query or fragment';
  if (url.pathname !== '/')
    return 'must be the root of the site (the archive is served from /, not from a sub-path)';
  return null;
}
