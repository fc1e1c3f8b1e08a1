import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { type SeedCacheHeader, seedCacheHeaderSchema } from '../../src/schemas/seed-cache.ts';
import type { ArticleFacts } from '../../src/schemas/editorial.ts';
import type { BuiltSeed, SeedResult } from './seed-builder.ts';

/** Where the cache is and the digest of the context it is for: what a worker thread is given. */
export interface SeedCacheOptions {
  dir: string;
  /** scripts/ingest/context-digest.ts */
  digest: string;
}

/** What reading an entry found: the article, or why the entry cannot be used. */
export type CacheRead = { article: BuiltSeed } | { problem: string };

const ENTRY = /^[0-9a-f]{64}\.json$/;
const TEMPORARY = /\.tmp$/;
/** A temporary file this old is left by a run that was killed, not one still writing. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/**
 * The key of one seed's entry: the context digest, the seed's name, its own facts and its
 * bytes' hash. The facts go in as `JSON.stringify` gives them, as in the record key
 * (record-dates.ts), so anything that changes the record's key changes this one too.
 * @example seedKey(digest, '000_a.txt', undefined, sha).length // 64
 */
export function seedKey(
  digest: string,
  name: string,
  facts: ArticleFacts | undefined,
  seedSha256: string,
): string {
  return createHash('sha256')
    .update(JSON.stringify([digest, name, facts ?? null, seedSha256]))
    .digest('hex');
}

/**
 * Built seeds kept between runs, one JSON file per seed named by its key
 * ({@link seedKey}), so a run rebuilds only the seeds that are new or changed, or whose
 * context changed. Each entry is written aside and renamed into place, so a reader sees a
 * whole entry or none; one that does not read back as an entry is a miss, never a crash.
 */
export class SeedCache {
  readonly dir: string;
  readonly digest: string;
  #warned = false;

  constructor({ dir, digest }: SeedCacheOptions) {
    this.dir = dir;
    this.digest = digest;
  }

  /** The file holding `key`'s entry. */
  entryPath(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  has(key: string): boolean {
    return existsSync(this.entryPath(key));
  }

  /**
   * The entry for `key`, checked against the seed it is read for: its name and its bytes'
   * hash. Any other file is a problem to report, and the seed is built instead.
   */
  async read(key: string, name: string, seedSha256: string): Promise<CacheRead> {
    let text: string;
    try {
      text = await readFile(this.entryPath(key), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      return { problem: `cannot be read (${code})` };
    }
    return readEntry(text, name, seedSha256);
  }

  /** Keeps a built seed under its key; the seed's error is never kept (it must be reported). */
  store(result: SeedResult, facts: ArticleFacts | undefined): void {
    if (!('article' in result)) return;
    const { name, article } = result;
    this.write(seedKey(this.digest, name, facts, article.sourceSha256), name, article);
  }

  /**
   * Writes one entry aside and renames it into place. A cache that cannot be written is
   * said once and does not stop the run: the articles never depend on it.
   */
  write(key: string, name: string, article: BuiltSeed): void {
    const target = this.entryPath(key);
    const aside = `${target}.${process.pid}-${threadId}.tmp`;
    try {
      writeFileSync(aside, formatEntry(name, article));
      renameSync(aside, target);
    } catch (error) {
      rmSync(aside, { force: true });
      if (this.#warned) return;
      this.#warned = true;
      const message = error instanceof Error ? error.message : String(error);
      console.error(`warning: ingest cache: ${target}: cannot be written (${message})`);
    }
  }

  /**
   * Removes the entries that `used` does not hold (seeds gone, changed or built in another
   * context) and temporary files left by killed runs; another run's files in progress stay.
   */
  prune(used: ReadonlySet<string>): number {
    let removed = 0;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    const now = Date.now();
    for (const name of names) {
      const path = join(this.dir, name);
      try {
        if (ENTRY.test(name) ? used.has(name.slice(0, 64)) : !TEMPORARY.test(name)) continue;
        if (!ENTRY.test(name) && now - statSync(path).mtimeMs < STALE_TEMPORARY_MS) continue;
        rmSync(path, { force: true });
        removed += 1;
      } catch {
        // Gone already (another run pruned it): nothing to do.
      }
    }
    return removed;
  }
}

/**
 * An entry's text: its header line ({@link seedCacheHeaderSchema}), then the article's file
 * as it is. JSON escapes every line break, so the first one ends the header.
 * @example formatEntry('000_a.txt', article).startsWith('{"name":"000_a.txt"') // true
 */
export function formatEntry(name: string, { file, ...article }: BuiltSeed): string {
  const header: SeedCacheHeader = { name, fileLength: file.length, article };
  return `${JSON.stringify(header)}\n${file}`;
}

/**
 * The article an entry's text holds, if it is whole and for this seed (`name`, and the hash
 * of its bytes); otherwise what is wrong with it.
 * @example readEntry(formatEntry('000_a.txt', article), '000_a.txt', article.sourceSha256)
 */
export function readEntry(text: string, name: string, seedSha256: string): CacheRead {
  const end = text.indexOf('\n');
  let json: unknown;
  try {
    json = JSON.parse(end < 0 ? text : text.slice(0, end));
  } catch {
    return { problem: 'is not valid JSON' };
  }
  // Checked, but the parsed text is what is used: its key order is the order it was built
  // in, which the report's JSON keeps (a schema's output would put its own order).
  const checked = seedCacheHeaderSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return { problem: `is not a seed cache entry (${issue.path.join('.')}: ${issue.message})` };
  }
  const header = json as SeedCacheHeader;
  const file = end < 0 ? '' : text.slice(end + 1);
  if (file.length !== header.fileLength)
    return { problem: `is cut short (${file.length} of ${header.fileLength} characters)` };
  if (header.name !== name) return { problem: `holds another seed (${header.name})` };
  if (header.article.sourceSha256 !== seedSha256)
    return { problem: 'holds another version of the seed' };
  return { article: { file, ...header.article } };
}
