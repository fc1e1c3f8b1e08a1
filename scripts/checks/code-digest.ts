import { filesDigest, projectFiles } from '../../src/archive/file-digest.ts';

/**
 * What `astro check` reads, as one digest: every file of the project but the build's output,
 * the caches, the raw seeds and the articles the ingest writes from them. Type checking is a
 * function of the code (and the config, lock file and data files, which are included too), so
 * a check that passed for a digest passes again for it (scripts/checks/type-check.ts).
 */

/** Folders, from the project's root, whose files never change a type check's result. */
const SKIPPED_FOLDERS = [
  '.git',
  'node_modules',
  'dist',
  '.astro',
  'seeds',
  'src/content',
  'test-results',
  'bench/out',
];

/** Files the ingest rewrites from the seeds; pages read them as data, never as types. */
const SKIPPED_FILES = new Set([
  'src/data/permalinks.json',
  'src/data/record-dates.json',
  'src/data/article-facts.json',
]);

/** Whether a project-relative path (with `/`) is left out of the digest. */
export function isSkipped(path: string): boolean {
  if (SKIPPED_FILES.has(path)) return true;
  // What a run stages beside the files it replaces (.gitignore lists the same), and logs.
  if (
    /(^|\/)(\.[^/]+\.(staging|previous|commit\.json[^/]*)|\.search-parts-[^/]*)(\/|$)|\.log$/.test(
      path,
    )
  )
    return true;
  return SKIPPED_FOLDERS.some((folder) => path === folder || path.startsWith(`${folder}/`));
}

/** The project's files a type check depends on, relative to `root`, sorted. */
export function checkedFiles(root: string): string[] {
  return projectFiles(root, [''], isSkipped);
}

/** sha256 over each checked file's path and bytes. */
export function codeDigest(root: string): string {
  return filesDigest(root, checkedFiles(root));
}
