import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { facts, page, site } from './test-pages.ts';

describe('node scripts/index-search.ts', () => {
  const cli = (dir: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(process.execPath, ['scripts/index-search.ts', '--site', dir, ...args], {
      encoding: 'utf8',
      env,
    });
  const article = page(
    '<article data-pagefind-body>FACTS<h1>Row</h1><p>Members met.</p></article>',
    facts('Article'),
  );

  test('prints the counts and exits 0', () => {
    const run = cli(site({ 'articles/x/index.html': article }));
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^search index: 1 pages \(1 Article\), \d+ words, 1 filters, 0 sort\(s\), in 2 parts\n {2}part people: 0 pages, 0 words\n {2}part undated-1: 1 pages, \d+ words\n {2}filter type: 1 value\(s\)\n$/,
    );
    expect(run.status).toBe(0);
  });

  test('exits 1 with a message when an indexed page has no type', () => {
    const run = cli(
      site({ 'people/x/index.html': page('<div data-pagefind-body><h1>X</h1></div>') }),
    );
    expect(run.stderr).toMatch(/\/people\/x\/: declares no result type/);
    expect(run.status).toBe(1);
  });

  test('exits 2 with a message for a part size that is not a whole number above 0', () => {
    const run = cli(site({ 'articles/x/index.html': article }), ['--max-part-pages', '0']);
    expect(run.stderr).toMatch(/--max-part-pages must be a whole number above 0, not "0"/);
    expect(run.status).toBe(2);
  });

  test('exits 1 with a message when Pagefind itself stops (here: its indexer exits at once)', () => {
    const dir = site({ 'articles/x/index.html': article });
    // Pagefind's Node API runs the binary PAGEFIND_BINARY_PATH names; `false` exits before answering.
    const run = cli(dir, [], { ...process.env, PAGEFIND_BINARY_PATH: '/bin/false' });
    // Depending on when the process goes, the API rejects or never answers: the message says so either way.
    expect(run.stderr).toMatch(
      /^search index: Pagefind's indexer stopped (while indexing part people: |without finishing)/m,
    );
    expect(run.status).toBe(1);
  });
});
