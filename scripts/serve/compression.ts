import type { Stats } from 'node:fs';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Compression as a CDN does it on the fly: which files, which encoding a request accepts,
 * and a cache so that repeated requests are not compressed again.
 */

/**
 * The text files a host compresses. Everything else goes as it is: images, and Pagefind's
 * index, fragment, filter and wasm files (`.pf_*`, `.pagefind`), which Pagefind gzips itself.
 */
export const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.svg',
  '.txt',
  '.csv',
  '.webmanifest',
]);

export type Encoding = 'br' | 'gzip';

/**
 * The encoding to send for a request's `Accept-Encoding`: the one with the highest
 * q-value the client accepts, brotli before gzip on a tie; null for the file as it is.
 * @example preferredEncoding('gzip, deflate, br, zstd') // 'br'
 * @example preferredEncoding('gzip, deflate') // 'gzip'
 * @example preferredEncoding('br;q=0, gzip;q=0.5') // 'gzip'
 */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const q = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name === '') continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  const br = accepts('br');
  const gz = Math.max(accepts('gzip'), q.get('x-gzip') ?? 0);
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return null;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Compresses as a CDN does on the fly: gzip at zlib's default level 6, brotli at quality 5
 * (quality 11, for files compressed ahead of time, is ~5% smaller and far too slow for the
 * 30 MB person pages the tests serve).
 */
export function compress(bytes: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(bytes);
  return brotliAsync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/**
 * Compressed files, kept so that repeated requests are not compressed again: keyed by file
 * and encoding, valid while the file's mtime and size are unchanged, oldest dropped first
 * once the total passes `maxBytes`.
 */
export class CompressedFiles {
  readonly #entries = new Map<
    string,
    { mtimeMs: number; size: number; bytes: Promise<Buffer>; length: number }
  >();
  #total = 0;
  compressions = 0;
  readonly maxBytes: number;

  constructor(maxBytes = 256 * 1024 * 1024) {
    this.maxBytes = maxBytes;
  }

  get(
    file: string,
    stats: Pick<Stats, 'mtimeMs' | 'size'>,
    encoding: Encoding,
    read: () => Promise<Buffer>,
  ): Promise<Buffer> {
    const key = `${encoding}:${file}`;
    const cached = this.#entries.get(key);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) {
      this.#entries.delete(key); // re-inserted: the Map's order is the order of last use
      this.#entries.set(key, cached);
      return cached.bytes;
    }
    if (cached) this.#forget(key);
    this.compressions += 1;
    const entry = {
      mtimeMs: stats.mtimeMs,
      size: stats.size,
      bytes: read().then((b) => compress(b, encoding)),
      length: 0,
    };
    this.#entries.set(key, entry);
    entry.bytes.then(
      (bytes) => {
        if (this.#entries.get(key) !== entry) return;
        entry.length = bytes.length;
        this.#total += bytes.length;
        for (const [oldest] of this.#entries) {
          if (this.#total <= this.maxBytes || oldest === key) break;
          this.#forget(oldest);
        }
      },
      () => this.#entries.get(key) === entry && this.#entries.delete(key),
    );
    return entry.bytes;
  }

  #forget(key: string): void {
    this.#total -= this.#entries.get(key)?.length ?? 0;
    this.#entries.delete(key);
  }
}
