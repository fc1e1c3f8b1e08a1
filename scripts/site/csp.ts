import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroUserConfig } from 'astro';
import { htmlElements } from './html-elements.ts';
import { listSitePages, readPageHead } from './site-files.ts';

/**
 * The site's Content-Security-Policy, in one place (docs/gates.md, "Content-Security-Policy").
 * Astro writes each page's policy into a `<meta>` from `ASTRO_CSP` (astro.config.mjs), adding
 * the hashes of the scripts and styles it inlines. After the build, `writeCspManifest` reads
 * those policies back into `dist/_csp.json`; `dist/_headers` (host-headers.ts) and the preview
 * server (scripts/serve/) send them as headers, with what only a header can carry. Responses
 * without a page of their own get `FALLBACK_POLICY`, made from the same sources.
 */

/** Where scripts may come from: the site itself, and WebAssembly for Pagefind's search. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
/** Where styles may come from: the site itself (Astro adds the hashes of what it inlines). */
export const STYLE_SOURCES = ["'self'"];

/**
 * Every other directive of a page's policy: the site's own origin for everything it loads
 * (Pagefind's search needs a same-origin worker), and no plugins or frames.
 */
export const PAGE_DIRECTIVES = [
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
] as const;

type AstroCsp = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/** Astro's `security.csp` setting: the `<meta>` policy of every page. */
export const ASTRO_CSP = {
  directives: [...PAGE_DIRECTIVES],
  scriptDirective: { resources: [...SCRIPT_SOURCES] },
  styleDirective: { resources: [...STYLE_SOURCES] },
} satisfies AstroCsp;

/** Directives a `<meta>` policy cannot carry (browsers ignore them there): no framing by other sites. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The page directive of that name, as written in `PAGE_DIRECTIVES`. */
function pageDirective(name: string): string {
  const found = PAGE_DIRECTIVES.find((d) => d.startsWith(`${name} `));
  if (found === undefined) throw new Error(`no ${name} in the page policy`);
  return found;
}

/**
 * For responses with no policy of their own (redirect pages, Pagefind's worker, assets):
 * the site's own origin only, WebAssembly allowed for the search worker, nothing inline.
 */
export const FALLBACK_POLICY = [
  pageDirective('default-src'),
  `script-src ${SCRIPT_SOURCES.join(' ')}`,
  `style-src ${STYLE_SOURCES.join(' ')}`,
  pageDirective('object-src'),
  pageDirective('base-uri'),
  pageDirective('form-action'),
].join('; ');

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or null if it has none. */
export function metaPolicy(html: string): string | null {
  for (const element of htmlElements(html)) {
    if (
      element.tagName === 'meta' &&
      element.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy'
    ) {
      return element.attrs.get('content') ?? null;
    }
    if (element.tagName === 'body') break;
  }
  return null;
}

/** The header value for a response: the page's own policy (or the fallback), plus the header-only directives. */
export function headerPolicy(html: string | null): string {
  const own = (html === null ? null : metaPolicy(html)) ?? FALLBACK_POLICY;
  const directives = own
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d.length > 0);
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** A policy as directive name → sources, for assertions. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Where the build leaves each page's policy for the server (not a page: no reader links it). */
export const CSP_MANIFEST = '_csp.json';

/**
 * Each page's Content-Security-Policy header, decided once at build time: the distinct
 * policies, and per HTML file (site-relative) the index of its policy. `fallback` is for
 * every other response.
 */
export interface CspManifest {
  policies: string[];
  pages: Record<string, number>;
  fallback: string;
}

/**
 * Reads every built page's `<meta>` policy once, as the header to send with it.
 * @example computeCspManifest('dist').pages['index.html'] // 0
 */
export function computeCspManifest(distDir: string): CspManifest {
  const policies: string[] = [];
  const index = new Map<string, number>();
  const pages: Record<string, number> = {};
  for (const { file } of listSitePages(distDir)) {
    // The head alone: the `<meta>` policy is there, and parsing a whole page cost 5 ms.
    const policy = headerPolicy(readPageHead(join(distDir, file)));
    let n = index.get(policy);
    if (n === undefined) {
      n = policies.push(policy) - 1;
      index.set(policy, n);
    }
    pages[file] = n;
  }
  return { policies, pages, fallback: headerPolicy(null) };
}

/** Writes the manifest into the built site (after `astro build`, by the siteSafety integration). */
export function writeCspManifest(distDir: string): CspManifest {
  const manifest = computeCspManifest(distDir);
  writeFileSync(join(distDir, CSP_MANIFEST), `${JSON.stringify(manifest)}\n`, 'utf8');
  return manifest;
}

/**
 * The build's manifest, or (for a site built without it) one computed now, once: the
 * server never parses a page per response.
 */
export function loadCspManifest(distDir: string): CspManifest {
  const path = join(distDir, CSP_MANIFEST);
  if (!existsSync(path)) return computeCspManifest(distDir);
  return JSON.parse(readFileSync(path, 'utf8')) as CspManifest;
}

/** The header policy for one site-relative file. */
export function policyOf(manifest: CspManifest, file: string): string {
  const n = manifest.pages[file];
  return n === undefined ? manifest.fallback : (manifest.policies[n] ?? manifest.fallback);
}
