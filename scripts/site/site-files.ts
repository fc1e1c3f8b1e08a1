import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * A built site on disk, named the way a browser sees it: every file by its path
 * relative to the site root (forward slashes), every HTML file also by its URL path.
 */
export interface SitePage {
  /** Path relative to the site root: `index.html`, `articles/x/index.html`, `404.html`. */
  file: string;
  /** The URL path a static host serves it at: `/`, `/articles/x/`, `/404.html`. */
  urlPath: string;
}

/** Every file under `root`, relative, sorted (so runs and reports are stable). */
export function listSiteFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), rel);
      else if (entry.isFile()) files.push(rel);
    }
  };
  walk(root, '');
  return files.sort();
}

/** The URL path a directory-index static host serves a file at. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Every HTML page of the built site (found on disk, never listed by hand). */
export function listSitePages(root: string, files = listSiteFiles(root)): SitePage[] {
  return files
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, urlPath: urlPathOf(file) }));
}

/** Reads every HTML page once: file → markup. */
export function readSitePages(root: string, pages = listSitePages(root)): Map<string, string> {
  return new Map(pages.map((p) => [p.file, readFileSync(join(root, p.file), 'utf8')]));
}

/** The site-relative file a same-site URL path names, as a static host would look it up (or null above the root). */
export function fileForUrlPath(urlPath: string): string | null {
  const normalised = posix.normalize(urlPath);
  if (!normalised.startsWith('/')) return null;
  const rel = normalised.slice(1);
  return normalised.endsWith('/') ? `${rel}index.html` : rel;
}
