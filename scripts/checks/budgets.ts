import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlElements, isExecutableScript } from '../site/html-elements.ts';
import { fileForUrlPath, urlPathOf } from '../site/site-files.ts';

/**
 * The weight budgets (docs/gates.md): an article page, with the CSS it
 * links, fits in the first 14 KB a server sends (one round trip on a new connection),
 * gzip-compressed; and no page ships JavaScript outside the search page unless the
 * allow-list names it and says why.
 */
export const ARTICLE_BUDGET_BYTES = 14 * 1024;

/** Pages that may ship JavaScript without an allow-list entry: Pagefind's search. */
export const SEARCH_PREFIX = '/search/';

export interface JsAllowEntry {
  /** A URL path; `*` stands for one path segment, `**` for any number: `/articles/*\/`. */
  path: string;
  reason: string;
}

export interface PageWeight {
  urlPath: string;
  htmlGzip: number;
  /** Each linked stylesheet and its gzip size. */
  css: Array<{ href: string; gzip: number }>;
  total: number;
}

/** gzip at zlib's default level (6), as a typical server compresses on the fly. */
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes).length;

/** An article page's transfer weight: its HTML and every stylesheet it links, each gzipped as a server would. */
export function pageWeight(distDir: string, file: string, html: string): PageWeight {
  const css: PageWeight['css'] = [];
  const base = new URL(urlPathOf(file), 'http://site.invalid');
  for (const element of htmlElements(html)) {
    const rels = (element.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = element.attrs.get('href');
    if (element.tagName !== 'link' || !rels.includes('stylesheet') || !href) continue;
    const url = new URL(href, base);
    const target =
      url.origin === base.origin ? fileForUrlPath(decodeURIComponent(url.pathname)) : null;
    if (target === null || !existsSync(join(distDir, target)))
      throw new Error(`${file}: stylesheet ${href} is not in the site`);
    css.push({ href, gzip: gzipSize(readFileSync(join(distDir, target))) });
  }
  const htmlGzip = gzipSize(html);
  return {
    urlPath: urlPathOf(file),
    htmlGzip,
    css,
    total: htmlGzip + css.reduce((sum, c) => sum + c.gzip, 0),
  };
}

/** What a page ships as JavaScript: executable <script> elements and any linked .js. */
export function javascriptIn(html: string): string[] {
  const found: string[] = [];
  for (const element of htmlElements(html)) {
    if (isExecutableScript(element)) {
      found.push(
        element.attrs.has('src')
          ? `<script src="${element.attrs.get('src')}">`
          : `inline <script> (line ${element.line})`,
      );
      continue;
    }
    if (element.tagName === 'script') continue; // a data block (JSON-LD): never runs
    const rels = (element.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = element.attrs.get('href') ?? '';
    if (
      element.tagName === 'link' &&
      (rels.includes('modulepreload') ||
        element.attrs.get('as') === 'script' ||
        /\.m?js(\?|#|$)/i.test(href))
    ) {
      found.push(`<link rel="${element.attrs.get('rel')}" href="${href}">`);
    }
  }
  return found;
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${escaped
      .replace(/\*\*/g, '\u0000')
      .replace(/\*/g, '[^/]+')
      .replace(/\u0000/g, '.*')}$`,
  );
}

/** The allow-list entry that lets a page ship JavaScript, if any (search pages need none). */
export function jsAllowance(
  urlPath: string,
  allowList: readonly JsAllowEntry[],
): JsAllowEntry | 'search' | null {
  if (urlPath.startsWith(SEARCH_PREFIX)) return 'search';
  return allowList.find((entry) => patternToRegExp(entry.path).test(urlPath)) ?? null;
}

/** Reads and checks the committed allow-list: every entry needs a path and a reason. */
export function readJsAllowList(path: string): JsAllowEntry[] {
  const entries = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(entries))
    throw new Error(`${path}: expected a JSON array of { "path", "reason" }`);
  for (const entry of entries as JsAllowEntry[]) {
    if (
      typeof entry?.path !== 'string' ||
      !entry.path.startsWith('/') ||
      typeof entry.reason !== 'string' ||
      entry.reason.trim().length < 10
    ) {
      throw new Error(
        `${path}: each entry needs a "path" starting with / and a "reason" that says why: ${JSON.stringify(entry)}`,
      );
    }
  }
  return entries as JsAllowEntry[];
}

export const isArticlePage = (urlPath: string) => /^\/articles\/[^/]+\/$/.test(urlPath);
