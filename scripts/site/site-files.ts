import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
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

/** Bytes read of a page first: a head is a few kilobytes; a page can run to megabytes. */
const HEAD_BYTES = 16 * 1024;
const HEAD_END = '</head>';
const headBuffer = Buffer.alloc(HEAD_BYTES);

/**
 * A built page's markup up to the end of its head (`</head>` included), read from its first
 * kilobytes, or in full when the head is longer; the whole page when it has no `</head>`. The
 * first `</head>` ends the head: text in the head cannot hold one (titles and attributes are
 * escaped, JSON-LD writes `<` as `\u003c`), so parsing stops before the page's body.
 */
export function readPageHead(path: string): string {
  const fd = openSync(path, 'r');
  let text: string;
  try {
    text = headBuffer.toString('utf8', 0, readSync(fd, headBuffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
  let end = text.indexOf(HEAD_END);
  if (end === -1) {
    text = readFileSync(path, 'utf8');
    end = text.indexOf(HEAD_END);
  }
  return end === -1 ? text : text.slice(0, end + HEAD_END.length);
}

/** The site-relative file a same-site URL path names, as a static host would look it up (or null above the root). */
export function fileForUrlPath(urlPath: string): string | null {
  const normalised = posix.normalize(urlPath);
  if (!normalised.startsWith('/')) return null;
  const rel = normalised.slice(1);
  return normalised.endsWith('/') ? `${rel}index.html` : rel;
}
