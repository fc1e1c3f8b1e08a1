// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { rehypeMentionLinks } from './src/lib/markdown/rehype-mention-links.ts';
import { rehypeParagraphAnchors } from './src/lib/markdown/rehype-paragraph-anchors.ts';
import { remarkCaptions } from './src/lib/markdown/remark-captions.ts';

/**
 * Renamed article slugs leave a redirect page behind: every `redirectFrom` entry of the
 * committed permalink registry points at the article's current URL.
 */
/** @type {Record<string, { slug: string, redirectFrom?: string[] }>} */
const permalinks = JSON.parse(readFileSync(new URL('./src/data/permalinks.json', import.meta.url), 'utf8'));
const redirects = Object.fromEntries(
  Object.values(permalinks).flatMap(({ slug, redirectFrom = [] }) =>
    redirectFrom.map((old) => [`/articles/${old}/`, `/articles/${slug}/`]),
  ),
);

/**
 * The links the ingest found in an article's frontmatter: people and seats named in its
 * paragraphs, by character offset (the body is never searched again at render time).
 * @param {Record<string, unknown>} frontmatter
 */
function articleMentionLinks(frontmatter) {
  /** @type {{ paragraph: number, start: number, end: number, person?: string, constituency?: string }[]} */
  const found = [
    ...(/** @type {any[]} */ (frontmatter['mentions'] ?? [])),
    ...(/** @type {any[]} */ (frontmatter['constituencyMentions'] ?? [])),
  ];
  return found.map(({ paragraph, start, end, person, constituency }) => ({
    paragraph,
    start,
    end,
    href: person ? `/people/${person}/` : `/constituencies/${constituency}/`,
  }));
}

/** The public base URL for canonical links and feeds; override with SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  redirects,
  // The sitemap lists real pages only: not the 404 page, not redirect stubs.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') && !Object.keys(redirects).some((from) => page.endsWith(from)) })],
  build: { format: 'directory' },
  // Article text is archived as published: no typographic rewriting (smartypants) and
  // no GFM autolinking of bare URLs, so what the seed said is what the page shows.
  markdown: {
    // Article prose has no code blocks; Shiki's inline styles would only fight the CSP.
    syntaxHighlight: false,
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkDirective, remarkCaptions],
      rehypePlugins: [[rehypeMentionLinks, { mentionsOf: articleMentionLinks }], rehypeParagraphAnchors],
    }),
  },
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> on every page (README, "Content-Security-Policy"): only the
  // site's own scripts and styles (Astro adds the hashes of what it inlines), plus what Pagefind's
  // search needs: WebAssembly compilation and a same-origin worker. scripts/lib/static-server.ts
  // sends the same policy as a header, adding what a <meta> cannot carry (frame-ancestors).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
