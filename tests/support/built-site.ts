import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { htmlElements } from '../../scripts/site/html-elements.ts';
import { redirectTarget } from '../../scripts/site/redirect-stub.ts';
import {
  listSiteFiles,
  listSitePages,
  readSitePages,
  type SitePage,
} from '../../scripts/site/site-files.ts';

/**
 * The built site the integrity gates check: every page found by walking dist/ (or DIST_DIR),
 * never a hand-kept list, so a page added tomorrow is checked tomorrow.
 */
export interface BuiltSite {
  distDir: string;
  baseUrl: string;
  files: string[];
  /** Every HTML file, redirect pages included. */
  pages: SitePage[];
  /** Markup of every HTML file, by site-relative file. */
  html: Map<string, string>;
  /**
   * The pages a reader reads: every HTML file except redirect pages (Astro's fixed
   * `redirects` template, which sends the reader on at once; the link gate checks that
   * each one's target exists).
   */
  readablePages: SitePage[];
  /** Redirect pages and their targets. */
  redirects: Map<string, string>;
  /** The address the test server serves a page at. */
  urlOf(page: SitePage): string;
}

export function builtSite(): BuiltSite {
  const distDir = inject('distDir');
  const baseUrl = inject('baseUrl');
  const files = listSiteFiles(distDir);
  const pages = listSitePages(distDir, files);
  if (!pages.some((p) => p.urlPath === '/')) throw new Error(`${distDir} has no index.html`);
  const html = readSitePages(distDir, pages);
  const redirects = new Map<string, string>();
  for (const page of pages) {
    const target = redirectTarget(html.get(page.file)!);
    if (target !== null) redirects.set(page.file, target);
  }
  const readablePages = pages.filter((p) => !redirects.has(p.file));
  return {
    distDir,
    baseUrl,
    files,
    pages,
    html,
    readablePages,
    redirects,
    urlOf: (page) => `${baseUrl}${page.urlPath}`,
  };
}

/** The site's own public origin, from the home page's canonical link (Astro's `site`). */
export function canonicalOrigin(distDir: string): string | undefined {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  for (const element of htmlElements(html)) {
    const href = element.attrs.get('href');
    if (element.tagName === 'link' && element.attrs.get('rel') === 'canonical' && href)
      return new URL(href).origin;
  }
  return undefined;
}
