import { describe, expect, test } from 'vitest';
import { type CspManifest, FALLBACK_POLICY, HEADER_ONLY_DIRECTIVES } from './csp.ts';
import {
  COMMON_HEADERS,
  encodePath,
  formatRules,
  HostHeaders,
  hostHeaderRules,
  IMMUTABLE,
  parseHostHeaders,
  renderHostHeaders,
  REVALIDATE,
} from './host-headers.ts';
import { cacheControl } from '../serve/caching.ts';
import { urlPathOf } from './site-files.ts';

const PAGE = "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'";
const OTHER = "default-src 'self'; script-src 'self' 'sha256-xyz='; frame-ancestors 'none'";
const FALLBACK = `${FALLBACK_POLICY}; ${HEADER_ONLY_DIRECTIVES.join('; ')}`;

/** A manifest as the build writes it: each page's policy by index. */
function manifest(pages: Record<string, string>): CspManifest {
  const policies = [...new Set(Object.values(pages))];
  return {
    policies,
    pages: Object.fromEntries(Object.entries(pages).map(([f, p]) => [f, policies.indexOf(p)])),
    fallback: FALLBACK,
  };
}

const SITE_PAGES: Record<string, string> = {
  'index.html': PAGE,
  '404.html': PAGE,
  'articles/a/index.html': PAGE,
  'articles/b/index.html': PAGE,
  'people/x/index.html': PAGE,
  'people/x/2019/index.html': PAGE,
  'topics/t/index.html': PAGE,
  'topics/u/index.html': OTHER,
};
const SITE_FILES = [
  ...Object.keys(SITE_PAGES),
  '_csp.json',
  '_headers',
  'favicon.svg',
  'rss.xml',
  'people/x/rss.xml',
  'data/articles.csv',
  '_astro/Base.DI75t1NE.css',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-ui.css',
  'pagefind/wasm.en-gb.pagefind',
  'pagefind/pagefind-entry.json',
  'pagefind/parts.json',
  'pagefind/filters-9bf326578ac2.json',
  'pagefind/words/9492dc91e09f.txt',
  'pagefind/pagefind.en-gb_5ae4b8bc63e29.pf_meta',
  'pagefind/fragment/en-gb_d4beb2b.pf_fragment',
  'pagefind/index/en-gb_52cc75b.pf_index',
  'pagefind/filter/en-gb_1a2b3c4.pf_filter',
  'pagefind/parts/2019/pagefind-entry.json',
  'pagefind/parts/2019/pagefind.en-gb_5ae4b8bc63e29.pf_meta',
  'pagefind/parts/2019/index/en-gb_52cc75b.pf_index',
  'pagefind/parts/2019/filter/en-gb_1a2b3c4.pf_filter',
];
const csp = manifest(SITE_PAGES);
const text = renderHostHeaders(SITE_FILES, csp);
const hosted = new HostHeaders(parseHostHeaders(text));
const pathsOf = (rules: { path: string }[]) => rules.map((r) => r.path);

