import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listSiteFiles } from '../../scripts/site/site-files.ts';

const SITE = 'https://archive.example.org';
const outDir = join(mkdtempSync(join(tmpdir(), 'site-url-')), 'dist');
let log = '';

// A second build of the same archive, for a real host: one setting moves every absolute URL.
beforeAll(() => {
  const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: `${SITE}/`, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  log = run.stdout + run.stderr;
  expect(run.status, log).toBe(0);
}, 300_000);

afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

const text = (file: string) => readFileSync(join(outDir, file), 'utf8');

describe('SITE_URL is the one setting for a deployed build', () => {
  test('no file of the built site points at localhost, and the build gives no localhost notice', () => {
    const textFiles = listSiteFiles(outDir).filter((f) => /\.(html|xml|txt|json|csv)$/.test(f));
    expect(textFiles.length).toBeGreaterThan(20);
    for (const file of textFiles) expect(text(file), file).not.toContain('localhost:4321');
    expect(log).not.toContain('SITE_URL is not set');
  });

  test('canonical links, the sitemap, robots.txt, feeds and open data use the site URL', () => {
    expect(text('index.html')).toContain(`<link rel="canonical" href="${SITE}/"`);
    expect(text('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(text('sitemap-0.xml')).toContain(`<loc>${SITE}/articles/</loc>`);
    expect(text('rss.xml')).toContain(`<atom:link href="${SITE}/rss.xml" rel="self"`);
    const urls = (JSON.parse(text('data/articles.json')) as { url: string }[]).map((r) => r.url);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(`${SITE}/articles/`), url).toBe(true);
  });
});
