import { expect, test } from 'vitest';
import { FALLBACK_POLICY, headerPolicy, metaPolicy, parsePolicy } from './csp.ts';

const page = `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self';"></head><body></body></html>`;

test('the header repeats the page policy and adds what a <meta> cannot carry', () => {
  expect(metaPolicy(page)).toBe("default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self';");
  expect(headerPolicy(page)).toBe("default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'");
});

test('a response with no page policy gets the fallback', () => {
  expect(headerPolicy(null)).toBe(`${FALLBACK_POLICY}; frame-ancestors 'none'`);
  expect(headerPolicy('<!doctype html><title>x</title>')).toBe(`${FALLBACK_POLICY}; frame-ancestors 'none'`);
  expect(parsePolicy(headerPolicy(null)).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
});
