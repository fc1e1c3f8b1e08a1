/**
 * Keeps the scale benchmark (bench/, BENCHMARKS.md) from rotting: the corpus generator is
 * deterministic and writes what the ingest accepts, and the harness still runs the
 * README's build at N = 100 in a scratch copy (`node bench/run.ts --smoke`, ~30 s).
 * No timing assertions: timings belong in BENCHMARKS.md, not in a pass/fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import type { BenchResults } from '../../bench/lib/report.ts';
import { htmlElements } from '../../scripts/site/html-elements.ts';
import { serveStatic } from '../../scripts/serve/static-server.ts';
import { compareNewestFirst } from '../../src/lib/dates.ts';
import { readIngestedArticles } from '../support/articles.ts';
import { CHROMIUM_PATH, launchChromium } from '../support/browser.ts';
import { pagefindSearch, readManifest } from '../support/search.ts';
import { compareCodePoints } from '../../src/lib/order.ts';

/** The article pages a built page links to, in document order, as often as it links them. */
function articleLinks(file: string): string[] {
  return [...htmlElements(readFileSync(file, 'utf8'))]
    .filter((e) => e.tagName === 'a' && /^\/articles\/[^/]+\/$/.test(e.attrs.get('href') ?? ''))
    .map((e) => e.attrs.get('href')!);
}

function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'latin1')]),
  );
}

