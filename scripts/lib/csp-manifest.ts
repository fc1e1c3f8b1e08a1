import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerPolicy } from './csp.ts';
import { listSitePages } from './site-files.ts';

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
    const policy = headerPolicy(readFileSync(join(distDir, file), 'utf8'));
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
