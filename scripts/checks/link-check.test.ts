import { describe, expect, test } from 'vitest';
import { checkLinks, formatLinkProblem, srcsetUrls } from './link-check.ts';
import { redirectTarget, refreshTarget } from '../site/redirect-stub.ts';
import { listSiteFiles, readSitePages } from '../site/site-files.ts';

const FIXTURE = 'tests/fixtures/links';

function checkFixture() {
  const files = listSiteFiles(FIXTURE);
  return checkLinks({
    pages: readSitePages(FIXTURE),
    files: new Set(files),
    siteOrigins: ['http://localhost:4321'],
  });
}

describe('checkLinks on the fixture site', () => {
  test('reports exactly the broken links, missing anchors and unsafe external links', () => {
    expect(checkFixture().map(formatLinkProblem)).toEqual([
      'index.html:16: a[href] "/missing/": broken link: no such file in the site',
      'index.html:17: a[href] "#nowhere": missing anchor: no id="nowhere" on /',
      'index.html:18: a[href] "/guide/#absent": missing anchor: no id="absent" on /guide/',
      'index.html:19: a[href] "/guide": missing trailing slash (the host redirects to /guide/)',
      'index.html:20: a[href] "https://example.org/x": external link without rel="noopener"',
      'index.html:22: a[href] "http://localhost:4321/gone/": broken link: no such file in the site',
      'index.html:23: img[src] "/img/missing.png": broken link: no such file in the site',
      'index.html:24: img[srcset] "/img/absent.svg": broken link: no such file in the site',
      'index.html:25: a[href] "/in-template/": broken link: no such file in the site',
      'old-gone/index.html:1: meta[content] "/gone/": broken link: no such file in the site',
      'old-gone/index.html:1: a[href] "/gone/": broken link: no such file in the site',
    ]);
  });

  test('pages with no problems report none (a redirect page to a real page included)', () => {
    const clean = checkFixture().filter(
      (p) => p.page === 'guide/index.html' || p.page === 'old-guide/index.html',
    );
    expect(clean).toEqual([]);
  });

  test('absolute links to an origin that is not the site are external', () => {
    const pages = new Map([['index.html', '<a href="http://localhost:4321/x/">x</a>']]);
    const [problem] = checkLinks({ pages, files: new Set(['index.html']) });
    expect(problem?.problem).toBe('external link without rel="noopener"');
  });
});

describe('srcsetUrls', () => {
  test('splits candidates and drops descriptors', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls('/a.png 640w,/b.png 1280w')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls('/only.png')).toEqual(['/only.png']);
  });
  test('keeps commas inside a URL', () => {
    expect(srcsetUrls('/a,b.png 1x, /c.png 2x')).toEqual(['/a,b.png', '/c.png']);
  });
});

describe('redirect pages', () => {
  test('a refresh with no delay names its target; a delayed one is a page to read', () => {
    expect(refreshTarget('0;url=/articles/x/')).toBe('/articles/x/');
    expect(refreshTarget("0; URL='/a/'")).toBe('/a/');
    expect(refreshTarget('5; url=/a/')).toBeNull();
    expect(
      redirectTarget('<!doctype html><meta http-equiv="Refresh" content="0;url=/x/"><body></body>'),
    ).toBe('/x/');
    expect(redirectTarget('<!doctype html><title>t</title><p>text</p>')).toBeNull();
  });
});
