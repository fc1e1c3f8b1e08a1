import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlElements, isExecutableScript } from '../../scripts/site/html-elements.ts';
import { headerPolicy, metaPolicy, parsePolicy } from '../../scripts/site/csp.ts';
import { launchChromium } from '../support/browser.ts';
import { builtSite } from '../support/built-site.ts';
import { PagePool } from '../support/page-pool.ts';

/**
 * Gate 6, Content-Security-Policy: every page carries a policy (Astro's <meta>, and the
 * same as a header from the server) that lets only the site's own scripts and styles run,
 * the page loads without breaking it, and script or style injected into a page is refused.
 */
const site = builtSite();
/**
 * Sources a script or style directive may list: the site itself, hashes, and WebAssembly for
 * Pagefind. Written out here, not read from scripts/site/csp.ts, so that loosening the policy
 * there fails this gate.
 */
const ALLOWED_SOURCES = /^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|'wasm-unsafe-eval')$/;

interface Violation {
  directive: string;
  blocked: string;
}
let browser: Browser;
let context: BrowserContext;
let pool: PagePool;

/** Collects the page's CSP violation reports (set up before any page script runs). */
async function recordViolations(ctx: BrowserContext): Promise<void> {
  await ctx.addInitScript(() => {
    const seen: Violation[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  await recordViolations(context);
  pool = await PagePool.open(context);
});
afterAll(async () => {
  await browser?.close();
});

describe('every page declares a strict policy', () => {
  test.each(site.readablePages.map((p) => [p.urlPath, p.file]))('%s', (_path, file) => {
    const html = site.html.get(file)!;
    const policy = metaPolicy(html);
    expect(policy, 'a <meta http-equiv="content-security-policy">').not.toBeNull();
    const directives = parsePolicy(policy!);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src']) {
      const sources = directives.get(name) ?? [];
      expect(sources, name).toContain("'self'");
      expect(
        sources.filter((s) => !ALLOWED_SOURCES.test(s)),
        `${name} allows only the site's own code`,
      ).toEqual([]);
    }
    expect(directives.get('script-src')).toContain("'wasm-unsafe-eval'");
    // A <meta> policy governs only what comes after it: nothing may load or run before it.
    const head = [...htmlElements(html)];
    const metaIndex = head.findIndex(
      (e) =>
        e.tagName === 'meta' &&
        e.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
    );
    const before = head
      .slice(0, metaIndex)
      .filter(
        (e) =>
          isExecutableScript(e) ||
          e.tagName === 'style' ||
          (e.tagName === 'link' && /stylesheet|preload/.test(e.attrs.get('rel') ?? '')),
      );
    expect(before.map((e) => e.tagName)).toEqual([]);
  });
});

describe('the server sends the policy as a header', () => {
  test.each(site.pages.map((p) => [p.urlPath, p] as const))('%s', async (_path, sitePage) => {
    const response = await fetch(site.urlOf(sitePage));
    const header = response.headers.get('content-security-policy');
    expect(header).toBe(headerPolicy(site.html.get(sitePage.file)!));
    expect(parsePolicy(header!).get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe.concurrent('every page loads without a policy violation', () => {
  test.each(site.readablePages.map((p) => [p.urlPath, p] as const))(
    '%s',
    async (_path, sitePage) => {
      const found = await pool.use(async (page) => {
        await page.goto(site.urlOf(sitePage), { waitUntil: 'load' });
        return violations(page);
      });
      expect(found).toEqual([]);
    },
  );
});

describe('injected code is refused', () => {
  const injectInto = async (page: Page) => {
    await page.goto(`${site.baseUrl}/`);
    await page.addScriptTag({ content: 'window.__injected = "script ran";' }).catch(() => {});
    await page
      .addStyleTag({ content: 'body { outline: 7px solid rgb(1, 2, 3); }' })
      .catch(() => {});
    return page.evaluate(() => ({
      script: (window as unknown as { __injected?: string }).__injected ?? null,
      style: getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)',
    }));
  };

  test('an inline script and an inline style added to a page do not apply', async () => {
    const { result, reported } = await pool.use(async (page) => ({
      result: await injectInto(page),
      reported: await violations(page),
    }));
    expect(result).toEqual({ script: null, style: false });
    expect([...new Set(reported.map((v) => v.directive))].sort()).toEqual([
      'script-src-elem',
      'style-src-elem',
    ]);
  });

  test('the same injection runs when the policy is bypassed (so the check above can fail)', async () => {
    const open = await browser.newContext({ bypassCSP: true });
    const result = await injectInto(await open.newPage());
    await open.close();
    expect(result).toEqual({ script: 'script ran', style: true });
  });
});
