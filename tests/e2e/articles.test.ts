import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { readIngestedArticles } from '../support/articles.ts';
import { useChromium } from '../support/browser.ts';
import { journalismSentences, normaliseSpace, SEED_EXPECTATIONS } from '../support/seeds.ts';

const baseUrl = inject('baseUrl');
const articles = readIngestedArticles();
let browser: Browser;
let page: Page;
useChromium((b, p) => {
  browser = b;
  page = p;
});

function articleFor(file: string) {
  const article = articles.find((a) => a.data.sourceFile === file);
  if (!article) throw new Error(`no ingested article for ${file}`);
  return article;
}

describe('article pages', () => {
  test('every seed has exactly one article', () => {
    expect(articles.map((a) => a.data.sourceFile).sort()).toEqual(
      SEED_EXPECTATIONS.map((s) => s.file).sort(),
    );
  });

  for (const seed of SEED_EXPECTATIONS) {
    describe(seed.file, () => {
      test('shows headline, publication and date at its real precision', async () => {
        const article = articleFor(seed.file);
        const response = await page.goto(`${baseUrl}/articles/${article.data.slug}/`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('h1').innerText()).toBe(seed.title);
        const time = page.locator('article header time');
        expect(await time.getAttribute('datetime')).toBe(seed.datetime);
        expect(await time.innerText()).toBe(seed.dateLabel);
        expect(await page.locator('article header .meta').innerText()).toContain(seed.publication);
        expect(await page.locator('article').innerText()).toContain(seed.file);
        expect(await page.locator('article header .meta').innerText()).toMatch(/\d+ min read/);
      });

      test('renders every paragraph, in order, each with an id and a link to itself', async () => {
        const article = articleFor(seed.file);
        await page.goto(`${baseUrl}/articles/${article.data.slug}/`);
        const rendered = await page.locator('.article-body > p').evaluateAll((ps) =>
          ps.map((p) => ({
            id: p.id,
            text: (p.firstChild?.parentElement?.innerText ?? '').replace(/\s*¶$/, ''),
            link: p.querySelector('a.para-link')?.getAttribute('href'),
          })),
        );
        expect(rendered.map((p) => p.id)).toEqual(article.paragraphs.map((_, i) => `p${i + 1}`));
        expect(rendered.map((p) => p.link)).toEqual(article.paragraphs.map((_, i) => `#p${i + 1}`));
        expect(rendered.map((p) => normaliseSpace(p.text))).toEqual(
          article.paragraphs.map(normaliseSpace),
        );
      });

      test('every sentence of the journalism appears on the page', async () => {
        const article = articleFor(seed.file);
        await page.goto(`${baseUrl}/articles/${article.data.slug}/`);
        const pageText = normaliseSpace(await page.locator('article').innerText());
        const sentences = journalismSentences(readFileSync(`seeds/${seed.file}`, 'utf8'), seed);
        expect(sentences.length).toBeGreaterThan(5);
        const missing = sentences.filter((s) => !pageText.includes(normaliseSpace(s)));
        expect(missing).toEqual([]);
      });

      test('no publisher boilerplate appears in the article text', async () => {
        const article = articleFor(seed.file);
        await page.goto(`${baseUrl}/articles/${article.data.slug}/`);
        const bodyText = normaliseSpace(
          (await page.locator('article header').innerText()) +
            (await page.locator('.article-body').innerText()),
        );
        for (const piece of seed.boilerplate) expect(bodyText).not.toContain(normaliseSpace(piece));
      });
    });
  }

  test('a paragraph anchor scrolls to and highlights its paragraph', async () => {
    const article = articleFor('001_d840d03a09efda8c.txt');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}/articles/${article.data.slug}/#p20`);
    const target = await page.evaluate(() => {
      const p = document.querySelector(':target');
      const box = p?.getBoundingClientRect();
      return { id: p?.id, top: box?.top, height: window.innerHeight };
    });
    expect(target.id).toBe('p20');
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.top).toBeLessThan(target.height);
    await page.locator('#p3 a.para-link').click();
    expect(new URL(page.url()).hash).toBe('#p3');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p3');
  });

  test('article pages read fully with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    for (const article of articles) {
      await noJs.goto(`${baseUrl}/articles/${article.data.slug}/`);
      expect(await noJs.locator('.article-body > p').count()).toBe(article.paragraphs.length);
      expect(await noJs.locator('h1').innerText()).toBe(article.data.title);
    }
    await context.close();
  });

  test('captions keep their credits and are not body paragraphs', async () => {
    const article = articleFor('001_d840d03a09efda8c.txt');
    await page.goto(`${baseUrl}/articles/${article.data.slug}/`);
    const captions = await page.locator('figure.picture figcaption').allInnerTexts();
    expect(captions.map(normaliseSpace)).toEqual([
      'Picture: UK Parliament',
      'Luciana Berger and Chris Leslie have campaigned together for a "People\'s Vote" on Brexit Picture: Getty Images',
    ]);
    const bodyText = await page.locator('.article-body > p').allInnerTexts();
    expect(bodyText.join('\n')).not.toContain('image copyright');
  });
});

describe('home page', () => {
  test('lists every article newest first with date, publication and standfirst', async () => {
    await page.goto(`${baseUrl}/`);
    const items = await page.locator('.article-list > li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('h3 a')?.getAttribute('href'),
        datetime: li.querySelector('time')?.getAttribute('datetime'),
        meta: (li.querySelector('.meta') as HTMLElement | null)?.innerText ?? '',
        summary: (li.querySelector('p:not(.meta)') as HTMLElement | null)?.innerText ?? '',
      })),
    );
    // Hand-checked order: Feb 2019, 11 Sep 2018, Sep 2018 (month), then the two August 2015 articles by file.
    expect(items.map((i) => i.datetime)).toEqual([
      '2019-02',
      '2018-09-11',
      '2018-09',
      '2015-08',
      '2015-08',
    ]);
    expect(items).toHaveLength(SEED_EXPECTATIONS.length);
    for (const item of items) {
      const article = articles.find((a) => item.href === `/articles/${a.data.slug}/`);
      expect(article, `home links to ${item.href}`).toBeDefined();
      expect(item.meta).toContain(article!.data.publication.name);
      expect(normaliseSpace(item.summary)).toBe(normaliseSpace(article!.data.summary));
    }
  });
});

describe('404 page', () => {
  test('an unknown address answers 404 with the archive page', async () => {
    const response = await page.goto(`${baseUrl}/articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('main a[href="/articles/"]').count()).toBe(1);
  });
});
