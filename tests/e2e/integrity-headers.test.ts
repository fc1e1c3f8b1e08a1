import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CSP_MANIFEST,
  type CspManifest,
  headerPolicy,
  HEADER_ONLY_DIRECTIVES,
  metaPolicy,
  policyOf,
} from '../../scripts/site/csp.ts';
import {
  COMMON_HEADERS,
  HEADERS_FILE,
  HostHeaders,
  parseHostHeaders,
  renderHostHeaders,
} from '../../scripts/site/host-headers.ts';
import { cacheControl } from '../../scripts/serve/caching.ts';
import { urlPathOf } from '../../scripts/site/site-files.ts';
import { builtSite } from '../support/built-site.ts';

/**
 * The headers a host sends (dist/_headers, Netlify and Cloudflare Pages format) for the
 * built site: every page's own policy, the common headers everywhere, each header from one
 * rule only, and the server sending exactly what the file names.
 */
const site = builtSite();
const text = readFileSync(join(site.distDir, HEADERS_FILE), 'utf8');
const hosted = new HostHeaders(parseHostHeaders(text));
const manifest = JSON.parse(readFileSync(join(site.distDir, CSP_MANIFEST), 'utf8')) as CspManifest;
const served = site.files.filter((f) => f !== HEADERS_FILE);

test('the headers file is the one the build’s policies make (not stale, not edited)', () => {
  expect(text).toBe(renderHostHeaders(site.files, manifest));
});

describe("every page has an entry whose CSP is its _csp.json policy, with frame-ancestors 'none'", () => {
  test.each(site.pages.map((p) => [p.urlPath, p.file]))('%s', (urlPath, file) => {
    const rules = hosted
      .matching(urlPath)
      .filter((r) => r.headers.some(([n]) => n === 'Content-Security-Policy'));
    expect(rules, 'exactly one rule gives this page its policy').toHaveLength(1);
    const policy = hosted.headersFor(urlPath)['content-security-policy'];
    expect(policy).toBe(policyOf(manifest, file));
    // The page's own <meta> policy (the fallback for a redirect page, which has none), plus frame-ancestors.
    const html = site.html.get(file)!;
    expect(policy).toBe(headerPolicy(html));
    const meta = metaPolicy(html);
    const directives = (meta ?? '')
      .split(';')
      .map((d) => d.trim().replace(/\s+/g, ' '))
      .filter((d) => d !== '');
    if (meta !== null) expect(policy).toBe([...directives, ...HEADER_ONLY_DIRECTIVES].join('; '));
    expect(policy!.endsWith(`; ${HEADER_ONLY_DIRECTIVES.join('; ')}`)).toBe(true);
  });
});

test('every file served: the common headers, one Cache-Control by its name, and no header from two rules', () => {
  const problems: string[] = [];
  for (const file of served) {
    for (const path of new Set([urlPathOf(file), `/${file}`])) {
      const rules = hosted.matching(path);
      const names = rules.flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
      const twice = names.filter((n, i) => names.indexOf(n) !== i);
      if (twice.length > 0) problems.push(`${path}: ${twice.join(', ')} set by more than one rule`);
      const headers = hosted.headersFor(path);
      for (const [name, value] of COMMON_HEADERS)
        if (headers[name.toLowerCase()] !== value)
          problems.push(`${path}: ${name} is ${headers[name.toLowerCase()]}`);
      if (headers['content-security-policy'] === undefined)
        problems.push(`${path}: no Content-Security-Policy`);
      if (headers['cache-control'] !== cacheControl(path))
        problems.push(
          `${path}: Cache-Control ${headers['cache-control']}, not ${cacheControl(path)}`,
        );
    }
  }
  expect(problems).toEqual([]);
});

describe('the server sends exactly what the file names for each page', () => {
  test.each(site.pages.map((p) => [p.urlPath, p] as const))('%s', async (_path, page) => {
    const response = await fetch(site.urlOf(page));
    const expected = hosted.headersFor(page.urlPath);
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'cache-control',
        'strict-transport-security',
      ]),
    );
    for (const [name, value] of Object.entries(expected))
      expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('content-security-policy')).toBe(policyOf(manifest, page.file));
  });
});

test('the server does not serve the headers file', async () => {
  expect((await fetch(`${site.baseUrl}/${HEADERS_FILE}`)).status).toBe(404);
});