describe('benchmark smoke test', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('the generator writes 100 seeds, byte-identical on a rerun, never into seeds/', () => {
    const first = generateCorpus({ n: 100, out: join(scratch, 'a') });
    const second = generateCorpus({ n: 100, out: join(scratch, 'b') });
    const a = snapshot(join(scratch, 'a/seeds'));
    expect(a.size).toBe(100);
    expect(snapshot(join(scratch, 'b/seeds'))).toEqual(a);
    expect(readFileSync(join(scratch, 'b/manifest.json'), 'utf8')).toBe(
      readFileSync(join(scratch, 'a/manifest.json'), 'utf8'),
    );
    expect(second).toEqual(first);
    expect(first.rareNames.length).toBeGreaterThan(0);
    expect(() => generateCorpus({ n: 1, out: 'seeds' })).toThrow(/refusing/);
    expect(() => generateCorpus({ n: 1, out: '.' })).toThrow(/refusing/);
  });

  test('the ingest turns the 100 generated seeds into 100 articles', () => {
    const corpus = join(scratch, 'a');
    writeFileSync(join(scratch, 'permalinks.json'), '{}\n');
    writeFileSync(join(scratch, 'facts.json'), '{}\n');
    const out = join(scratch, 'articles');
    const run = spawnSync(
      process.execPath,
      [
        'scripts/ingest.ts',
        '--seeds',
        join(corpus, 'seeds'),
        '--out',
        out,
        '--report',
        join(scratch, 'report.json'),
        '--permalinks',
        join(scratch, 'permalinks.json'),
        '--facts',
        join(scratch, 'facts.json'),
        '--no-cache',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('ingest: 100 article(s) from 100 seed(s)');
    expect(run.stdout).toContain('(100 built, cache not used)');
    expect(readdirSync(out).filter((f) => f.endsWith('.md'))).toHaveLength(100);
  });

  test(
    'the harness runs the README build at N = 100 in a scratch copy',
    { timeout: 240_000 },
    () => {
      const out = join(scratch, 'run');
      const args = ['bench/run.ts', '--smoke', '--n', '100', '--out', out];
      if (!existsSync(CHROMIUM_PATH)) args.push('--no-browser');
      const run = spawnSync(process.execPath, args, {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      const results = JSON.parse(
        readFileSync(join(out, 'smoke-results.json'), 'utf8'),
      ) as BenchResults;
      const result = results.runs['100']!;
      expect(result.failed).toBeNull();
      expect(result.articles).toBe(100);
      expect(result.dist.articlePages).toBeGreaterThanOrEqual(100);
      expect(result.pipeline.map((s) => s.name)).toEqual(
        expect.arrayContaining(['ingest', 'astro build']),
      );
      expect(result.pipeline.every((s) => s.exitCode === 0 && s.peakRssMb > 0)).toBe(true);
      expect(result.dist.pagefindFiles).toBeGreaterThan(0);
      expect(result.baseline?.ok).toBe(true);
      if (result.search) {
        for (const query of [...result.search.newest, ...result.search.relevance])
          expect(query.people + query.articles, `${query.query} (${query.order})`).toBeGreaterThan(
            0,
          );
      }
    },
  );

  // The five seeds fit on one page; the 100 generated articles (2010–2024 and some undated) do not.
  test('the N = 100 build lists the latest 50 on /articles/, every article once across the timeline’s year pages, and at most 100 in rss.xml', () => {
    const site = join(scratch, 'run', 'site-100');
    const dist = join(site, 'dist');
    const newest = readIngestedArticles(join(site, 'src/content/articles'))
      .sort(
        (a, b) =>
          compareNewestFirst(a.data.date, b.data.date) ||
          compareCodePoints(a.data.sourceFile, b.data.sourceFile),
      )
      .map((a) => `/articles/${a.data.slug}/`);
    expect(newest).toHaveLength(100);

    const latest = articleLinks(join(dist, 'articles/index.html'));
    expect(latest).toHaveLength(50);
    expect(latest).toEqual(newest.slice(0, 50));

    expect(
      articleLinks(join(dist, 'timeline/index.html')),
      'the timeline overview lists no articles',
    ).toEqual([]);
    const yearPages = readdirSync(join(dist, 'timeline'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(yearPages.length).toBeGreaterThan(1);
    const onYearPages = yearPages.flatMap((year) =>
      articleLinks(join(dist, 'timeline', year, 'index.html')),
    );
    expect(onYearPages.length, 'no article listed twice').toBe(new Set(onYearPages).size);
    expect([...onYearPages].sort()).toEqual([...newest].sort());

    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
    expect(items.length).toBeLessThanOrEqual(100);
    expect(items).toEqual(newest.slice(0, 100));
  });

  // The seeds' five articles fit on the search page's first page; the 100 generated ones, over
  // 2010–2024 and undated, are in many index parts, so reading on across parts is tested here.
  test(
    'the search page reads the index parts of the N = 100 build newest first, and "Show more articles" reads on in date order',
    { timeout: 120_000 },
    async () => {
      const site = join(scratch, 'run', 'site-100');
      const dist = join(site, 'dist');
      const dateOf = new Map(
        readIngestedArticles(join(site, 'src/content/articles')).map((a) => [
          `/articles/${a.data.slug}/`,
          a.data.datePrecision === 'unknown' ? null : a.data.date,
        ]),
      );
      expect(readManifest(dist).parts.length, 'the 100 articles are in many parts').toBeGreaterThan(
        5,
      );
      const server = await serveStatic(dist);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(`${server.url}/`);
        const expected = await pagefindSearch(page, dist, 'said', { scope: 'articles', limit: 0 });
        expect(
          expected.count,
          'Pagefind finds "said" in more articles than one page of results',
        ).toBeGreaterThan(20);

        const status = () => page.locator('#search-status').textContent();
        const shown = async () =>
          (
            await page
              .locator('#search-results > li h3 a')
              .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
          ).map((href) => href.split(/[?#]/)[0]!);
        await page.goto(`${server.url}/search/?q=said`);
        // The first page shows 10; the parts read for them may hold more, and the status counts what is known.
        await expect
          .poll(status, { timeout: 20_000 })
          .toMatch(
            /^(\d+ (person or constituency|people and constituencies) and a|A)t least \d+ articles for “said”\.$/,
          );
        expect(await shown()).toHaveLength(10);
        expect(await page.locator('#search-scope').textContent()).toMatch(
          /^Newest first\. Searched .* so far, of \d+ periods with matches/,
        );
        for (
          let clicks = 0;
          clicks < 20 && (await page.locator('#search-more').isVisible());
          clicks += 1
        ) {
          const before = (await shown()).length;
          await page.getByRole('button', { name: 'Show more articles' }).click();
          await expect.poll(async () => (await shown()).length).toBeGreaterThan(before);
          // Focus moves to the first new result, for keyboard and screen-reader users.
          expect(
            await page.evaluate(
              () => document.activeElement?.getAttribute('href')?.split(/[?#]/)[0],
            ),
          ).toBe((await shown())[before]);
        }
        const all = await shown();
        expect(all, 'every article once').toHaveLength(new Set(all).size);
        expect(all).toHaveLength(expected.count);
        expect(await status()).toMatch(
          new RegExp(`(^| and )${expected.count} articles for “said”\\.$`),
        );
        expect(await page.locator('#search-scope').textContent()).toMatch(
          /^Newest first, from all \d+ periods with matches\.$/,
        );
        const dates = all.map((url) => dateOf.get(url));
        const dated = dates.filter((d) => d !== null);
        expect(dates.slice(0, dated.length), 'dated articles first, newest first').toEqual(
          [...dated].sort().reverse(),
        );
        expect(
          dates.slice(dated.length).every((d) => d === null),
          'undated articles after them',
        ).toBe(true);

        await page.goto(`${server.url}/search/?q=said&sort=oldest`);
        await expect.poll(status, { timeout: 20_000 }).toMatch(/articles for “said”/);
        expect((await shown()).map((url) => dateOf.get(url))).toEqual(
          [...dated].sort().slice(0, 10),
        );
      } finally {
        await browser.close();
        await server.close();
      }
    },
  );
});
