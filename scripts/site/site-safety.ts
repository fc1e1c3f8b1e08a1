import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeCspManifest } from './csp.ts';
import { writeHostHeaders } from './host-headers.ts';

/**
 * Entries under `dir` that are not regular files or folders (symbolic links above all),
 * as `dir/x: what it is`. Links are never followed, so a link to a folder is one entry.
 * @example unsafeEntries('public') // ['public/leak.txt: is a symbolic link']
 */
export function unsafeEntries(dir: string, root = dir): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stats = lstatSync(path);
    const shown = join(root, relative(root, path));
    if (stats.isSymbolicLink()) found.push(`${shown}: is a symbolic link`);
    else if (stats.isDirectory()) found.push(...unsafeEntries(path, root));
    else if (!stats.isFile()) found.push(`${shown}: is not a regular file`);
  }
  return found;
}

/**
 * The build's safety checks: it refuses to start when `public/` holds a symbolic link (Astro
 * would copy what it points at, anywhere on the machine, into the site), fails when the
 * built site holds one, and writes each page's CSP header into `dist/_csp.json` and, from the
 * same policies, every path's response headers into `dist/_headers` (for the host). A
 * `siteNotice` (the site URL is only right locally) is said as the build starts and ends.
 */
export function siteSafety({
  siteNotice = null,
}: { siteNotice?: string | null } = {}): AstroIntegration {
  let publicDir = 'public';
  return {
    name: 'archive-site-safety',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Named relative to the project when inside it, else in full (a message must find it).
        const absolute = fileURLToPath(config.publicDir);
        const inside = relative(process.cwd(), absolute);
        publicDir = inside === '' ? '.' : inside.startsWith('..') ? absolute : inside;
      },
      'astro:build:start': ({ logger }) => {
        if (siteNotice) logger.warn(siteNotice);
        const found = unsafeEntries(publicDir);
        if (found.length > 0)
          throw new Error(`public files must be regular files:\n${found.join('\n')}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const found = unsafeEntries(distDir);
        if (found.length > 0) throw new Error(`the built site holds links:\n${found.join('\n')}`);
        writeHostHeaders(distDir, writeCspManifest(distDir));
        if (siteNotice) logger.warn(siteNotice);
      },
    },
  };
}
