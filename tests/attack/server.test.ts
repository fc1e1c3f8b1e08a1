import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeCspManifest, writeCspManifest } from '../../scripts/site/csp.ts';
import { requestPath, type RunningServer, serveStatic } from '../../scripts/serve/static-server.ts';

const page = (title: string, policy: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">` +
  `<title>${title}</title></head><body><p>${title}</p></body></html>`;

/** A raw HTTP exchange, so that targets like "//x" reach the server unaltered. */
function raw(url: string, text: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.on('data', (d) => (got += d.toString('latin1')));
    socket.on('end', () => resolve(got));
    socket.on('error', reject);
  });
}

function send(
  url: string,
  method: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let root = '';
let site: RunningServer;
const outside = mkdtempSync(join(tmpdir(), 'outside-'));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-root-'));
  mkdirSync(join(root, 'articles', 'x'), { recursive: true });
  writeFileSync(join(root, 'index.html'), page('Home', "default-src 'self'"));
  writeFileSync(join(root, '404.html'), page('Not found', "default-src 'self'"));
  writeFileSync(join(root, 'articles', 'index.html'), page('Articles', "default-src 'none'"));
  writeFileSync(
    join(root, 'articles', 'x', 'index.html'),
    page('X', "default-src 'self'; img-src 'self'"),
  );
  writeFileSync(join(outside, 'secret.txt'), 'SECRET-TOKEN');
  mkdirSync(join(outside, 'dir'));
  writeFileSync(join(outside, 'dir', 'index.html'), page('Outside', "default-src 'self'"));
  symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
  symlinkSync('/etc/passwd', join(root, 'passwd'));
  symlinkSync(join(outside, 'dir'), join(root, 'linked'));
  writeCspManifest(root);
  site = await serveStatic(root, 0, '127.0.0.1', {
    maxConnections: 8,
    headersTimeout: 1_000,
    requestTimeout: 2_000,
    keepAliveTimeout: 500,
  });
});
afterAll(() => site.close());

describe('the preview server serves nothing from outside its folder', () => {
  test.each(['/leak.txt', '/passwd', '/linked/', '/linked/index.html'])(
    '%s (a link out) is a 404',
    async (path) => {
      const got = await send(`${site.url}${path}`, 'GET');
      expect(got.status).toBe(404);
      expect(got.body).not.toContain('SECRET');
      expect(got.body).not.toContain('root:');
      expect(got.body).toContain('Not found');
    },
  );
});

describe('methods and targets', () => {
  test.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH'])(
    '%s gets 405 with Allow',
    async (method) => {
      const got = await send(`${site.url}/`, method);
      expect(got.status).toBe(405);
      expect(got.headers['allow']).toBe('GET, HEAD');
      expect(got.body).toBe('');
    },
  );

  test('"//articles/" never serves another page', async () => {
    const response = await raw(
      site.url,
      'GET //articles/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(response).toMatch(/^HTTP\/1\.1 404/);
    expect(response).not.toContain('<title>Home</title>');
    expect(response).not.toContain('<title>Articles</title>');
  });

  test('requestPath refuses what would not be a path of this site', () => {
    expect(requestPath('/articles/x/?q=1')).toEqual({
      pathname: '/articles/x/',
      search: '?q=1',
      raw: '/articles/x/',
    });
    for (const target of [
      '//articles/',
      '///x',
      '/\\evil.test',
      'http://other/',
      '/%E0%A4%A',
      '/a%00b',
    ]) {
      expect(requestPath(target), target).toBeNull();
    }
  });
});

describe('the CSP header comes from the build manifest', () => {
  test('each page gets its own policy, without the page being parsed per response', async () => {
    const home = await send(`${site.url}/`, 'GET');
    const articles = await send(`${site.url}/articles/`, 'GET');
    expect(String(home.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(String(articles.headers['content-security-policy'])).toContain("default-src 'none'");
    // Changing a page after the build does not change its header: the manifest decides.
    writeFileSync(
      join(root, 'index.html'),
      page('Home', "default-src 'none'; script-src 'unsafe-inline'"),
    );
    const again = await send(`${site.url}/`, 'GET');
    expect(again.headers['content-security-policy']).toBe(home.headers['content-security-policy']);
  });
});

describe('overload degrades instead of timing out', () => {
  test('connections past the cap get an immediate 503; a silent client is dropped', async () => {
    const closed: Promise<unknown>[] = [];
    await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          new Promise((resolve) => {
            const s = connect(Number(new URL(site.url).port), '127.0.0.1', () => resolve(s));
            s.on('error', () => {});
            s.resume();
            closed.push(new Promise((done) => s.on('close', done)));
          }),
      ),
    );
    const started = performance.now();
    const refused = await raw(site.url, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(refused).toMatch(/^HTTP\/1\.1 503/);
    expect(performance.now() - started).toBeLessThan(1_000);
    // The idle connections sent no headers: the header timeout closes them.
    await Promise.all(closed);
    const served = await send(`${site.url}/`, 'GET');
    expect(served.status).toBe(200);
  }, 20_000);
});

describe('computeCspManifest', () => {
  test('reads a page whose head is longer than the first read, and shares equal policies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-manifest-'));
    const long = `<!--${'x'.repeat(100_000)}-->`;
    writeFileSync(
      join(dir, 'a.html'),
      page('A', "default-src 'none'").replace('<title>', `${long}<title>`),
    );
    writeFileSync(join(dir, 'b.html'), page('B', "default-src 'none'"));
    writeFileSync(join(dir, 'c.html'), page('C', "default-src 'self'"));
    const manifest = computeCspManifest(dir);
    expect(manifest.policies).toHaveLength(2);
    expect(manifest.pages['a.html']).toBe(manifest.pages['b.html']);
    expect(manifest.policies[manifest.pages['a.html']!]).toContain("default-src 'none'");
  });
});

describe('a port already in use', () => {
  test('fails the start with EADDRINUSE instead of crashing the process', async () => {
    const { port } = new URL(site.url);
    await expect(serveStatic(root, Number(port), '127.0.0.1')).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });

  test('`npm run serve` says which address is taken and what to do, with no stack trace', () => {
    const { port } = new URL(site.url);
    const run = spawnSync(
      process.execPath,
      ['scripts/serve/serve.ts', '--dir', root, '--port', port],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: 127.0.0.1:${port} is already in use`);
    expect(run.stderr).toContain('--port N');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
