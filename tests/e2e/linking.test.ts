import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { listSiteFiles, listSitePages } from '../../scripts/site/site-files.ts';
import { compareNewestFirst } from '../../src/lib/dates.ts';
import { readIngestedArticles } from '../support/articles.ts';
import { useChromium } from '../support/browser.ts';
import { compareCodePoints } from '../../src/lib/order.ts';

const baseUrl = inject('baseUrl');
const articles = readIngestedArticles();
const pages = listSitePages('dist').filter((p) => !isRedirectStub(p.file));
const berger = articles.find((a) => a.data.sourceFile === '001_d840d03a09efda8c.txt')!;
const bergerPath = `/articles/${berger.data.slug}/`;
let browser: Browser;

function isRedirectStub(file: string): boolean {
  return /http-equiv="refresh"/.test(readFileSync(join('dist', file), 'utf8'));
}

useChromium((b) => {
  browser = b;
});

async function pageWithClipboard(): Promise<Page> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  return context.newPage();
}

describe('copy buttons', () => {
  test('a paragraph’s copy button copies its URL and announces it', async () => {
    const page = await pageWithClipboard();
    await page.goto(`${baseUrl}${bergerPath}`);
    await page.locator('#p3').hover();
    await page.locator('#p3 button.copy-link').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseUrl}${bergerPath}#p3`,
    );
    await expect
      .poll(() => page.locator('#copy-status').innerText())
      .toBe('Link to paragraph 3 copied.');
    await page.context().close();
  });

  test('the citation buttons copy the Harvard reference and the BibTeX entry', async () => {
    const page = await pageWithClipboard();
    await page.goto(`${baseUrl}${bergerPath}`);
    await page.getByRole('button', { name: 'Copy Harvard reference' }).click();
    const harvard = await page.evaluate(() => navigator.clipboard.readText());
    expect(harvard).toMatch(
      /^‘Labour row erupts over no confidence vote in Luciana Berger’ \(2019\) BBC News, February \[date estimated by the archive\]\. Available at: http:\/\/localhost:4321\/articles\/labour-row-erupts-over-no-confidence-vote-in-luciana-berger\/ \(Accessed: \d{1,2} \w+ \d{4}\)\.$/,
    );
    await page.getByRole('button', { name: 'Copy BibTeX entry' }).click();
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex.startsWith('@article{bbc-news:2019:labour,')).toBe(true);
    expect(bibtex).toContain('journal = {BBC News}');
    // The reader's today, filled in by the page: the build's date would be wrong for later readers.
    const today = new Date();
    const iso = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    expect(bibtex).toContain(`urldate = {${iso}}`);
    expect(harvard).toContain(
      `(Accessed: ${today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })})`,
    );
    await page.context().close();
  });

  test('without JavaScript the paragraph links and citation text are still there, and no dead buttons show', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${bergerPath}`);
    expect(await page.locator('.article-body p[id] > a.para-link').count()).toBe(
      berger.paragraphs.length,
    );
    // The header's Search button submits a plain form; only the copy buttons need JavaScript.
    expect(await page.locator('button.copy:visible, button.copy-link:visible').count()).toBe(0);
    expect(await page.locator('#cite-harvard').innerText()).toContain('BBC News, February');
    // The page is built once and read for years: the access date is the reader's to fill in.
    expect(await page.locator('#cite-harvard').innerText()).toMatch(
      /\(Accessed: \[date of access\]\)\.$/,
    );
    await context.close();
  });

  test('article pages carry only small module scripts (copy buttons, search highlighting), JSON-LD aside', async () => {
    const page = await browser.newPage();
    for (const article of articles) {
      await page.goto(`${baseUrl}/articles/${article.data.slug}/`);
      const scripts = await page
        .locator('script:not([type="application/ld+json"])')
        .evaluateAll((s) =>
          s.map((e) => ({
            type: e.getAttribute('type'),
            inlineLength: e.getAttribute('src') ? 0 : (e.textContent ?? '').length,
          })),
        );
      expect(scripts.length).toBeGreaterThanOrEqual(1);
      expect(scripts.length).toBeLessThanOrEqual(2);
      for (const script of scripts) {
        expect(script.type).toBe('module');
        expect(script.inlineLength).toBeLessThan(2048);
      }
    }
    await page.close();
  });
});

describe('page metadata on every page', () => {
  test('unique titles and descriptions, one canonical URL, Open Graph and Twitter tags, en-GB', async () => {
    const page = await browser.newPage();
    const titles = new Map<string, string>();
    for (const { urlPath } of pages) {
      await page.goto(`${baseUrl}${urlPath}`);
      const meta = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        description:
          document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map((l) =>
          l.getAttribute('href'),
        ),
        og: ['og:title', 'og:description', 'og:type', 'og:site_name'].map(
          (p) => document.querySelector(`meta[property="${p}"]`)?.getAttribute('content') ?? '',
        ),
        twitter: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
      }));
      expect(meta.lang, urlPath).toBe('en-GB');
      expect(meta.description.length, urlPath).toBeGreaterThan(20);
      expect(
        meta.og.every((v) => v.length > 0),
        urlPath,
      ).toBe(true);
      expect(meta.twitter, urlPath).toBe(
        urlPath === '/404.html' ? 'summary' : 'summary_large_image',
      );
      expect(
        titles.get(meta.title),
        `${urlPath} repeats the title of ${titles.get(meta.title)}`,
      ).toBeUndefined();
      titles.set(meta.title, urlPath);
      if (urlPath === '/404.html') expect(meta.canonicals).toEqual([]);
      else expect(meta.canonicals).toEqual([`http://localhost:4321${urlPath}`]);
    }
    await page.close();
  });

  test('every page but the 404 has a social card: a small 1200×630 PNG beside it (a year page shares its person’s or seat’s), with alt text naming what it shows', async () => {
    const page = await browser.newPage();
    const seen = new Set<string>();
    /** The title each drawn card shows (its page's og:title), by the card's path. */
    const shownTitle = new Map<string, string>();
    const own = pages.filter((p) => p.urlPath !== '/404.html');
    const sharing = (urlPath: string) => /^\/(people|constituencies)\/[^/]+\/.+/.exec(urlPath);
    // Pages that draw their own card first, so a year page can be checked against its owner's.
    own.sort((a, b) => Number(Boolean(sharing(a.urlPath))) - Number(Boolean(sharing(b.urlPath))));
    for (const { urlPath } of own) {
      await page.goto(`${baseUrl}${urlPath}`);
      const card = await page.evaluate(() => {
        const meta = (key: string) =>
          document
            .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
            ?.getAttribute('content') ?? null;
        return {
          og: meta('og:image'),
          twitter: meta('twitter:image'),
          alt: meta('og:image:alt'),
          twitterAlt: meta('twitter:image:alt'),
          title: meta('og:title'),
        };
      });
      const owner = sharing(urlPath);
      const cardPath = owner
        ? `${urlPath.split('/').slice(0, 3).join('/')}/card.png`
        : `${urlPath}card.png`;
      expect(card.og, urlPath).toBe(`http://localhost:4321${cardPath}`);
      expect(card.twitter).toBe(card.og);
      expect(card.twitterAlt).toBe(card.alt);
      if (owner) {
        expect(shownTitle.has(cardPath), `${urlPath} shares a card its owner draws`).toBe(true);
        expect(card.alt, urlPath).toContain(shownTitle.get(cardPath)!);
        continue;
      }
      expect(card.alt, urlPath).toContain(card.title!);
      shownTitle.set(cardPath, card.title!);
      const png = await page.request.get(`${baseUrl}${cardPath}`);
      expect(png.status(), urlPath).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      const bytes = await png.body();
      // The PNG header: signature, then the IHDR chunk's width and height.
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], urlPath).toEqual([1200, 630]);
      expect(bytes.length, urlPath).toBeLessThan(100 * 1024);
      seen.add(bytes.toString('base64'));
    }
    expect(seen.size, 'each card drawn is its own').toBe(shownTitle.size);
    expect(
      own.some((p) => sharing(p.urlPath)),
      'the build has year pages that share a card',
    ).toBe(true);
    await page.close();
  });

  test('JSON-LD parses on every page; articles are NewsArticles matching the page, trails end at the page', async () => {
    const page = await browser.newPage();
    for (const { urlPath } of pages) {
      await page.goto(`${baseUrl}${urlPath}`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const nodes = blocks.flatMap((b) => [JSON.parse(b)].flat()) as Record<string, unknown>[];
      for (const node of nodes) expect(node['@context'], urlPath).toBe('https://schema.org');
      const trail = nodes.find((n) => n['@type'] === 'BreadcrumbList') as
        { itemListElement: { item: string; position: number }[] } | undefined;
      if (trail) {
        expect(trail.itemListElement.map((i) => i.position)).toEqual(
          trail.itemListElement.map((_, i) => i + 1),
        );
        expect(trail.itemListElement.at(-1)?.item).toBe(`http://localhost:4321${urlPath}`);
      }
      if (/^\/people\/[a-z0-9-]+\/$/.test(urlPath)) {
        const person = nodes.find((n) => n['@type'] === 'Person');
        expect(person?.['name'], urlPath).toBe(await page.locator('h1').innerText());
        expect(person?.['url']).toBe(`http://localhost:4321${urlPath}`);
        expect((person?.['image'] as { url: string }).url).toBe(
          `http://localhost:4321${urlPath}card.png`,
        );
        if ((await page.locator('#seats').count()) > 0)
          expect(String(person?.['jobTitle'])).toMatch(/^Member of Parliament for /);
      }
      if (!urlPath.startsWith('/articles/') || urlPath === '/articles/') continue;
      const article = nodes.find((n) => n['@type'] === 'NewsArticle');
      expect(article, urlPath).toBeDefined();
      expect(article!['headline']).toBe(await page.locator('h1').innerText());
      expect(article!['datePublished']).toBe(
        await page.locator('article header time').getAttribute('datetime'),
      );
      // What Google documents for articles: headline, image, datePublished and author (a Person
      // or an Organization with a name); a publisher with a logo.
      expect(article!['image'] as { url: string; width: number; height: number }).toEqual({
        '@type': 'ImageObject',
        url: `http://localhost:4321${urlPath}card.png`,
        width: 1200,
        height: 630,
      });
      const card = articles.find((a) => urlPath === `/articles/${a.data.slug}/`)!.data;
      const authors = [article!['author'] ?? []].flat() as { '@type': string; name: string }[];
      if (card.publication.slug || card.byline)
        expect(authors.length, `${urlPath} names an author`).toBeGreaterThan(0);
      for (const a of authors) expect(['Person', 'NewsMediaOrganization']).toContain(a['@type']);
      for (const a of authors) expect(a.name.length).toBeGreaterThan(0);
      if (card.publication.slug) {
        const logo = (article!['publisher'] as { logo: { url: string } }).logo.url;
        expect(logo).toBe(`http://localhost:4321/publications/${card.publication.slug}/card.png`);
        expect((await page.request.get(`${baseUrl}${new URL(logo).pathname}`)).status()).toBe(200);
      }
      expect((article!['publisher'] as { name: string }).name).toBe(
        articles.find((a) => urlPath === `/articles/${a.data.slug}/`)!.data.publication.name,
      );
      expect(trail, `${urlPath} has breadcrumbs`).toBeDefined();
      const ingested = articles.find((a) => urlPath === `/articles/${a.data.slug}/`)!;
      const mentioned = (article!['mentions'] as { '@type': string; url: string }[]).map(
        (m) => new URL(m.url).pathname,
      );
      expect(mentioned).toEqual(ingested.data.people.map((slug) => `/people/${slug}/`));
    }
    await page.close();
  });
});

