import { expect, test } from 'vitest';
import { ASTRO_CSP, FALLBACK_POLICY, headerPolicy, metaPolicy, parsePolicy } from './csp.ts';

const page = `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self';"></head><body></body></html>`;

test('the header repeats the page policy and adds what a <meta> cannot carry', () => {
  expect(metaPolicy(page)).toBe(
    "default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self';",
  );
  expect(headerPolicy(page)).toBe(
    "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'",
  );
});

test('a response with no page policy gets the fallback', () => {
  expect(headerPolicy(null)).toBe(`${FALLBACK_POLICY}; frame-ancestors 'none'`);
  expect(headerPolicy('<!doctype html><title>x</title>')).toBe(
    `${FALLBACK_POLICY}; frame-ancestors 'none'`,
  );
  expect(parsePolicy(headerPolicy(null)).get('script-src')).toEqual([
    "'self'",
    "'wasm-unsafe-eval'",
  ]);
});

test('the fallback takes its origin rules and its script and style sources from the page policy', () => {
  expect(FALLBACK_POLICY).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
      "object-src 'none'; base-uri 'self'; form-action 'self'",
  );
  const fallback = parsePolicy(FALLBACK_POLICY);
  const page = parsePolicy(ASTRO_CSP.directives.join('; '));
  for (const name of ['default-src', 'object-src', 'base-uri', 'form-action']) {
    expect(fallback.get(name), name).toEqual(page.get(name));
  }
  expect(fallback.get('script-src')).toEqual(ASTRO_CSP.scriptDirective.resources);
  expect(fallback.get('style-src')).toEqual(ASTRO_CSP.styleDirective.resources);
});
