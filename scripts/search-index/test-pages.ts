import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Built pages for the search index step's tests, as the site writes them. */

/** A page with the site's chrome around `body`; FACTS in `body` stands for `facts`. */
export const page = (body: string, facts = '') =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><header data-pagefind-ignore="all">Navigation</header>${body.replace('FACTS', facts)}</body></html>`;

/** What SearchFacts writes for a page of result type `type`, with `extra` tags inside. */
export const facts = (type: string, extra = '') =>
  `<div hidden><data value="${type}" data-pagefind-filter="type[value]"></data>${extra}</div>`;

/** A tiny built site on disk. */
export function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

/** Every file under `dir` (relative path → sha256 of its bytes), to compare two outputs byte for byte. */
export function fileHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    if (statSync(path).isFile())
      hashes.set(file, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}