describe('feeds, sitemap and robots.txt', () => {
  async function parseXml(path: string) {
    const page = await browser.newPage();
    const response = await page.request.get(`${baseUrl}${path}`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const items = [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent,
        link: item.querySelector('link')?.textContent,
        pubDate: item.querySelector('pubDate')?.textContent ?? null,
        dcDate:
          item.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'date')[0]?.textContent ??
          null,
        description: item.querySelector('description')?.textContent ?? '',
      }));
      const self = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')]
        .filter((l) => l.getAttribute('rel') === 'self')
        .map((l) => l.getAttribute('href'));
      const locs = [...doc.querySelectorAll('loc')].map((l) => l.textContent ?? '');
      const lastmods = [...doc.querySelectorAll('url')].map((u) => ({
        loc: u.querySelector('loc')?.textContent ?? '',
        lastmod: u.querySelector('lastmod')?.textContent ?? null,
      }));
      return { error, items, self, locs, lastmods };
    }, text);
    await page.close();
    return parsed;
  }

  test('the archive feed lists the newest articles (at most 100), newest first as on /articles/, with real dates only', async () => {
    const feed = await parseXml('/rss.xml');
    expect(feed.error).toBeNull();
    expect(feed.self, 'the feed links to itself').toEqual(['http://localhost:4321/rss.xml']);
    const newest = [...articles]
      .sort(
        (a, b) =>
          compareNewestFirst(a.data.date, b.data.date) ||
          compareCodePoints(a.data.sourceFile, b.data.sourceFile),
      )
      .slice(0, 100)
      .map((a) => `http://localhost:4321/articles/${a.data.slug}/`);
    expect(feed.items.map((i) => i.link)).toEqual(newest);
    const listed = (
      await (async () => {
        const page = await browser.newPage();
        await page.goto(`${baseUrl}/articles/`);
        const hrefs = await page
          .locator('.article-list h3 a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        await page.close();
        return hrefs;
      })()
    ).map((href) => `http://localhost:4321${href}`);
    expect(listed.length).toBeGreaterThan(0);
    expect(
      feed.items.map((i) => i.link).slice(0, listed.length),
      '/articles/ starts the same list',
    ).toEqual(listed);
    for (const item of feed.items) {
      const article = articles.find(
        (a) => item.link === `http://localhost:4321/articles/${a.data.slug}/`,
      )!;
      expect(item.title).toBe(article.data.title);
      // Month-precision dates get no pubDate rather than an invented day, but every dated
      // item carries its date at its real precision, and a month-only one says so.
      expect(item.pubDate !== null).toBe(article.data.datePrecision === 'day');
      expect(item.dcDate, item.link!).toBe(
        article.data.datePrecision === 'unknown' ? null : article.data.date,
      );
      expect(item.description.startsWith('Dated '), item.link!).toBe(
        article.data.datePrecision === 'month',
      );
    }
  });

  test('each person’s feed lists exactly the articles on their page', async () => {
    for (const slug of ['chris-leslie', 'iain-mcnicol', 'gordon-watson']) {
      const feed = await parseXml(`/people/${slug}/rss.xml`);
      expect(feed.error).toBeNull();
      expect(feed.self).toEqual([`http://localhost:4321/people/${slug}/rss.xml`]);
      const page = await browser.newPage();
      await page.goto(`${baseUrl}/people/${slug}/`);
      const listed = await page
        .locator('.mentions-list > li h3 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const alternate = await page
        .locator('link[rel="alternate"][href$="rss.xml"]')
        .evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
      await page.close();
      expect(feed.items.map((i) => new URL(i.link!).pathname)).toEqual(listed);
      expect(alternate).toContain(`/people/${slug}/rss.xml`);
    }
  });

  test('every feed in the build links to itself, once, at its own URL', async () => {
    const feeds = listSiteFiles('dist').filter((file) => file.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(1);
    for (const file of feeds) {
      const feed = await parseXml(`/${file}`);
      expect(feed.self, file).toEqual([`http://localhost:4321/${file}`]);
    }
  });

  test('every page links the archive feed', async () => {
    for (const { file } of pages) {
      expect(readFileSync(join('dist', file), 'utf8'), file).toContain(
        '<link rel="alternate" type="application/rss+xml"',
      );
    }
  });

  test('the sitemap lists every real page and not the 404 page', async () => {
    const index = await parseXml('/sitemap-index.xml');
    expect(index.error).toBeNull();
    const sitemap = await parseXml(new URL(index.locs[0]!).pathname);
    const expected = pages
      .filter((p) => p.urlPath !== '/404.html')
      .map((p) => `http://localhost:4321${p.urlPath}`);
    expect([...sitemap.locs].sort()).toEqual(expected.sort());
  });

  test('sitemap entries carry lastmod: an article’s is the day its record last changed, a listing’s its newest such day', async () => {
    const index = await parseXml('/sitemap-index.xml');
    const sitemap = await parseXml(new URL(index.locs[0]!).pathname);
    const ledger = JSON.parse(readFileSync('src/data/record-dates.json', 'utf8')) as Record<
      string,
      { added: string; revised?: string }
    >;
    const changed = (sourceFile: string) =>
      ledger[sourceFile]!.revised ?? ledger[sourceFile]!.added;
    const lastmod = new Map(sitemap.lastmods.map((u) => [new URL(u.loc).pathname, u.lastmod]));
    for (const a of articles)
      expect(lastmod.get(`/articles/${a.data.slug}/`), a.data.slug).toBe(
        `${changed(a.data.sourceFile)}T00:00:00.000Z`,
      );
    const newest = articles
      .map((a) => changed(a.data.sourceFile))
      .sort()
      .at(-1);
    expect(lastmod.get('/')).toBe(`${newest}T00:00:00.000Z`);
    for (const person of new Set(articles.flatMap((a) => a.data.people))) {
      const theirs = articles
        .filter((a) => a.data.people.includes(person))
        .map((a) => changed(a.data.sourceFile))
        .sort()
        .at(-1);
      expect(lastmod.get(`/people/${person}/`), person).toBe(`${theirs}T00:00:00.000Z`);
    }
    // The search page lists nothing the records date.
    expect(lastmod.get('/search/')).toBeNull();
  });

  test('robots.txt points at the sitemap', async () => {
    const page = await browser.newPage();
    const text = await (await page.request.get(`${baseUrl}/robots.txt`)).text();
    expect(text).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
    await page.close();
  });
});
