import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { readIngestedArticles } from '../support/articles.ts';
import { useChromium } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const articles = readIngestedArticles();
const slugOf = (file: string) => articles.find((a) => a.data.sourceFile === file)!.data.slug;
let browser: Browser;
let page: Page;
useChromium((b, p) => {
  browser = b;
  page = p;
});

/** Read from the seeds by hand: everyone each article's journalism names (not its boilerplate). */
const PEOPLE_BY_SEED: Record<string, string[]> = {
  '000_2444523fcf13c80a.txt': [
    'aaron-bastani',
    'chris-leslie',
    'chuka-umunna',
    'gavin-shuker',
    'jeremy-corbyn',
    'joan-ryan',
    'john-mcdonnell',
    'rosie-duffield',
  ],
  '001_d840d03a09efda8c.txt': [
    'chris-leslie',
    'chuka-umunna',
    'ed-miliband',
    'frank-field',
    'gordon-watson',
    'ian-austin',
    'jeremy-corbyn',
    'john-mcdonnell',
    'kate-hoey',
    'luciana-berger',
    'nick-boles',
    'theresa-may',
    'tom-watson',
    'yvette-cooper',
  ],
  '002_62f1b93d153f28be.txt': [
    'andy-burnham',
    'iain-mcnicol',
    'jeremy-corbyn',
    'michael-dugher',
    'yvette-cooper',
  ],
  '003_1fc4576d440fb9c0.txt': [
    'chris-leslie',
    'gavin-shuker',
    'jeremy-corbyn',
    'joan-ryan',
    'julian-brazier',
    'rosie-duffield',
  ],
  '004_b2604c3d629a670c.txt': [
    'andy-burnham',
    'ed-miliband',
    'harriet-harman',
    'iain-mcnicol',
    'jeremy-corbyn',
    'michael-dugher',
    'yvette-cooper',
  ],
};

/** Hand-checked: the articles that mention a person, including through misspellings and roles. */
const ARTICLES_BY_PERSON: Record<string, string[]> = {
  'tom-watson': ['001_d840d03a09efda8c.txt'],
  'gordon-watson': ['001_d840d03a09efda8c.txt'],
  'iain-mcnicol': ['002_62f1b93d153f28be.txt', '004_b2604c3d629a670c.txt'],
  'chris-leslie': [
    '000_2444523fcf13c80a.txt',
    '001_d840d03a09efda8c.txt',
    '003_1fc4576d440fb9c0.txt',
  ],
  'rosie-duffield': ['000_2444523fcf13c80a.txt', '003_1fc4576d440fb9c0.txt'],
  'harriet-harman': ['004_b2604c3d629a670c.txt'],
};

const slugFromHref = (href: string | null) => href?.match(/^\/people\/([a-z0-9-]+)\/$/)?.[1];

/**
 * The links a year page lists, following its numbered pages ("Next page") to the end; each
 * listed article must show at least one excerpt when the list has excerpts.
 */
async function listAcrossPages(selector: string): Promise<string[]> {
  const listed: string[] = [];
  for (;;) {
    const here = await page
      .locator(selector)
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    if (selector.startsWith('.mentions-list')) {
      const withExcerpts = await page
        .locator('.mentions-list > li')
        .evaluateAll((lis) => lis.filter((li) => li.querySelector('.excerpts li')).length);
      expect(withExcerpts, page.url()).toBe(here.length);
    }
    listed.push(...here);
    const next = page.locator('nav.page-nav a[rel="next"]');
    if ((await next.count()) === 0) return listed;
    await page.goto(`${baseUrl}${await next.first().getAttribute('href')}`);
  }
}

