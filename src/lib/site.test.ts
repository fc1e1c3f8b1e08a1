import { describe, expect, test } from 'vitest';
import { absoluteUrl } from './site.ts';

describe('absoluteUrl', () => {
  test('puts a site path on the configured site', () => {
    expect(absoluteUrl('/articles/x/', new URL('https://example.org'))).toBe(
      'https://example.org/articles/x/',
    );
  });

  test('keeps the path the site is served under only when the path is relative', () => {
    expect(absoluteUrl('people/', new URL('https://example.org/archive/'))).toBe(
      'https://example.org/archive/people/',
    );
  });

  test('refuses to make a URL when no site is configured', () => {
    expect(() => absoluteUrl('/x/', undefined)).toThrow('astro.config.mjs must set `site`');
  });
});
