import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { EditorialContext } from './build-article.ts';
import { type CacheRead, SeedCache, type SeedCacheOptions, seedKey } from './seed-cache.ts';
import {
  buildAndKeep,
  buildSeeds,
  type ContextPaths,
  loadEditorial,
  loadFacts,
  type SeedResult,
} from './seed-builder.ts';
import { readSeedBytes, SeedFileError } from './seed-files.ts';

/** Entries read ahead of the run: enough to keep the reads going, few enough for flat memory. */
const ENTRIES_READ_AHEAD = 16;

/** A seed with an entry in the cache: the entry's key, and the seed's hash to check it by. */
interface Entry {
  key: string;
  sha: string;
}

/** Where a run's seeds are and what builds them. */
export interface BuildInputs {
  names: readonly string[];
  seedsDir: string;
  paths: ContextPaths;
}

/**
 * A run's seeds, each either read from the cache (its key has an entry) or built. Made in
 * two passes so that memory stays flat: {@link plan} reads every seed once to hash it and
 * notes which have an entry; {@link results} then builds the rest (on worker threads when
 * there are many) and reads the entries one at a time, yielding everything in seed order,
 * as the run needs it for duplicates and new permalinks.
 */
export class CachedBuild {
  built = 0;
  reused = 0;
  readonly #inputs: BuildInputs;
  readonly #cache: SeedCache | null;
  readonly #facts: EditorialContext['facts'];
  /** Per seed, its entry's key and the seed's hash, or null for a seed to build. */
  readonly #entries: (Entry | null)[];
  /** Keys of entries this run read or wrote: the cache keeps these and no others. */
  readonly #used = new Set<string>();
  #fallback: Promise<EditorialContext> | undefined;

  private constructor(
    inputs: BuildInputs,
    cache: SeedCache | null,
    facts: EditorialContext['facts'],
    entries: (Entry | null)[],
  ) {
    this.#inputs = inputs;
    this.#cache = cache;
    this.#facts = facts;
    this.#entries = entries;
  }

  /**
   * Hashes each seed and looks for its entry. A seed that cannot be read is left to build,
   * which reports it as before; with no cache every seed is built.
   */
  static async plan(inputs: BuildInputs, cache: SeedCacheOptions | null): Promise<CachedBuild> {
    if (!cache) return new CachedBuild(inputs, null, {}, Array(inputs.names.length).fill(null));
    const store = new SeedCache(cache);
    const facts = await loadFacts(inputs.paths.facts);
    const entries = inputs.names.map((name): Entry | null => {
      let bytes: Buffer;
      try {
        bytes = readSeedBytes(join(inputs.seedsDir, name));
      } catch (error) {
        if (error instanceof SeedFileError) return null;
        throw error;
      }
      const sha = createHash('sha256').update(bytes).digest('hex');
      const key = seedKey(store.digest, name, facts[name], sha);
      return store.has(key) ? { key, sha } : null;
    });
    return new CachedBuild(inputs, store, facts, entries);
  }

  /** Seeds that have no entry and are built. */
  get misses(): number {
    return this.#entries.filter((entry) => entry === null).length;
  }

  /**
   * Every seed's result, in the order of the names; `workers` threads build the misses.
   * The next entries are read while the run writes the last article.
   */
  async *results(workers: number): AsyncGenerator<SeedResult> {
    const { names, seedsDir, paths } = this.#inputs;
    const toBuild = names.filter((_, i) => this.#entries[i] === null);
    const cache = this.#cache && { dir: this.#cache.dir, digest: this.#cache.digest };
    const built = buildSeeds(toBuild, seedsDir, paths, workers, cache);
    const reading = new Map<number, Promise<CacheRead>>();
    let ahead = 0;
    try {
      for (const [i, name] of names.entries()) {
        for (; ahead < Math.min(names.length, i + ENTRIES_READ_AHEAD); ahead++) {
          const entry = this.#entries[ahead];
          if (!entry) continue;
          const read = this.#cache!.read(entry.key, names[ahead]!, entry.sha);
          read.catch(() => {}); // seen when the run awaits it, in order
          reading.set(ahead, read);
        }
        const entry = this.#entries[i]!;
        if (entry === null) {
          const next = await built.next();
          if (next.done || next.value.name !== name)
            throw new Error(`building ${name}: results out of order`);
          yield this.#note(next.value);
        } else {
          const read = await reading.get(i)!;
          reading.delete(i);
          yield await this.#reuse(name, entry.key, read);
        }
      }
    } finally {
      await built.return(undefined);
    }
  }

  /** Counts a built seed and notes the entry it was kept under. */
  #note(result: SeedResult): SeedResult {
    this.built += 1;
    if (this.#cache && 'article' in result) {
      const { name, article } = result;
      this.#used.add(seedKey(this.#cache.digest, name, this.#facts[name], article.sourceSha256));
    }
    return result;
  }

  /** The seed's entry, or, when it cannot be used (said on stderr), the seed built again. */
  async #reuse(name: string, key: string, read: CacheRead): Promise<SeedResult> {
    const cache = this.#cache!;
    const path = join(this.#inputs.seedsDir, name);
    if ('article' in read) {
      this.reused += 1;
      this.#used.add(key);
      return { name, path, article: read.article };
    }
    console.error(`warning: ingest cache: ${cache.entryPath(key)}: ${read.problem}; rebuilt`);
    this.#fallback ??= loadEditorial(this.#inputs.paths);
    return this.#note(buildAndKeep(this.#inputs.seedsDir, name, await this.#fallback, cache));
  }

  /**
   * Removes every entry this run did not use: call after a successful commit, so that a
   * failed run leaves the cache as it found it, but for what it added.
   */
  prune(): number {
    return this.#cache?.prune(this.#used) ?? 0;
  }
}
