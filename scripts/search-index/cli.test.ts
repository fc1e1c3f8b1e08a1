import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { facts, page, site } from './test-pages.ts';

describe('node scripts/index-search.ts', () => {
  // A cache of the test's own unless the arguments name one: never the project's.
  const cli = (dir: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(
      process.execPath,
      [
        'scripts/index-search.ts',
        '--site',
        dir,
        ...(args.some((a) => a.endsWith('cache'))
          ? []
          : ['--cache', mkdtempSync(join(tmpdir(), 'search-cache-'))]),
        ...args,
      ],
      { encoding: 'utf8', env },
    );
  const article = page(
    '<article data-pagefind-body>FACTS<h1>Row</h1><p>Members met.</p></article>',
    facts('Article'),
  );

  test('prints the counts and exits 0', () => {
    const run = cli(site({ 'articles/x/index.html': article }));
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^search index: 1 pages \(1 Article\), \d+ words, 1 filters, 0 sort\(s\), in 2 parts \(2 indexed, 0 reused\)\n {2}part people: 0 pages, 0 words\n {2}part undated-1: 1 pages, \d+ words\n {2}filter type: 1 value\(s\)\n$/,
    );
    expect(run.status).toBe(0);
  });

  test('a second run with the same cache reuses both parts; --no-cache indexes both and writes no cache; the default is node_modules/.cache/archive-search', () => {
    const dir = site({ 'articles/x/index.html': article });
    const cache = join(mkdtempSync(join(tmpdir(), 'search-cache-')), 'nested');
    expect(cli(dir, ['--cache', cache]).stdout).toMatch(/in 2 parts \(2 indexed, 0 reused\)\n/);
    expect(readdirSync(join(cache, 'parts'))).toHaveLength(2);
    const second = cli(dir, ['--cache', cache]);
    expect(second.stdout).toMatch(
      /in 2 parts \(0 indexed, 2 reused\)\n {2}part people: 0 pages, 0 words, reused\n {2}part undated-1: 1 pages, \d+ words, reused\n/,
    );
    expect(second.status).toBe(0);
    // Run from an empty folder, so the default cache would land in it.
    const cwd = mkdtempSync(join(tmpdir(), 'search-cache-cwd-'));
    const script = join(process.cwd(), 'scripts/index-search.ts');
    const from = (args: string[]) =>
      spawnSync(process.execPath, [script, '--site', dir, ...args], { encoding: 'utf8', cwd });
    const cold = from(['--no-cache']);
    expect(cold.stdout).toMatch(/in 2 parts \(2 indexed, 0 reused\)\n/);
    expect(cold.status).toBe(0);
    expect(existsSync(join(cwd, 'node_modules'))).toBe(false);
    expect(from([]).status).toBe(0);
    expect(readdirSync(join(cwd, 'node_modules/.cache/archive-search/parts'))).toHaveLength(2);
  });

  test('exits 2 when both --cache DIR and --no-cache are given', () => {
    const dir = site({ 'articles/x/index.html': article });
    const cache = join(mkdtempSync(join(tmpdir(), 'search-cache-')), 'never');
    const run = cli(dir, ['--cache', cache, '--no-cache']);
    expect(run.stderr).toMatch(/--cache DIR and --no-cache cannot be given together/);
    expect(run.status).toBe(2);
    expect(existsSync(cache)).toBe(false);
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