describe('renderHostHeaders', () => {
  test('every path gets the common headers from /*, which sets nothing a narrower rule sets', () => {
    const all = parseHostHeaders(text).find((r) => r.path === '/*')!;
    expect(all.headers).toEqual(COMMON_HEADERS);
    expect(Object.fromEntries(all.headers)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    });
  });

  test("each page: its own policy from _csp.json (frame-ancestors 'none' included), revalidated", () => {
    for (const [file, policy] of Object.entries(SITE_PAGES)) {
      const headers = hosted.headersFor(urlPathOf(file));
      expect(headers['content-security-policy'], file).toBe(policy);
      expect(headers['content-security-policy'], file).toContain("frame-ancestors 'none'");
      expect(headers['cache-control'], file).toBe(REVALIDATE);
      expect(headers['x-frame-options'], file).toBe('DENY');
      // The same file asked for by its own name.
      expect(hosted.headersFor(`/${file}`)['content-security-policy'], file).toBe(policy);
    }
  });

  test('files that are not pages get the fallback policy', () => {
    for (const path of [
      '/favicon.svg',
      '/rss.xml',
      '/people/x/rss.xml',
      '/data/articles.csv',
      '/_astro/Base.DI75t1NE.css',
      '/pagefind/pagefind-worker.js',
    ]) {
      expect(hosted.headersFor(path)['content-security-policy'], path).toBe(FALLBACK);
    }
  });

  test('a folder whose files share one policy is one wildcard rule; a mixed one is a rule per file', () => {
    const paths = pathsOf(parseHostHeaders(text));
    expect(paths).toContain('/articles/*');
    expect(paths).toContain('/data/*');
    expect(paths).not.toContain('/articles/a/');
    // topics/ holds two policies, people/x/ a page and a feed: each file (or uniform sub-folder) on its own.
    expect(paths).not.toContain('/topics/*');
    expect(paths).toEqual(
      expect.arrayContaining([
        '/topics/t/*',
        '/topics/u/*',
        '/people/x/',
        '/people/x/index.html',
        '/people/x/rss.xml',
        '/people/x/2019/*',
      ]),
    );
    // The root is never a group: /* is the common rule's.
    expect(paths.filter((p) => p === '/*')).toHaveLength(1);
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/index.html', '/404.html', '/favicon.svg']),
    );
  });

  test('an image beside its page (a social card) never splits a folder’s rule; alone among others it gets the fallback', () => {
    const withCards = [
      ...SITE_FILES,
      'articles/a/card.png',
      'articles/b/card.png',
      'people/x/card.png',
      'card.png',
    ];
    const rules = hostHeaderRules(withCards, csp);
    const paths = pathsOf(rules);
    expect(paths).toContain('/articles/*');
    expect(paths).not.toContain('/articles/a/card.png');
    const served = new HostHeaders(parseHostHeaders(renderHostHeaders(withCards, csp)));
    expect(served.headersFor('/articles/a/card.png')['content-security-policy']).toBe(PAGE);
    expect(served.headersFor('/people/x/card.png')['content-security-policy']).toBe(FALLBACK);
    expect(served.headersFor('/card.png')['content-security-policy']).toBe(FALLBACK);
  });

  test('a year for files named by their content, revalidated otherwise: the same as the server’s cacheControl', () => {
    for (const file of SITE_FILES.filter((f) => f !== '_headers')) {
      const path = urlPathOf(file);
      expect(hosted.headersFor(path)['cache-control'], path).toBe(cacheControl(path));
    }
    expect(hosted.headersFor('/_astro/Base.DI75t1NE.css')['cache-control']).toBe(IMMUTABLE);
    expect(
      hosted.headersFor('/pagefind/parts/2019/index/en-gb_52cc75b.pf_index')['cache-control'],
    ).toBe(IMMUTABLE);
    expect(hosted.headersFor('/pagefind/parts/2019/pagefind-entry.json')['cache-control']).toBe(
      REVALIDATE,
    );
  });

  test('no header is set by two rules that match the same file (hosts differ on how they combine)', () => {
    for (const file of SITE_FILES.filter((f) => f !== '_headers')) {
      for (const path of new Set([urlPathOf(file), `/${file}`])) {
        const names = hosted.matching(path).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
        expect(names.length, path).toBe(new Set(names).size);
        expect(names, path).toEqual(
          expect.arrayContaining([
            'content-security-policy',
            'cache-control',
            'x-content-type-options',
          ]),
        );
      }
    }
  });

  test('the headers file itself is named by no rule but /*, and a path no file has gets only /*', () => {
    expect(pathsOf(hosted.matching('/_headers'))).toEqual(['/*']);
    expect(Object.keys(hosted.headersFor('/no-such-page/')).sort()).toEqual(
      COMMON_HEADERS.map(([n]) => n.toLowerCase()).sort(),
    );
    // Under a grouped folder a missing page gets its neighbours' headers, as the host sends them.
    expect(hosted.headersFor('/articles/missing/')['content-security-policy']).toBe(PAGE);
  });

  test('the file reads back as the rules it was written from', () => {
    expect(parseHostHeaders(text)).toEqual(hostHeaderRules(SITE_FILES, csp));
    expect(text.startsWith('# ')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });

  test('a page inside an asset folder is refused (its rules do not fit a page)', () => {
    expect(() => renderHostHeaders(['_astro/x.html'], manifest({ '_astro/x.html': PAGE }))).toThrow(
      /folder of assets/,
    );
  });
});

