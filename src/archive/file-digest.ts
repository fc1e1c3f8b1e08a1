import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodePoints } from '../lib/order.ts';

/**
 * What the build's caches are keyed by when they depend on the project's own files: the
 * files of some folders, listed the same way everywhere (relative to the project, with `/`,
 * in code-point order), and one sha256 over their paths and bytes. The page keys, the type
 * check, the search index and the ingest each choose their folders; the listing and the
 * digest are this one.
 */

/**
 * Every file under `folders` of `root` (`''` is the root itself), leaving out each path
 * `skip` names; a skipped folder is never walked.
 * @example projectFiles('.', ['src'], (p) => p.startsWith('src/content')) // ['src/archive/archive.ts', …]
 */
export function projectFiles(
  root: string,
  folders: readonly string[],
  skip: (path: string) => boolean = () => false,
): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (skip(path)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  return files.sort(compareCodePoints);
}

/** sha256 over each file's path and bytes, in the order given (so a renamed file counts). */
export function filesDigest(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
