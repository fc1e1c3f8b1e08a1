import { createReadStream, existsSync, realpathSync, type Stats, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { HEADERS_FILE, loadHostHeaders } from '../site/host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The text files a host compresses. Everything else goes as it is: images, and Pagefind's
 * index, fragment, filter and wasm files (`.pf_*`, `.pagefind`), which Pagefind gzips itself.
 */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.csv', '.webmanifest']);

export type Encoding = 'br' | 'gzip';

/**
 * Files named by a hash of their content, which never change under the same name: Astro's
 * bundled assets, Pagefind's index, fragment, filter and meta files, and the search parts'
 * word directory and filter file. A host lets browsers keep these for a year.
 */
const IMMUTABLE = /^\/(_astro\/|pagefind\/(.*\.pf_(index|fragment|filter|meta)$|words\/[0-9a-f]+\.txt$|filters-[0-9a-f]+\.json$))/;

/**
 * The Cache-Control a static host should send: a year for files named by their content,
 * otherwise "no-cache" (keep, but ask again each time; the ETag makes asking cheap). The
 * headers file's rules (host-headers.ts) must name the same for every file of a build: the
 * tests check one against the other.
 * @example cacheControl('/pagefind/parts/2019/index/en-gb_52cc75b.pf_index') // 'public, max-age=31536000, immutable'
 * @example cacheControl('/search/') // 'no-cache'
 */
export function cacheControl(pathname: string): string {
  return IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * A weak validator for a file as stored: its size and modification time, as common static
 * servers make one (the body differs by encoding; the file does not).
 */
export function entityTag(stats: Pick<Stats, 'mtimeMs' | 'size'>): string {
  return `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

/** Whether an If-None-Match header names the current entity tag (weak comparison, as for GET). */
export function notModified(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => bare(t) === bare(tag));
}

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
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/**
 * Compressed files, kept so that repeated requests are not compressed again: keyed by file
 * and encoding, valid while the file's mtime and size are unchanged, oldest dropped first
 * once the total passes `maxBytes`.
 */
export class CompressedFiles {
  readonly #entries = new Map<string, { mtimeMs: number; size: number; bytes: Promise<Buffer>; length: number }>();
  #total = 0;
  compressions = 0;
  readonly maxBytes: number;

  constructor(maxBytes = 256 * 1024 * 1024) {
    this.maxBytes = maxBytes;
  }

  get(file: string, stats: Pick<Stats, 'mtimeMs' | 'size'>, encoding: Encoding, read: () => Promise<Buffer>): Promise<Buffer> {
    const key = `${encoding}:${file}`;
    const cached = this.#entries.get(key);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) {
      this.#entries.delete(key); // re-inserted: the Map's order is the order of last use
      this.#entries.set(key, cached);
      return cached.bytes;
    }
    if (cached) this.#forget(key);
    this.compressions += 1;
    const entry = { mtimeMs: stats.mtimeMs, size: stats.size, bytes: read().then((b) => compress(b, encoding)), length: 0 };
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

/**
 * How much the server takes on before it refuses more: open connections past `maxConnections`
 * get an immediate 503 (so overload degrades instead of timing out), and a client gets
 * `headersTimeout` ms to send its headers and `requestTimeout` ms for the whole request.
 */
export interface ServerLimits {
  maxConnections: number;
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxConnections: 512,
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
};

const OVERLOADED =
  'HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';

/**
 * The path of a request target, or null when it is not one this server answers: it must
 * start with a single "/" (a "//host/x" target would read as another host), hold no
 * backslash (browsers read one as "/") and decode.
 * @example requestPath('/articles/x/?q=1') // { pathname: '/articles/x/', search: '?q=1' }
 * @example requestPath('//articles/') // null
 */
export function requestPath(target: string): { pathname: string; search: string; raw: string } | null {
  const query = target.indexOf('?');
  const raw = query === -1 ? target : target.slice(0, query);
  const search = query === -1 ? '' : target.slice(query);
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null;
  try {
    const pathname = decodeURIComponent(raw);
    return pathname.includes('\0') ? null : { pathname, search, raw };
  } catch {
    return null;
  }
}

/** Whether `file`'s real path (links resolved) is inside `realRoot`. */
function isInside(realRoot: string, file: string): boolean {
  try {
    const real = realpathSync(file);
    return real === realRoot || real.startsWith(realRoot + sep);
  } catch {
    return false;
  }
}

export interface RunningServer {
  url: string;
  server: Server;
  /**
   * Body bytes sent per request path since start (or since the last reset), as they went
   * on the wire: compressed when the response was, 0 for HEAD. Headers are not counted.
   */
  bytesByPath: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Serves a built static site the way a plain web host would: directory index files,
 * a redirect to the trailing slash, the site's own 404 page with status 404, text
 * compressed with brotli or gzip when the request accepts it, and HTTP caching (an ETag
 * on every file, 304 when the browser's copy is current, a year for files named by their
 * content), so a browser fetches a file again only when it changed.
 */
export function serveStatic(
  root: string,
  port = 0,
  host = '127.0.0.1',
  limits: ServerLimits = DEFAULT_LIMITS,
): Promise<RunningServer> {
  const base = resolve(root);
  const realBase = realpathSync(base);
  const bytesByPath = new Map<string, number>();
  const compressed = new CompressedFiles();
  // Every response's headers come from the build's headers file (dist/_headers, read once),
  // exactly as a host that reads it sends them; never from parsing a response.
  const hostHeaders = loadHostHeaders(base);

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-length': '0' }).end();
      return;
    }
    // A target that is not a plain path ("//articles/") is no page of the site: 404.
    const parsed = requestPath(request.url ?? '/');
    const target = parsed ?? { pathname: '/404.html', search: '', raw: '/404.html' };
    const { pathname } = target;
    const url = { pathname: target.raw, search: target.search };
    let file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { ...hostHeaders.headersFor(pathname), location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = parsed === null ? 404 : 200;
    // A link out of the site (to /etc/passwd, say) is served as if nothing were there, and
    // so is the headers file, which a host reads and never serves.
    if (!existsSync(file) || !isInside(realBase, file) || file === join(base, HEADERS_FILE)) {
      status = 404;
      file = join(base, '404.html');
    }
    const stats = existsSync(file) ? statSync(file) : null;
    const size = stats?.size ?? 0;
    const ext = extname(file);
    const tag = stats && status === 200 ? entityTag(stats) : null;
    // What the headers file names for the path asked for (a 404 gets its path's, as on a host).
    const named = hostHeaders.headersFor(pathname);
    const caching = tag ? { ...named, etag: tag } : named;
    if (tag && notModified(request.headers['if-none-match'], tag)) {
      // The browser's copy is current: headers only (counted as no bytes sent).
      response.writeHead(304, { ...caching, ...(COMPRESSIBLE.has(ext) ? { vary: 'Accept-Encoding' } : {}) }).end();
      bytesByPath.set(url.pathname, bytesByPath.get(url.pathname) ?? 0);
      return;
    }
    const encoding = stats && size > 0 && COMPRESSIBLE.has(ext) ? preferredEncoding(request.headers['accept-encoding']) : null;
    const body = stats && encoding ? await compressed.get(file, stats, encoding, () => readFile(file)) : null;
    const length = body?.length ?? size;
    response.writeHead(status, {
      ...caching,
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': String(length),
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...(COMPRESSIBLE.has(ext) ? { vary: 'Accept-Encoding' } : {}),
    });
    const head = request.method === 'HEAD';
    bytesByPath.set(url.pathname, (bytesByPath.get(url.pathname) ?? 0) + (head ? 0 : length));
    if (head || length === 0) response.end();
    else if (body !== null) response.end(body);
    else createReadStream(file).pipe(response);
  }

  const server = createServer(
    {
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      // How often those timeouts are checked (Node's default, 30 s, would outlast them).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeout),
    },
    (request, response) => {
    respond(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy(error instanceof Error ? error : new Error(String(error)));
      else response.writeHead(500).end('Internal server error');
    });
    },
  );
  server.keepAliveTimeout = limits.keepAliveTimeout;
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    if (open.size >= limits.maxConnections) {
      socket.end(OVERLOADED);
      return;
    }
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}`,
        server,
        bytesByPath,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
