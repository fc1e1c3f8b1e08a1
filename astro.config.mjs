// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { rehypeParagraphAnchors } from './src/lib/markdown/rehype-paragraph-anchors.ts';
import { remarkCaptions } from './src/lib/markdown/remark-captions.ts';

/** The public base URL for canonical links and feeds; override with SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Article text is archived as published: no typographic rewriting (smartypants) and
  // no GFM autolinking of bare URLs, so what the seed said is what the page shows.
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkDirective, remarkCaptions],
      rehypePlugins: [rehypeParagraphAnchors],
    }),
  },
  devToolbar: { enabled: false },
});