describe('untrusted text cannot add a line or a header', () => {
  test('paths: only letters, digits, . _ ~ - and / as they are; the rest percent-encoded', () => {
    expect(encodePath('/articles/a-b_c.d~e/')).toBe('/articles/a-b_c.d~e/');
    expect(encodePath('/a\nX-Evil: 1/')).toBe('/a%0AX-Evil%3A%201/');
    expect(encodePath('/a*/:slug/é')).toBe('/a%2A/%3Aslug/%C3%A9');
  });

  test('a file name with a newline, a colon or a wildcard stays one path line', () => {
    const evil = [
      'articles/x\n  X-Evil: 1/index.html',
      'a\r\nb/index.html',
      'star*/index.html',
      ':name/index.html',
    ];
    const rendered = renderHostHeaders(
      evil,
      manifest(Object.fromEntries(evil.map((f) => [f, PAGE]))),
    );
    expect(rendered).not.toMatch(/X-Evil: 1/);
    const rules = parseHostHeaders(rendered);
    for (const rule of rules) {
      expect(rule.path).toMatch(/^\/[A-Za-z0-9._~%\-/]*\*?[A-Za-z0-9._~%\-/]*$/);
      expect(
        rule.headers
          .map(([n]) => n)
          .every(
            (n) =>
              ['Content-Security-Policy', 'Cache-Control'].includes(n) ||
              COMMON_HEADERS.some(([c]) => c === n),
          ),
      ).toBe(true);
    }
    expect(
      rules
        .filter(
          (r) =>
            r.path.endsWith('*') &&
            !r.path.startsWith('/pagefind') &&
            !r.path.startsWith('/_astro') &&
            r.path !== '/*',
        )
        .map((r) => r.path),
    ).toEqual(['/%3Aname/*', '/a%0D%0Ab/*', '/articles/*', '/star%2A/*']);
  });

  test('a header value with a line break or control character is refused, not written', () => {
    for (const bad of [`${PAGE}\nX-Evil: 1`, `${PAGE}\r`, 'a\u0000b', ' leading', '']) {
      expect(
        () => formatRules([{ path: '/', headers: [['Content-Security-Policy', bad]] }]),
        JSON.stringify(bad),
      ).toThrow(/cannot carry/);
    }
    expect(() =>
      renderHostHeaders(['index.html'], manifest({ 'index.html': `${PAGE}\nX-Evil: 1` })),
    ).toThrow(/cannot carry/);
    expect(() => formatRules([{ path: '/', headers: [['X-Evil:\n', 'a']] }])).toThrow(
      /not a header name/,
    );
    expect(() => formatRules([{ path: '/a\n/b', headers: [] }])).toThrow(/not a path rule/);
  });

  test('reading a file refuses a header line outside a rule or without a name', () => {
    expect(() => parseHostHeaders('  X-A: 1\n')).toThrow(/line 1/);
    expect(() => parseHostHeaders('/\n  no colon\n')).toThrow(/line 2/);
  });
});

describe('at the archive’s size', () => {
  test('10,000 articles and 2,000 people: one pass, a rule per page at most, the file linear in the site', () => {
    const pages: Record<string, string> = { 'index.html': PAGE };
    const files: string[] = [];
    for (let i = 0; i < 10_000; i++) pages[`articles/article-${i}/index.html`] = PAGE;
    for (let i = 0; i < 2_000; i++) {
      pages[`people/person-${i}/index.html`] = PAGE;
      files.push(`people/person-${i}/rss.xml`);
    }
    // One renamed article leaves a redirect page (no policy of its own: the fallback).
    const big = manifest(pages);
    big.pages['articles/old-name/index.html'] = -1;
    files.push(...Object.keys(pages), 'articles/old-name/index.html');
    const started = performance.now();
    const rendered = renderHostHeaders(files, big);
    const elapsed = performance.now() - started;
    const rules = parseHostHeaders(rendered);
    // articles/ is mixed now: each article's folder is one rule; each person a page and a feed.
    expect(rules.length).toBeLessThanOrEqual(10_002 + 2_000 * 3 + 20);
    expect(rendered.length).toBeLessThan((10_000 + 2_000 * 3) * 200);
    expect(elapsed).toBeLessThan(5_000);
    const hostedBig = new HostHeaders(rules);
    expect(hostedBig.headersFor('/articles/old-name/')['content-security-policy']).toBe(FALLBACK);
    expect(hostedBig.headersFor('/articles/article-9999/')['content-security-policy']).toBe(PAGE);
    // With no redirect page, the 10,000 articles share one rule.
    delete big.pages['articles/old-name/index.html'];
    const grouped = parseHostHeaders(
      renderHostHeaders(
        files.filter((f) => !f.includes('old-name')),
        big,
      ),
    );
    expect(grouped.filter((r) => r.path.startsWith('/articles/')).map((r) => r.path)).toEqual([
      '/articles/*',
    ]);
  });
});
