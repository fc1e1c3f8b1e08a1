import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headerPolicy } from './csp.ts';

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

export interface RunningServer {
  url: string;
  server: Server;
  /** Bytes sent per request path since start (or since the last reset), for transfer measurements. */
  bytesByPath: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Serves a built static site the way a plain web host would: directory index files,
 * a redirect to the trailing slash, and the site's own 404 page with status 404.
 */
export function serveStatic(root: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const base = resolve(root);
  const bytesByPath = new Map<string, number>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    let file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(base, '404.html');
    }
    const size = existsSync(file) ? statSync(file).size : 0;
    bytesByPath.set(url.pathname, (bytesByPath.get(url.pathname) ?? 0) + size);
    // A page gets its own <meta> policy as a header too (README, "Content-Security-Policy").
    const page = extname(file) === '.html' && size > 0 ? readFileSync(file) : null;
    response.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(size),
      'content-security-policy': headerPolicy(page?.toString('utf8') ?? null),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cross-origin-opener-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    });
    if (request.method === 'HEAD' || size === 0) response.end();
    else if (page !== null) response.end(page);
    else createReadStream(file).pipe(response);
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
