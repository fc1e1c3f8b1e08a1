// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ARTICLE_MARKDOWN } from './src/lib/markdown/article-markdown.ts';
import { ASTRO_CSP } from './scripts/site/csp.ts';
import { siteSafety } from './scripts/site/site-safety.ts';
import { siteUrlFrom } from './scripts/site/site-url.ts';
import { pageDates } from './scripts/site/page-dates.ts';
import { socialCards } from './scripts/social-cards/integration.ts';

/**
 * Renamed article slugs leave a redirect page behind: every `redirectFrom` entry of the
 * committed permalink registry points at the article's current URL.
 */
/** @type {Record<string, { slug: string, redirectFrom?: string[] }>} */
const permalinks = JSON.parse(
  readFileSync(new URL('./src/data/permalinks.json', import.meta.url), 'utf8'),
);
const redirects = Object.fromEntries(
  Object.values(permalinks).flatMap(({ slug, redirectFrom = [] }) =>
    redirectFrom.map((old) => [`/articles/${old}/`, `/articles/${slug}/`]),
  ),
);

/**
 * The public base URL of every canonical link, feed, sitemap and open-data URL: SITE_URL
 * when deploying (docs/deploy.md); without it, localhost, and the build says so.
 */
const { url: site, notice: siteNotice } = siteUrlFrom(process.env.SITE_URL);

/** Each built page's last change (its dcterms.modified), by URL path: the sitemap's lastmod. */
/** @type {Map<string, string>} */
const modifiedByPath = new Map();

export default defineConfig({
  site,
  trailingSlash: 'always',
  redirects,
  // The sitemap lists real pages only: not the 404 page, not redirect stubs.
  // siteSafety: no symlink from public/ in the site; each page's CSP header in dist/_csp.json and
  // every path's headers in dist/_headers; the notice when the site URL is only right for a
  // local preview. Last, so that the files other integrations write when the build is done
  // (cards, sitemaps) are in the site it lists.
  integrations: [
    // Each page's link-preview card, drawn from its own metadata; cards already drawn for the
    // same facts are reused from the cache.
    socialCards({
      cacheDir: fileURLToPath(
        new URL('./node_modules/.cache/archive-social-cards/', import.meta.url),
      ),
    }),
    pageDates(modifiedByPath),
    sitemap({
      filter: (page) =>
        !page.endsWith('/404/') && !Object.keys(redirects).some((from) => page.endsWith(from)),
      serialize: (item) => {
        const lastmod = modifiedByPath.get(new URL(item.url).pathname);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    siteSafety({ siteNotice }),
  ],
  // Four pages in flight: rendering one page overlaps the file writes of the others. With one,
  // the render loop sat idle for a third of a 10,000-article build (BENCHMARKS.md).
  build: { format: 'directory', concurrency: 4 },
  // Articles are rendered by their pages (src/lib/markdown/article-markdown.ts); any other
  // markdown renders the same way. No code blocks: Shiki's inline styles would fight the CSP.
  markdown: {
    syntaxHighlight: false,
    processor: unified(ARTICLE_MARKDOWN),
  },
  devToolbar: { enabled: false },
  // `npm run bench` leaves millions of scratch files in bench/out/; `astro dev` must not watch them.
  vite: {
    server: { watch: { ignored: ['**/bench/out/**'] } },
    // Article records are read, and bodies rendered, on worker threads in a build; the worker
    // is this file, not part of Astro's bundle (src/archive/record-workers.ts).
    define: {
      ARTICLE_RECORD_WORKER: JSON.stringify(
        new URL('./src/archive/record-worker.ts', import.meta.url).href,
      ),
    },
  },
  // Content-Security-Policy as a <meta> on every page: only the site's own scripts and styles
  // (Astro adds the hashes of what it inlines), plus what Pagefind's search needs. The policy,
  // and the header the server and dist/_headers send from it, live in scripts/site/csp.ts.
  security: { csp: ASTRO_CSP },
  // A page whose cache key (src/archive/page-keys.ts) and route code are unchanged is copied
  // from the previous build (node_modules/.astro/) instead of rendered: a daily build that adds
  // a few articles renders their pages and the listings, not the archive (docs/incremental-builds.md).
  experimental: { incrementalBuild: true },
});
