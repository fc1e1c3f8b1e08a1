import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Reads what a written Pagefind bundle (`<bundle>/pagefind-entry.json`, `index/*.pf_index`)
 * holds, from Pagefind's own files: its version, which of its files `mergeIndex` needs, and
 * the words it indexed, as its search will look them up (lower-cased and stemmed, e.g.
 * "confid" for "confidence"). The search parts' word directory is built from these, so it
 * can never disagree with Pagefind about what a part contains. Build-time only (Node).
 *
 * Each `.pf_index` file is gzip of the signature `pagefind_dcd` and a CBOR `WordIndex`:
 * `[[word, pages, …], …]` (pagefind/src/index/index_words.rs); only the words are read, the
 * page numbers and word positions are skipped without being decoded into values.
 */

const SIGNATURE = 'pagefind_dcd';

/**
 * The files of a Pagefind bundle that `mergeIndex` reads: an article part keeps only these,
 * and shares the people part's script, worker and wasm.
 */
export const MERGED_BUNDLE_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/** What Pagefind writes in a bundle's `pagefind-entry.json` that the search parts need. */
export interface BundleEntry {
  /** The Pagefind version that wrote it. */
  version: string;
  /** Characters indexed as parts of words (`include_characters`); none when it lists none. */
  includeCharacters: string[];
}

/** Reads a bundle's entry file. */
export function bundleEntry(bundleDir: string): BundleEntry {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    version: string;
    include_characters?: string[];
  };
  return { version: entry.version, includeCharacters: entry.include_characters ?? [] };
}

export class PagefindBundleError extends Error {
  override name = 'PagefindBundleError';
}

/** A cursor over CBOR bytes that reads the few shapes Pagefind's word index uses. */
class CborReader {
  offset = 0;
  private readonly bytes: Buffer;
  private readonly file: string;
  constructor(bytes: Buffer, file: string) {
    this.bytes = bytes;
    this.file = file;
  }

  private fail(what: string): never {
    throw new PagefindBundleError(
      `${this.file}: ${what} at byte ${this.offset} of its CBOR (not a Pagefind word index this reader knows)`,
    );
  }

  /** The major type and argument of the next item; `null` argument for an indefinite length. */
  head(): { major: number; argument: number | null } {
    if (this.offset >= this.bytes.length) this.fail('unexpected end');
    const initial = this.bytes[this.offset++]!;
    const major = initial >> 5;
    const info = initial & 31;
    if (info < 24) return { major, argument: info };
    if (info === 24) return { major, argument: this.bytes[(this.offset += 1) - 1]! };
    if (info === 25) return { major, argument: this.bytes.readUInt16BE((this.offset += 2) - 2) };
    if (info === 26) return { major, argument: this.bytes.readUInt32BE((this.offset += 4) - 4) };
    if (info === 27)
      return { major, argument: Number(this.bytes.readBigUInt64BE((this.offset += 8) - 8)) };
    if (info === 31 && (major === 2 || major === 3 || major === 4 || major === 5))
      return { major, argument: null };
    return this.fail(`unsupported item (major type ${major}, info ${info})`);
  }

  private isBreak(): boolean {
    return this.bytes[this.offset] === 0xff;
  }

  /** The length of an array that starts here. */
  arrayLength(): number | null {
    const { major, argument } = this.head();
    if (major !== 4) this.fail(`expected an array, found major type ${major}`);
    return argument;
  }

  text(): string {
    const { major, argument } = this.head();
    if (major !== 3 || argument === null) this.fail('expected a definite-length text string');
    const value = this.bytes.toString('utf8', this.offset, this.offset + argument);
    this.offset += argument;
    return value;
  }

  /** Skips one item of any shape. */
  skip(): void {
    const { major, argument } = this.head();
    if (major === 0 || major === 1 || major === 7) return;
    if (major === 6) return this.skip();
    if (major === 2 || major === 3) {
      if (argument === null) this.fail('indefinite-length string');
      this.offset += argument;
      return;
    }
    const items = major === 5 && argument !== null ? argument * 2 : argument;
    if (items === null) {
      while (!this.isBreak()) this.skip();
      this.offset += 1;
      return;
    }
    for (let i = 0; i < items; i += 1) this.skip();
  }

  /** Calls `each` for every element of an array starting here (definite or indefinite length). */
  forEachInArray(each: () => void): void {
    const length = this.arrayLength();
    if (length === null) {
      while (!this.isBreak()) each();
      this.offset += 1;
      return;
    }
    for (let i = 0; i < length; i += 1) each();
  }
}

/**
 * The words of one decompressed `.pf_index` file (signature included), in file order.
 * @example indexFileWords(gunzipSync(readFileSync('dist/pagefind/index/en-gb_52cc75b.pf_index')), 'en-gb_52cc75b.pf_index') // ['000', '1', '11', …]
 */
export function indexFileWords(decompressed: Buffer, file: string): string[] {
  if (decompressed.toString('latin1', 0, SIGNATURE.length) !== SIGNATURE) {
    throw new PagefindBundleError(
      `${file}: does not start with Pagefind's "${SIGNATURE}" signature`,
    );
  }
  const reader = new CborReader(decompressed.subarray(SIGNATURE.length), file);
  const words: string[] = [];
  // WordIndex: [words]; each PackedWord: [word, pages, …later fields].
  let fields = reader.arrayLength();
  if (fields === null || fields < 1)
    throw new PagefindBundleError(`${file}: a word index with no words field`);
  reader.forEachInArray(() => {
    const wordFields = reader.arrayLength();
    if (wordFields === null || wordFields < 1)
      throw new PagefindBundleError(`${file}: a word entry with no word`);
    words.push(reader.text());
    for (let i = 1; i < wordFields; i += 1) reader.skip();
  });
  for (fields -= 1; fields > 0; fields -= 1) reader.skip();
  return words;
}

/**
 * Every word a Pagefind bundle indexed, reading each `index/*.pf_index` file once.
 * Throws PagefindBundleError naming the file when one is not what Pagefind writes.
 */
export function bundleWords(bundleDir: string): Set<string> {
  const indexDir = join(bundleDir, 'index');
  const words = new Set<string>();
  // Pagefind writes no index folder for a bundle with no pages.
  if (!existsSync(indexDir)) return words;
  for (const name of readdirSync(indexDir)
    .filter((n) => n.endsWith('.pf_index'))
    .sort()) {
    const file = join(indexDir, name);
    let decompressed: Buffer;
    try {
      decompressed = gunzipSync(readFileSync(file));
    } catch (error) {
      throw new PagefindBundleError(
        `${file}: not gzip (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    for (const word of indexFileWords(decompressed, file)) words.add(word);
  }
  return words;
}
