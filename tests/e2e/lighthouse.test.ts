import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { redirectTarget } from '../../scripts/site/redirect-stub.ts';
import { readIngestedArticles } from '../support/articles.ts';
import { CHROMIUM_PATH } from '../support/browser.ts';

/**
 * Lighthouse on one page of every kind the site builds: Accessibility, Best Practices and
 * SEO score 100 on each. Performance is measured, not asserted (a busy 2-core machine moves
 * it from run to run); its scores and metrics go to test-results/lighthouse.json for
 * BENCHMARKS.md.
 *
 * Canonical links point at the build's SITE_URL (http://localhost:4321 by default) while
 * the suite serves the site on another origin (127.0.0.1, a free port). Lighthouse 12's
 * canonical audit does not compare the canonical's origin with the page's (it flags a
 * canonical that sends a deep page to its origin's home page, or one that is invalid or
 * relative), and it passes on every page here, so no audit is skipped.
 */
const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;
const REPORT = 'test-results/lighthouse.json';

/** A built page the reader reads (not one of Astro's redirect stubs). */
function isReadablePage(dir: string): boolean {
  const file = join(distDir, dir, 'index.html');
  return existsSync(file) && redirectTarget(readFileSync(file, 'utf8')) === null;
}

/** The first page, in name order, under a section of the built site. */
function firstPageUnder(section: string): string {
  const name = readdirSync(join(distDir, section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'index')
    .map((entry) => entry.name)
    .sort()
    .find((dir) => isReadablePage(join(section, dir)));
  if (name === undefined) throw new Error(`${distDir}/${section}/ has no page`);
  return `/${section}/${name}/`;
}

const article = readIngestedArticles()[0];
if (article === undefined) throw new Error('no ingested article: run "npm run build" first');
const person = article.data.people[0];
if (person === undefined) throw new Error(`${article.data.slug} names nobody`);

/** One page of every kind, chosen from the build and the ingested articles. */
const PAGES: [kind: string, path: string][] = [
  ['home', '/'],
  ['article', `/articles/${article.data.slug}/`],
  ['person', `/people/${person}/`],
  ['constituency', firstPageUnder('constituencies')],
  ['article list', '/articles/'],
  ['people list', '/people/'],
  ['MP list', '/mps/'],
  ['constituency list', '/constituencies/'],
  ['timeline', '/timeline/'],
  ['timeline year', firstPageUnder('timeline')],
  ['topic list', '/topics/'],
  ['topic', firstPageUnder('topics')],
  ['publication list', '/publications/'],
  ['publication', firstPageUnder('publications')],
  ['search', '/search/?q=labour'],
  // The not-found page asked for by its own name. At a missing address it comes with status
  // 404, and Lighthouse does not audit a page that comes with an error status (the run stops
  // with ERRORED_DOCUMENT_REQUEST), so this is the one way to check the page a reader sees.
  ['not found', '/404.html'],
];

interface Measured {
  kind: string;
  path: string;
  /** Lighthouse runs it took to get one that completed (see audit()). */
  attempts: number;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Milliseconds, except CLS (unitless); Lighthouse's simulated mobile throttling. */
  metrics: { fcp: number | null; lcp: number | null; tbt: number | null; cls: number | null };
}

let chrome: chromeLauncher.LaunchedChrome;
const measured: Measured[] = [];
let environment: Result['environment'] | undefined;
let lighthouseVersion = '';

beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    logLevel: 'silent',
  });
});

afterAll(() => {
  chrome?.kill();
  if (measured.length === 0) return;
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    encoding: 'utf8',
  }).stdout.trim();
  mkdirSync('test-results', { recursive: true });
  const report = {
    note: 'Lighthouse mobile defaults (simulated throttling); Performance is recorded, not asserted. fcp, lcp and tbt in ms.',
    date: new Date().toISOString(),
    commit,
    loadavg: loadavg().map((n) => Number(n.toFixed(2))),
    lighthouse: lighthouseVersion,
    browser: environment?.hostUserAgent,
    benchmarkIndex: environment?.benchmarkIndex,
    pages: measured,
  };
  writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
});

const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? null;

/**
 * Runs Lighthouse on a page, again (up to twice more) when the run itself breaks: on a busy
 * machine Chromium now and then drops the trace's navigation start (NO_NAVSTART), a failure
 * of the measurement and not of the page. A run that completes is never repeated, so a low
 * score is never retried away.
 */
async function audit(url: string): Promise<{ lhr: Result; attempts: number }> {
  const flags: Flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    // The full-page screenshot is for the HTML report's viewer only; nothing here reads it.
    disableFullPageScreenshot: true,
  };
  let lhr: Result | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    lhr = (await lighthouse(url, flags))?.lhr;
    if (lhr !== undefined && lhr.runtimeError === undefined) return { lhr, attempts: attempt };
    console.warn(
      `Lighthouse run ${attempt} on ${url} broke: ${lhr?.runtimeError?.code ?? 'no result'}`,
    );
  }
  throw new Error(
    `Lighthouse could not measure ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`,
  );
}

/** The audits that cost a category points, with why, for the failure message. */
function failingAudits(lhr: Result, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map(
      (audit) =>
        `${audit.id}: ${audit.title}${audit.explanation ? ` (${audit.explanation})` : ''}${audit.displayValue ? ` [${audit.displayValue}]` : ''}`,
    );
}

describe('Lighthouse: Accessibility, Best Practices and SEO score 100 on one page of every kind', () => {
  // One page at a time: the runs share one Chrome, and the measurements need the machine.
  test.each(PAGES)('%s (%s)', { timeout: 120_000 }, async (kind, path) => {
    const { lhr, attempts } = await audit(`${baseUrl}${path}`);
    environment = lhr.environment;
    lighthouseVersion = lhr.lighthouseVersion;
    measured.push({
      kind,
      path,
      attempts,
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]),
      ) as Measured['scores'],
      metrics: {
        fcp: numeric(lhr, 'first-contentful-paint'),
        lcp: numeric(lhr, 'largest-contentful-paint'),
        tbt: numeric(lhr, 'total-blocking-time'),
        cls: numeric(lhr, 'cumulative-layout-shift'),
      },
    });
    const failures = Object.fromEntries(ASSERTED.map((c) => [c, failingAudits(lhr, c)]));
    const scores = Object.fromEntries(ASSERTED.map((c) => [c, lhr.categories[c]?.score]));
    expect({ scores, failures }).toEqual({
      scores: Object.fromEntries(ASSERTED.map((c) => [c, 1])),
      failures: Object.fromEntries(ASSERTED.map((c) => [c, []])),
    });
  });
});
