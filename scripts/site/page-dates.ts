import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listSitePages, readPageHead } from './site-files.ts';

const MODIFIED = /<meta name="dcterms\.modified" content="(\d{4}-\d{2}-\d{2})"/;

/**
 * The day a built page says it last changed (its `dcterms.modified`), or null.
 * @example pageModified('<head><meta name="dcterms.modified" content="2026-11-25"></head>') // '2026-11-25'
 */
export function pageModified(head: string): string | null {
  const end = head.indexOf('</head>');
  return MODIFIED.exec(end === -1 ? head : head.slice(0, end))?.[1] ?? null;
}

/**
 * Collects, after the build, the day each page says it last changed, by URL path, for the
 * sitemap's `lastmod` (which runs after it: astro.config.mjs lists this integration first).
 */
export function pageDates(byPath: Map<string, string>): AstroIntegration {
  return {
    name: 'archive-page-dates',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        byPath.clear();
        for (const { file, urlPath } of listSitePages(distDir)) {
          const day = pageModified(readPageHead(join(distDir, file)));
          if (day) byPath.set(urlPath, day);
        }
      },
    },
  };
}
