import { closeSync, existsSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
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

/** Bytes read of each page first: the `<meta>` policy is in the head, and pages run to 30 MB. */
const HEAD_BYTES = 64 * 1024;

/** A page's markup up to its `<body>` (or the whole page, when the head is longer). */
function headOf(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const head = buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
    return head.includes('<body') ? head : readFileSync(path, 'utf8');
  } finally {
    closeSync(fd);
  }
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
    const policy = headerPolicy(headOf(join(distDir, file)));
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
