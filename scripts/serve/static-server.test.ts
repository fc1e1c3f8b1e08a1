import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headerPolicy } from '../site/csp.ts';
import { COMMON_HEADERS, HEADERS_FILE, loadHostHeaders } from '../site/host-headers.ts';
import { cacheControl, notModified } from './caching.ts';
import { CompressedFiles, preferredEncoding } from './compression.ts';
import { type RunningServer, serveStatic } from './static-server.ts';

describe('preferredEncoding', () => {
  test('brotli first, then gzip, as a browser lists them', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
  });
  test('q-values: refused (q=0) or preferred', () => {
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(preferredEncoding('gzip;q=0, deflate')).toBeNull();
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*;q=0, gzip')).toBe('gzip');
  });
  test('no header, an empty one or identity only: the file as it is', () => {
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding('')).toBeNull();
    expect(preferredEncoding('identity')).toBeNull();
  });
});

describe('cacheControl', () => {
  test('a year for files named by their content', () => {
    for (const path of [
      '/_astro/Base.DI75t1NE.css',
      '/pagefind/index/en-gb_52cc75b.pf_index',
      '/pagefind/parts/2019/fragment/en-gb_d4beb2b.pf_fragment',
      '/pagefind/parts/2019/pagefind.en-gb_5ae4b8bc63e29.pf_meta',
      '/pagefind/parts/undated-1/filter/en-gb_1a2b3c4.pf_filter',
      '/pagefind/words/9492dc91e09f.txt',
      '/pagefind/filters-9bf326578ac2.json',
    ]) {
      expect(cacheControl(path), path).toBe('public, max-age=31536000, immutable');
    }
  });
  test('ask again for everything else: pages, and files whose name stays when they change', () => {
    for (const path of [
      '/',
      '/search/',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en-gb.pagefind',
      '/pagefind/pagefind-entry.json',
      '/pagefind/parts.json',
      '/favicon.svg',
    ]) {
      expect(cacheControl(path), path).toBe('no-cache');
    }
  });
});

describe('notModified', () => {
  test('matches the tag, weak or strong, in a list, or *', () => {
    expect(notModified('W/"1a-2b"', 'W/"1a-2b"')).toBe(true);
    expect(notModified('"x", W/"1a-2b"', 'W/"1a-2b"')).toBe(true);
    expect(notModified('"1a-2b"', 'W/"1a-2b"')).toBe(true);
    expect(notModified('*', 'W/"1a-2b"')).toBe(true);
  });
  test('no header, or another tag: send the file', () => {
    expect(notModified(undefined, 'W/"1a-2b"')).toBe(false);
    expect(notModified('W/"1a-2c"', 'W/"1a-2b"')).toBe(false);
  });
});

describe('CompressedFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compressed-'));
  const file = join(dir, 'a.html');

  test('compresses a file once per encoding while it is unchanged, again when it changes', async () => {
    writeFileSync(file, '<p>hello hello hello</p>');
    const files = new CompressedFiles();
    const read = () => Promise.resolve(readFileSync(file));
    const first = await files.get(file, statSync(file), 'gzip', read);
    expect(gunzipSync(first).toString()).toBe('<p>hello hello hello</p>');
    expect(await files.get(file, statSync(file), 'gzip', read)).toBe(first);
    expect(files.compressions).toBe(1);
    await files.get(file, statSync(file), 'br', read);
    expect(files.compressions).toBe(2);
    writeFileSync(file, '<p>changed</p>');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(gunzipSync(await files.get(file, statSync(file), 'gzip', read)).toString()).toBe(
      '<p>changed</p>',
    );
    expect(files.compressions).toBe(3);
  });

  test('drops the least recently used file past its size limit', async () => {
    const files = new CompressedFiles(1); // every entry is over the limit: only the newest is kept
    const read = () => Promise.resolve(Buffer.from('x'.repeat(100)));
    const stats = { mtimeMs: 1, size: 100 };
    await files.get('a', stats, 'gzip', read);
    await files.get('b', stats, 'gzip', read);
    await files.get('b', stats, 'gzip', read);
    expect(files.compressions).toBe(2);
    await files.get('a', stats, 'gzip', read);
    expect(files.compressions).toBe(3);
  });
});

interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Got> {
  return new Promise((resolvePromise, reject) => {
    const req = request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () =>
        resolvePromise({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic', () => {
  const home = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>Home</title></head><body>${'<p>The archive of UK political news.</p>'.repeat(50)}</body></html>`;
  const notFound = `<!doctype html><html><head><title>Not found</title></head><body>${'<p>No such page.</p>'.repeat(20)}</body></html>`;
  const script = `export const words = ${JSON.stringify('said '.repeat(500))};`;
  const index = gzipSync(Buffer.from('an index chunk Pagefind gzipped itself'));
  const files: Record<string, string | Buffer> = {
    'index.html': home,
    '404.html': notFound,
    'articles/x/index.html': home,
    'pagefind/pagefind.js': script,
    'pagefind/index/en_1.pf_index': index,
    'pagefind/wasm.en.pagefind': index,
    'empty.txt': '',
  };
  let site: RunningServer;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'static-server-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    site = await serveStatic(root);
  });
  afterAll(() => site.close());

  test('gzips a page for a client that accepts only gzip, and counts the bytes it sent', async () => {
    site.bytesByPath.clear();
    const got = await get(`${site.url}/`, { 'accept-encoding': 'gzip, deflate' });
    expect(got.status).toBe(200);
    expect(got.headers['content-encoding']).toBe('gzip');
    expect(got.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(got.body).toString()).toBe(home);
    expect(Number(got.headers['content-length'])).toBe(got.body.length);
    expect(got.body.length).toBeLessThan(home.length / 4);
    expect(site.bytesByPath.get('/')).toBe(got.body.length);
  });

  test('sends brotli when accepted; the CSP header is the page’s own, whatever the encoding', async () => {
    const got = await get(`${site.url}/articles/x/`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(got.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(got.body).toString()).toBe(home);
    const plain = await get(`${site.url}/articles/x/`);
    expect(got.headers['content-security-policy']).toBe(headerPolicy(home));
    expect(plain.headers['content-security-policy']).toBe(headerPolicy(home));
  });

  test('sends the file as it is without Accept-Encoding, still saying the response varies', async () => {
    site.bytesByPath.clear();
    const got = await get(`${site.url}/pagefind/pagefind.js`);
    expect(got.headers['content-encoding']).toBeUndefined();
    expect(got.headers['vary']).toBe('Accept-Encoding');
    expect(got.body.toString()).toBe(script);
    expect(site.bytesByPath.get('/pagefind/pagefind.js')).toBe(Buffer.byteLength(script));
  });

  test('leaves files Pagefind compressed itself as they are', async () => {
    for (const path of ['/pagefind/index/en_1.pf_index', '/pagefind/wasm.en.pagefind']) {
      const got = await get(`${site.url}${path}`, { 'accept-encoding': 'gzip, br' });
      expect(got.headers['content-encoding'], path).toBeUndefined();
      expect(got.headers['vary'], path).toBeUndefined();
      expect(got.body.equals(index), path).toBe(true);
    }
  });

  test('HEAD: the headers a GET would get, no body, no bytes counted', async () => {
    site.bytesByPath.clear();
    const head = await get(`${site.url}/`, { 'accept-encoding': 'gzip' }, 'HEAD');
    const full = await get(`${site.url}/`, { 'accept-encoding': 'gzip' });
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(site.bytesByPath.get('/')).toBe(full.body.length);
  });

  test('the site’s 404 page with status 404, compressed too', async () => {
    const got = await get(`${site.url}/no/such/page/`, { 'accept-encoding': 'gzip' });
    expect(got.status).toBe(404);
    expect(gunzipSync(got.body).toString()).toBe(notFound);
  });

  test('an ETag on every file; a request with the current one gets 304 and no body, counted as no bytes', async () => {
    site.bytesByPath.clear();
    const first = await get(`${site.url}/pagefind/index/en_1.pf_index`);
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get(`${site.url}/pagefind/index/en_1.pf_index`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['etag']).toBe(etag);
    expect(site.bytesByPath.get('/pagefind/index/en_1.pf_index')).toBe(first.body.length);
    const page = await get(`${site.url}/`, { 'accept-encoding': 'gzip' });
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(
      (
        await get(`${site.url}/`, {
          'accept-encoding': 'gzip',
          'if-none-match': String(page.headers['etag']),
        })
      ).status,
    ).toBe(304);
    expect((await get(`${site.url}/`, { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });

  test('the trailing-slash redirect and an empty file are unchanged', async () => {
    const redirect = await get(`${site.url}/articles/x?q=1`, { 'accept-encoding': 'gzip' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers['location']).toBe('/articles/x/?q=1');
    const empty = await get(`${site.url}/empty.txt`, { 'accept-encoding': 'gzip' });
    expect(empty.status).toBe(200);
    expect(empty.headers['content-encoding']).toBeUndefined();
    expect(empty.body.length).toBe(0);
  });

  test('a page carries exactly the headers the headers file names for its path: its policy, the common ones, revalidation', async () => {
    const got = await get(`${site.url}/articles/x/`, { 'accept-encoding': 'gzip' });
    expect(got.headers['content-security-policy']).toBe(`${headerPolicy(home)}`);
    expect(got.headers['content-security-policy']).toMatch(/; frame-ancestors 'none'$/);
    for (const [name, value] of COMMON_HEADERS)
      expect(got.headers[name.toLowerCase()], name).toBe(value);
    expect(got.headers['cache-control']).toBe('no-cache');
    const named = loadHostHeaders(root);
    for (const path of [
      '/',
      '/articles/x/',
      '/articles/x/index.html',
      '/pagefind/pagefind.js',
      '/pagefind/index/en_1.pf_index',
      '/empty.txt',
      '/no/such/page/',
    ]) {
      const response = await get(`${site.url}${path}`);
      const expected = named.headersFor(path);
      expect(Object.keys(expected).length, path).toBeGreaterThan(0);
      for (const [name, value] of Object.entries(expected))
        expect(response.headers[name], `${path} ${name}`).toBe(value);
    }
  });
});

describe('serveStatic with a built headers file', () => {
  let site: RunningServer;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-server-headers-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
    // What the server sends comes from the file, read once at start, not from the pages.
    writeFileSync(
      join(root, HEADERS_FILE),
      "/*\n  X-Content-Type-Options: nosniff\n\n/\n  Content-Security-Policy: default-src 'none'\n  X-Only-In-The-File: yes\n",
    );
    site = await serveStatic(root);
  });
  afterAll(() => site.close());

  test('sends the file’s headers for a path, and nothing it does not name', async () => {
    const got = await get(`${site.url}/`);
    expect(got.headers['content-security-policy']).toBe("default-src 'none'");
    expect(got.headers['x-only-in-the-file']).toBe('yes');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['x-frame-options']).toBeUndefined();
    expect(got.headers['cache-control']).toBeUndefined();
  });

  test('never serves the headers file itself (a host reads it, it is no page)', async () => {
    const got = await get(`${site.url}/${HEADERS_FILE}`);
    expect(got.status).toBe(404);
    expect(got.body.toString()).not.toContain('X-Only-In-The-File');
  });
});
