import { createReadStream, existsSync, realpathSync, type Stats, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { HEADERS_FILE, type HostHeaders, loadHostHeaders } from '../site/host-headers.ts';
import { entityTag, notModified } from './caching.ts';
import { COMPRESSIBLE, CompressedFiles, type Encoding, preferredEncoding } from './compression.ts';

/**
 * The preview server: the built site served the way a plain web host serves it, with every
 * response's headers from the build's `dist/_headers` (docs/deploy.md, "The preview server").
 */

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
export function requestPath(
  target: string,
): { pathname: string; search: string; raw: string } | null {
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

/** The built site a server answers for, opened once at start. */
interface Site {
  base: string;
  realBase: string;
  /** Every response's headers, from the build's headers file (read once, never a response). */
  hostHeaders: HostHeaders;
  compressed: CompressedFiles;
  bytesByPath: Map<string, number>;
}

function openSite(root: string): Site {
  const base = resolve(root);
  return {
    base,
    realBase: realpathSync(base),
    hostHeaders: loadHostHeaders(base),
    compressed: new CompressedFiles(),
    bytesByPath: new Map(),
  };
}

/** A file to send, with its status, for the path asked for (`raw` as sent, undecoded). */
interface FileAnswer {
  kind: 'file';
  file: string;
  status: number;
  pathname: string;
  raw: string;
}

/** How a request target is answered: a bare status (403, 301) or a file of the site. */
type Answer =
  { kind: 'status'; status: number; headers?: OutgoingHttpHeaders; body?: string } | FileAnswer;

/**
 * Maps a request target to what answers it: an index file for a folder (after a redirect to
 * its trailing slash), else the file itself, and the site's 404 page for anything missing.
 */
function answerFor(site: Site, requestUrl: string): Answer {
  const { base, realBase, hostHeaders } = site;
  // A target that is not a plain path ("//articles/") is no page of the site: 404.
  const parsed = requestPath(requestUrl);
  const { pathname, search, raw } = parsed ?? {
    pathname: '/404.html',
    search: '',
    raw: '/404.html',
  };
  let file = normalize(join(base, pathname));
  if (file !== base && !file.startsWith(base + sep))
    return { kind: 'status', status: 403, body: 'Forbidden' };
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      const headers = { ...hostHeaders.headersFor(pathname), location: `${raw}/${search}` };
      return { kind: 'status', status: 301, headers };
    }
    file = join(file, 'index.html');
  }
  // A link out of the site (to /etc/passwd, say) is served as if nothing were there, and
  // so is the headers file, which a host reads and never serves.
  if (!existsSync(file) || !isInside(realBase, file) || file === join(base, HEADERS_FILE)) {
    return { kind: 'file', file: join(base, '404.html'), status: 404, pathname, raw };
  }
  return { kind: 'file', file, status: parsed === null ? 404 : 200, pathname, raw };
}

/** The body to send: compressed (and cached) when the file is text the request accepts so. */
async function bodyOf(
  site: Site,
  file: string,
  stats: Stats | null,
  acceptEncoding: string | undefined,
): Promise<{ body: Buffer | null; encoding: Encoding | null; length: number }> {
  const size = stats?.size ?? 0;
  const compressible = stats !== null && size > 0 && COMPRESSIBLE.has(extname(file));
  const encoding = compressible ? preferredEncoding(acceptEncoding) : null;
  const body =
    stats && encoding
      ? await site.compressed.get(file, stats, encoding, () => readFile(file))
      : null;
  return { body, encoding, length: body?.length ?? size };
}

function countBytes(site: Site, path: string, bytes: number): void {
  site.bytesByPath.set(path, (site.bytesByPath.get(path) ?? 0) + bytes);
}

/** Sends a file: 304 when the browser's copy is current, else its headers and body. */
async function sendFile(
  site: Site,
  request: IncomingMessage,
  response: ServerResponse,
  { file, status, pathname, raw }: FileAnswer,
): Promise<void> {
  const stats = existsSync(file) ? statSync(file) : null;
  const ext = extname(file);
  const vary = COMPRESSIBLE.has(ext) ? { vary: 'Accept-Encoding' } : {};
  const tag = stats && status === 200 ? entityTag(stats) : null;
  // What the headers file names for the path asked for (a 404 gets its path's, as on a host).
  const named = site.hostHeaders.headersFor(pathname);
  const caching = tag ? { ...named, etag: tag } : named;
  if (tag && notModified(request.headers['if-none-match'], tag)) {
    // The browser's copy is current: headers only (counted as no bytes sent).
    response.writeHead(304, { ...caching, ...vary }).end();
    countBytes(site, raw, 0);
    return;
  }
  const { body, encoding, length } = await bodyOf(
    site,
    file,
    stats,
    request.headers['accept-encoding'],
  );
  response.writeHead(status, {
    ...caching,
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'content-length': String(length),
    ...(encoding ? { 'content-encoding': encoding } : {}),
    ...vary,
  });
  const head = request.method === 'HEAD';
  countBytes(site, raw, head ? 0 : length);
  if (head || length === 0) response.end();
  else if (body !== null) response.end(body);
  else createReadStream(file).pipe(response);
}

async function respond(
  site: Site,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-length': '0' }).end();
    return;
  }
  const answer = answerFor(site, request.url ?? '/');
  if (answer.kind === 'file') await sendFile(site, request, response, answer);
  else response.writeHead(answer.status, answer.headers).end(answer.body);
}

/** An HTTP server held to `limits`: timeouts, and a 503 for connections past the maximum. */
function limitedServer(
  limits: ServerLimits,
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      // How often those timeouts are checked (Node's default, 30 s, would outlast them).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeout),
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        if (response.headersSent)
          response.destroy(error instanceof Error ? error : new Error(String(error)));
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
  return server;
}

function listen(
  server: Server,
  port: number,
  host: string,
  bytesByPath: Map<string, number>,
): Promise<RunningServer> {
  return new Promise((resolvePromise, reject) => {
    // A port already taken (another server still running) fails the start, not the process.
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
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
  const site = openSite(root);
  const server = limitedServer(limits, (request, response) => respond(site, request, response));
  return listen(server, port, host, site.bytesByPath);
}
