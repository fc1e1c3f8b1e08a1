import { expect, test } from 'vitest';
import { isArticlePage } from '../../scripts/checks/budgets.ts';
import { readIngestedArticles } from '../support/articles.ts';
import { builtSite } from '../support/built-site.ts';

/**
 * Gate 8, nothing lost: the article pages in the build and the articles the ingest
 * produced are the same set, so no article is dropped and none appears from nowhere.
 * (Redirect pages left by renamed slugs are not articles; the link gate checks their targets.)
 */
const site = builtSite();

test('every article page was ingested, and every ingested article has a page', () => {
  const built = site.readablePages
    .map((p) => p.urlPath)
    .filter(isArticlePage)
    .sort();
  const ingested = readIngestedArticles()
    .map((a) => `/articles/${a.data.slug}/`)
    .sort();
  expect(ingested.length).toBeGreaterThan(0);
  expect(built).toEqual(ingested);
});

test('every redirect under /articles/ leads to an article page', () => {
  const articlePages = new Set(site.readablePages.map((p) => p.urlPath).filter(isArticlePage));
  const stray = [...site.redirects]
    .filter(([file]) => file.startsWith('articles/'))
    .filter(([, target]) => !articlePages.has(new URL(target, site.baseUrl).pathname));
  expect(stray).toEqual([]);
});
