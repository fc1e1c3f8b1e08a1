import { describe, expect, test } from 'vitest';
import { isArticlePage, javascriptIn, jsAllowance } from './budgets.ts';

describe('javascriptIn', () => {
  test('finds inline and linked scripts, module preloads and .js links', () => {
    const html =
      '<head><link rel="modulepreload" href="/_astro/a.js"><script src="/b.js"></script></head><body><script>1</script><script type="module">2</script></body>';
    expect(javascriptIn(html)).toEqual([
      '<link rel="modulepreload" href="/_astro/a.js">',
      '<script src="/b.js">',
      'inline <script> (line 1)',
      'inline <script> (line 1)',
    ]);
  });
  test('a JSON-LD data block is not JavaScript', () => {
    expect(
      javascriptIn('<script type="application/ld+json">{"@type":"Article"}</script><p>text</p>'),
    ).toEqual([]);
  });
});

describe('jsAllowance', () => {
  const allow = [{ path: '/articles/*/', reason: 'copy buttons for citations' }];
  test('search pages need no entry; others need a matching one', () => {
    expect(jsAllowance('/search/', [])).toBe('search');
    expect(jsAllowance('/articles/x/', allow)).toEqual(allow[0]);
    expect(jsAllowance('/articles/x/y/', allow)).toBeNull();
    expect(jsAllowance('/', allow)).toBeNull();
    expect(
      jsAllowance('/people/a/b/', [{ path: '/people/**', reason: 'anything under people' }]),
    ).not.toBeNull();
  });
});

test('isArticlePage: one segment under /articles/', () => {
  expect(isArticlePage('/articles/slug/')).toBe(true);
  expect(isArticlePage('/articles/')).toBe(false);
  expect(isArticlePage('/articles/page/2/')).toBe(false);
});
