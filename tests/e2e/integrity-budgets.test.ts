import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import {
  ARTICLE_BUDGET_BYTES,
  isArticlePage,
  javascriptIn,
  jsAllowance,
  pageWeight,
  readJsAllowList,
} from '../../scripts/checks/budgets.ts';
import { builtSite } from '../support/built-site.ts';

/**
 * Gate 7, budgets: an article page with the CSS it links is at most 14 KB gzipped, and
 * no page outside /search/ ships JavaScript unless scripts/checks/js-allowlist.json says why.
 */
const site = builtSite();
const allowList = readJsAllowList('scripts/checks/js-allowlist.json');
const articles = site.readablePages.filter((p) => isArticlePage(p.urlPath));

describe(`article pages with their CSS are at most ${ARTICLE_BUDGET_BYTES} bytes gzipped`, () => {
  test('there are article pages to weigh', () => {
    expect(articles.length).toBeGreaterThan(0);
  });
  test.each(articles.map((p) => [p.urlPath, p.file]))('%s', (_path, file) => {
    const weight = pageWeight(site.distDir, file, site.html.get(file)!);
    expect(weight.total, JSON.stringify(weight)).toBeLessThanOrEqual(ARTICLE_BUDGET_BYTES);
  });
});

describe('no JavaScript outside /search/ unless allow-listed', () => {
  test.each(site.pages.map((p) => [p.urlPath, p] as const))('%s', (_path, page) => {
    const scripts = javascriptIn(site.html.get(page.file)!);
    if (scripts.length > 0)
      expect(jsAllowance(page.urlPath, allowList), `ships ${scripts.join(', ')}`).not.toBeNull();
  });
  test('every allow-list entry still matches a page (no stale permissions)', () => {
    const unused = allowList.filter(
      (entry) => !site.pages.some((p) => jsAllowance(p.urlPath, [entry]) === entry),
    );
    expect(unused).toEqual([]);
  });
});

test('scripts/checks/check-budgets.ts agrees and prints the sizes', () => {
  const run = spawnSync(
    process.execPath,
    ['scripts/checks/check-budgets.ts', '--dir', site.distDir],
    { encoding: 'utf8' },
  );
  console.log(run.stdout);
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/Article pages, HTML \+ linked CSS, gzipped/);
  expect(run.status).toBe(0);
});
