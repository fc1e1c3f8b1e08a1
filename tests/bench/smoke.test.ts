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
import { CHROMIUM_PATH } from '../support/browser.ts';

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
    expect(readFileSync(join(scratch, 'b/manifest.json'), 'utf8')).toBe(readFileSync(join(scratch, 'a/manifest.json'), 'utf8'));
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
        '--seeds', join(corpus, 'seeds'),
        '--out', out,
        '--report', join(scratch, 'report.json'),
        '--permalinks', join(scratch, 'permalinks.json'),
        '--facts', join(scratch, 'facts.json'),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('ingest: 100 article(s) from 100 seed(s)');
    expect(readdirSync(out).filter((f) => f.endsWith('.md'))).toHaveLength(100);
  });

  test('the harness runs the README build at N = 100 in a scratch copy', { timeout: 240_000 }, () => {
    const out = join(scratch, 'run');
    const args = ['bench/run.ts', '--smoke', '--n', '100', '--out', out];
    if (!existsSync(CHROMIUM_PATH)) args.push('--no-browser');
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'smoke-results.json'), 'utf8')) as BenchResults;
    const result = results.runs['100']!;
    expect(result.failed).toBeNull();
    expect(result.articles).toBe(100);
    expect(result.dist.articlePages).toBeGreaterThanOrEqual(100);
    expect(result.pipeline.map((s) => s.name)).toEqual(expect.arrayContaining(['ingest', 'astro build']));
    expect(result.pipeline.every((s) => s.exitCode === 0 && s.peakRssMb > 0)).toBe(true);
    expect(result.dist.pagefindFiles).toBeGreaterThan(0);
    expect(result.baseline?.ok).toBe(true);
    if (result.search) {
      for (const query of result.search.queries) expect(query.results, query.query).toBeGreaterThan(0);
    }
  });
});
