import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { SeedCache, seedKey } from './seed-cache.ts';
import type { BuiltSeed } from './seed-builder.ts';

const SHA = 'a'.repeat(64);
const OTHER_SHA = 'b'.repeat(64);

/** A built seed as the builder returns it, with a key order the report must keep. */
function builtSeed(): BuiltSeed {
  return {
    file: '---json\n{"title": "A vote"}\n---\n\nA vote on Monday.\n',
    journalismHash: 'c'.repeat(64),
    unknownNames: [{ name: 'Jane Roe', paragraph: 1 }],
    log: ['seeds/000_a.txt: no date marker'],
    sourceFile: '000_a.txt',
    slug: 'a-vote',
    sourceSha256: SHA,
    recordKey: 'd'.repeat(64),
    provisionalSlug: false,
    report: {
      sourceFile: '000_a.txt',
      slug: 'a-vote',
      title: 'A vote',
      titleSource: 'seed',
      publication: { slug: null, name: 'Unknown', source: 'unknown' },
      date: null,
      datePrecision: 'unknown',
      dateSource: 'none',
      truncated: false,
      unknownNames: [{ name: 'Jane Roe', paragraph: 1 }],
      removed: [{ line: 3, rule: 'comment-prompt', text: 'Comments' }],
    },
  };
}

function scratchCache(): SeedCache {
  return new SeedCache({ dir: mkdtempSync(join(tmpdir(), 'seed-cache-')), digest: 'e'.repeat(64) });
}

describe('seedKey', () => {
  const base = seedKey('digest', '000_a.txt', undefined, SHA);
  test('changes with the context, the name, the facts and the bytes', () => {
    const facts = { date: { value: '2020-01', precision: 'month' as const, evidence: 'Jan' } };
    expect(seedKey('other', '000_a.txt', undefined, SHA)).not.toBe(base);
    expect(seedKey('digest', '001_a.txt', undefined, SHA)).not.toBe(base);
    expect(seedKey('digest', '000_a.txt', facts, SHA)).not.toBe(base);
    expect(seedKey('digest', '000_a.txt', undefined, OTHER_SHA)).not.toBe(base);
    expect(seedKey('digest', '000_a.txt', undefined, SHA)).toBe(base);
  });
});

describe('SeedCache', () => {
  test('reads back what it wrote, key order and all', async () => {
    const cache = scratchCache();
    cache.write('f'.repeat(64), '000_a.txt', builtSeed());
    const read = await cache.read('f'.repeat(64), '000_a.txt', SHA);
    expect(read).toEqual({ article: builtSeed() });
    if (!('article' in read)) throw new Error('not read');
    expect(JSON.stringify(read.article.report)).toBe(JSON.stringify(builtSeed().report));
    // The article's file follows the header line as it is, not as a JSON string.
    const text = readFileSync(cache.entryPath('f'.repeat(64)), 'utf8');
    expect(text.slice(text.indexOf('\n') + 1)).toBe(builtSeed().file);
    expect(readdirSync(cache.dir)).toEqual([`${'f'.repeat(64)}.json`]);
  });

  test('stores a built seed under its key, and never a seed’s error', () => {
    const cache = scratchCache();
    cache.store({ name: '000_a.txt', path: 'seeds/000_a.txt', article: builtSeed() }, undefined);
    cache.store({ name: '001_b.txt', path: 'seeds/001_b.txt', error: 'seeds/001_b.txt:1: x' }, {});
    const key = seedKey(cache.digest, '000_a.txt', undefined, SHA);
    expect(readdirSync(cache.dir)).toEqual([`${key}.json`]);
  });

  test('an entry that is torn, cut short, reshaped, padded or another seed’s is a problem, not a crash', async () => {
    const cache = scratchCache();
    const key = 'f'.repeat(64);
    const path = cache.entryPath(key);
    const header = (value: object, file = builtSeed().file) =>
      writeFileSync(path, `${JSON.stringify(value)}\n${file}`);
    const { file, ...article } = builtSeed();
    const fileLength = file.length;
    expect(await cache.read(key, '000_a.txt', SHA)).toEqual({ problem: 'cannot be read (ENOENT)' });
    cache.write(key, '000_a.txt', builtSeed());
    const whole = readFileSync(path, 'utf8');
    writeFileSync(path, whole.slice(0, 50));
    expect(await cache.read(key, '000_a.txt', SHA)).toEqual({ problem: 'is not valid JSON' });
    writeFileSync(path, whole.slice(0, -5));
    expect(await cache.read(key, '000_a.txt', SHA)).toEqual({
      problem: `is cut short (${fileLength - 5} of ${fileLength} characters)`,
    });
    header({ name: '000_a.txt', fileLength, article: { ...article, slug: 7 } });
    expect(await cache.read(key, '000_a.txt', SHA)).toEqual({
      problem: expect.stringContaining('is not a seed cache entry (article.slug:'),
    });
    header({ name: '000_a.txt', fileLength, article: { ...article, extra: 1 } });
    expect(await cache.read(key, '000_a.txt', SHA)).toEqual({
      problem: expect.stringContaining('is not a seed cache entry (article:'),
    });
    const report = { ...article.report, extra: 1 };
    header({ name: '000_a.txt', fileLength, article: { ...article, report } });
    expect(await cache.read(key, '000_a.txt', SHA)).toEqual({
      problem: expect.stringContaining('is not a seed cache entry (article.report:'),
    });
    header({ name: '001_b.txt', fileLength, article });
    expect(await cache.read(key, '000_a.txt', SHA)).toEqual({
      problem: 'holds another seed (001_b.txt)',
    });
    header({ name: '000_a.txt', fileLength, article });
    expect(await cache.read(key, '000_a.txt', OTHER_SHA)).toEqual({
      problem: 'holds another version of the seed',
    });
    expect(await cache.read(key, '000_a.txt', SHA)).toEqual({ article: builtSeed() });
  });

  test('a cache that cannot be written is said once and does not throw', () => {
    const cache = scratchCache();
    rmSync(cache.dir, { recursive: true });
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    cache.write('1'.repeat(64), '000_a.txt', builtSeed());
    cache.write('2'.repeat(64), '000_a.txt', builtSeed());
    expect(said).toHaveBeenCalledTimes(1);
    expect(said.mock.calls[0]![0]).toMatch(/^warning: ingest cache: .*: cannot be written \(/);
    said.mockRestore();
  });

  test('prune keeps the entries used and others’ files in progress, and removes the rest', () => {
    const cache = scratchCache();
    for (const key of ['1', '2', '3'].map((c) => c.repeat(64)))
      cache.write(key, '000_a.txt', builtSeed());
    const fresh = join(cache.dir, `${'4'.repeat(64)}.json.99-0.tmp`);
    const stale = join(cache.dir, `${'5'.repeat(64)}.json.98-0.tmp`);
    const other = join(cache.dir, 'notes.txt');
    for (const file of [fresh, stale, other]) writeFileSync(file, '{');
    utimesSync(stale, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    expect(cache.prune(new Set(['1'.repeat(64)]))).toBe(3);
    expect(readdirSync(cache.dir).sort()).toEqual(
      [`${'1'.repeat(64)}.json`, `${'4'.repeat(64)}.json.99-0.tmp`, 'notes.txt'].sort(),
    );
    expect(existsSync(stale)).toBe(false);
    rmSync(cache.dir, { recursive: true });
    expect(cache.prune(new Set())).toBe(0);
  });
});