describe('people linked from each article', () => {
  for (const [file, expected] of Object.entries(PEOPLE_BY_SEED)) {
    test(file, async () => {
      await page.goto(`${baseUrl}/articles/${slugOf(file)}/`);
      const inBody = await page
        .locator('.article-body a.mention[href^="/people/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const listed = await page
        .locator('.people-in-article li > a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect([...new Set(inBody.map(slugFromHref))].sort()).toEqual(expected);
      expect(listed.map(slugFromHref).sort()).toEqual(expected);
    });
  }

  test('the two Watsons link to different people', async () => {
    await page.goto(`${baseUrl}/articles/${slugOf('001_d840d03a09efda8c.txt')}/`);
    expect(await page.locator('a.mention', { hasText: 'Tom Watson' }).getAttribute('href')).toBe(
      '/people/tom-watson/',
    );
    expect(await page.locator('a.mention', { hasText: 'Gordon Watson' }).getAttribute('href')).toBe(
      '/people/gordon-watson/',
    );
  });

  test('a misspelt name links to the right person', async () => {
    await page.goto(`${baseUrl}/articles/${slugOf('002_62f1b93d153f28be.txt')}/`);
    expect(await page.locator('a.mention', { hasText: 'Iain McNico' }).getAttribute('href')).toBe(
      '/people/iain-mcnicol/',
    );
  });

  test('"People in this article" gives each person’s role at the time', async () => {
    await page.goto(`${baseUrl}/articles/${slugOf('000_2444523fcf13c80a.txt')}/`);
    const items = await page.locator('.people-in-article li').allInnerTexts();
    expect(items.find((t) => t.startsWith('John McDonnell'))).toMatch(
      /Shadow Chancellor.*Labour MP for Hayes and Harlington/,
    );
    expect(items.find((t) => t.startsWith('Rosie Duffield'))).toContain('Labour MP for Canterbury');
  });
});

describe('person pages', () => {
  for (const [person, files] of Object.entries(ARTICLES_BY_PERSON)) {
    test(`${person} lists exactly the articles that mention them, newest first`, async () => {
      await page.goto(`${baseUrl}/people/${person}/`);
      const listed = await page
        .locator('.mentions-list > li h3 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const expected = articles
        .filter((a) => files.includes(a.data.sourceFile))
        .map((a) => `/articles/${a.data.slug}/`);
      expect([...listed].sort()).toEqual([...expected].sort());
      const order = await page
        .locator('.mentions-list > li time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
      expect(order).toEqual([...order].sort().reverse());
    });
  }

  test('every person page matches the ingest: each article that names them is listed', async () => {
    for (const slug of new Set(articles.flatMap((a) => a.data.people))) {
      await page.goto(`${baseUrl}/people/${slug}/`);
      const listed = await page
        .locator('.mentions-list > li h3 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const expected = articles
        .filter((a) => a.data.people.includes(slug))
        .map((a) => `/articles/${a.data.slug}/`);
      expect([...listed].sort(), slug).toEqual(expected.sort());
    }
  });

  test('year pages: each article naming a person is on exactly the year page of its date, with its excerpts', async () => {
    for (const slug of new Set(articles.flatMap((a) => a.data.people))) {
      await page.goto(`${baseUrl}/people/${slug}/`);
      const years = await page
        .locator(`nav[aria-label$="articles by year"] a`)
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const naming = articles.filter((a) => a.data.people.includes(slug));
      const expectedYears = [...new Set(naming.map((a) => a.data.date?.slice(0, 4) ?? 'undated'))];
      expect(years.map((href) => href.split('/').at(-2)).sort(), slug).toEqual(
        expectedYears.sort(),
      );
      const seen: string[] = [];
      for (const href of years) {
        await page.goto(`${baseUrl}${href}`);
        const year = href.split('/').at(-2)!;
        expect(
          await page
            .locator('nav[aria-label$="articles by year"] a[aria-current="page"]')
            .getAttribute('href'),
        ).toBe(href);
        const listed = await listAcrossPages('.mentions-list > li h3 a');
        for (const articleHref of listed) {
          const article = naming.find((a) => `/articles/${a.data.slug}/` === articleHref);
          expect(article, `${href} lists ${articleHref}`).toBeDefined();
          expect(article!.data.date?.slice(0, 4) ?? 'undated', `${articleHref} on ${href}`).toBe(
            year,
          );
        }
        seen.push(...listed);
      }
      expect(seen.sort(), slug).toEqual(naming.map((a) => `/articles/${a.data.slug}/`).sort());
    }
  });

  test('a seat’s year pages together list exactly the articles its overview lists', async () => {
    for (const seat of ['canterbury', 'liverpool-wavertree', 'islington-north']) {
      await page.goto(`${baseUrl}/constituencies/${seat}/`);
      const overview = await page
        .locator('.article-list h3 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(overview.length, seat).toBeGreaterThan(0);
      const years = await page
        .locator(`nav[aria-label$="articles by year"] a`)
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const seen: string[] = [];
      for (const href of years) {
        await page.goto(`${baseUrl}${href}`);
        seen.push(...(await listAcrossPages('.article-list h3 a')));
      }
      expect(seen.sort(), seat).toEqual([...overview].sort());
    }
  });

  test('each mention excerpt links to the paragraph that contains it', async () => {
    await page.goto(`${baseUrl}/people/chris-leslie/`);
    const excerpts = await page.locator('.excerpts li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        match: li.querySelector('mark')?.textContent ?? '',
      })),
    );
    expect(excerpts.length).toBeGreaterThan(3);
    const other = await browser.newPage();
    for (const { href, match } of excerpts) {
      await other.goto(`${baseUrl}${href}`);
      const id = new URL(href, baseUrl).hash.slice(1);
      expect(await other.locator(`[id="${id}"]`).innerText(), href).toContain(match);
    }
    await other.close();
  });

  test('quotes are attributed to their speaker and linked to their paragraph', async () => {
    await page.goto(`${baseUrl}/people/harriet-harman/`);
    const quotes = await page.locator('.quotes li').evaluateAll((lis) =>
      lis.map((li) => ({
        text: li.querySelector('blockquote')?.textContent ?? '',
        href: li.querySelector('a')?.getAttribute('href') ?? '',
      })),
    );
    expect(quotes[0]?.text).toContain(
      'Because this is the first time we have operated these new rules',
    );
    expect(quotes[0]?.href).toBe(`/articles/${slugOf('004_b2604c3d629a670c.txt')}/#p6`);
  });

  test('an anonymous speaker’s words are not pinned on anyone', async () => {
    const anonymous = 'Jeremy is vulnerable unless he acts on this';
    for (const slug of new Set(articles.flatMap((a) => a.data.people))) {
      await page.goto(`${baseUrl}/people/${slug}/`);
      const quotes = page.locator('.quotes');
      const text = (await quotes.count()) > 0 ? await quotes.innerText() : '';
      expect(text, slug).not.toContain(anonymous);
    }
  });

  test('an MP who changed party shows both parties with dates', async () => {
    await page.goto(`${baseUrl}/people/luciana-berger/`);
    const seats = await page.locator('#seats + ul').innerText();
    expect(seats).toContain('Liverpool Wavertree');
    expect(seats).toMatch(/Labour Party, .* – 18 February 2019/);
    expect(seats).toContain('Change UK');
  });
});

describe('MPs and constituencies', () => {
  test('/mps/ lists every MP in the registry with seat and party', async () => {
    await page.goto(`${baseUrl}/mps/`);
    const rows = await page
      .locator('table.mps tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText),
        ),
      );
    const duffield = rows.find((r) => r[1]?.trim().startsWith('Rosie Duffield'));
    expect(duffield?.[0]).toBe('Canterbury');
    expect(duffield?.[2]).toContain('Labour');
    const seats = rows.map((r) => r[0]!);
    expect(seats).toEqual([...seats].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });

  test('a constituency page lists its MPs and every article naming the seat or its MP', async () => {
    await page.goto(`${baseUrl}/constituencies/canterbury/`);
    expect(await page.locator('#mps + ul').innerText()).toContain('Rosie Duffield');
    expect(await page.locator('#mps + ul').innerText()).toContain('Julian Brazier');
    const listed = await page
      .locator('.article-list h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(
      ['000_2444523fcf13c80a.txt', '003_1fc4576d440fb9c0.txt']
        .map((f) => `/articles/${slugOf(f)}/`)
        .sort(),
    );
  });

  test('a seat named in the text links to its constituency page', async () => {
    await page.goto(`${baseUrl}/articles/${slugOf('001_d840d03a09efda8c.txt')}/`);
    expect(
      await page
        .locator('a.mention', { hasText: 'Liverpool Wavertree' })
        .first()
        .getAttribute('href'),
    ).toBe('/constituencies/liverpool-wavertree/');
  });
});
