import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { partKey, pruneParts, restorePart, storePart } from './part-cache.ts';
import { fileHashes, site } from './test-pages.ts';

const page = { urlPath: '/articles/a/', file: 'articles/a/index.html', sha256: 'a'.repeat(64) };
const part = { id: '2019', kind: 'dated' as const };
const data = { totals: { pages: 1, words: 2, filters: 1, sorts: 0 }, words: ['vote', 'wavertre'] };

describe('partKey', () => {
  test('changes with the code, the part, its bundle kind and each page', () => {
    const base = partKey('c', part, false, [page]);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(partKey('c', part, false, [page])).toBe(base);
    const others = [
      partKey('d', part, false, [page]),
      partKey('c', { ...part, id: '2018' }, false, [page]),
      partKey('c', { ...part, kind: 'undated' }, false, [page]),
      partKey('c', part, true, [page]),
      partKey('c', part, false, [{ ...page, sha256: 'b'.repeat(64) }]),
      partKey('c', part, false, [{ ...page, urlPath: '/articles/b/' }]),
      partKey('c', part, false, [{ ...page, file: 'articles/b/index.html' }]),
      partKey('c', part, false, [page, page]),
      partKey('c', part, false, []),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });
});

describe('storePart and restorePart', () => {
  const bundle = () =>
    site({ 'pagefind-entry.json': '{"version":"1.6.0"}', 'index/en_1.pf_index': 'xyz' });

  test('a stored bundle comes back byte for byte, with its data', () => {
    const cache = site({});
    const from = bundle();
    storePart(cache, 'k1', from, data);
    const to = join(site({}), 'out');
    expect(restorePart(cache, 'k1', to)).toEqual(data);
    expect(fileHashes(to)).toEqual(fileHashes(from));
    expect(readdirSync(join(cache, 'parts'))).toEqual(['k1']);
  });

  test('another key is a miss, and nothing is written', () => {
    const cache = site({});
    storePart(cache, 'k1', bundle(), data);
    const to = join(site({}), 'out');
    expect(restorePart(cache, 'k2', to)).toBeNull();
    expect(existsSync(to)).toBe(false);
  });

  test('an entry stored under another key (renamed) is a miss', () => {
    const cache = site({});
    storePart(cache, 'k1', bundle(), data);
    const entry = join(cache, 'parts', 'k1', 'part.json');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('"key":"k1"', '"key":"k0"'));
    expect(restorePart(cache, 'k1', join(site({}), 'out'))).toBeNull();
  });

  test('storing again over a corrupt entry replaces it', () => {
    const cache = site({});
    storePart(cache, 'k1', bundle(), data);
    writeFileSync(join(cache, 'parts', 'k1', 'bundle', 'index', 'en_1.pf_index'), 'xyw');
    expect(restorePart(cache, 'k1', join(site({}), 'out'))).toBeNull();
    storePart(cache, 'k1', bundle(), data);
    expect(restorePart(cache, 'k1', join(site({}), 'out'))).toEqual(data);
  });

  test('pruneParts keeps the entries used and removes the rest and any temporary folder', () => {
    const cache = site({});
    for (const key of ['k1', 'k2', 'k3']) storePart(cache, key, bundle(), data);
    mkdirSync(join(cache, 'parts', '.tmp-x'));
    pruneParts(cache, new Set(['k2']));
    expect(readdirSync(join(cache, 'parts'))).toEqual(['k2']);
    pruneParts(site({}), new Set());
  });

  test('a cache that cannot be written names its folder and the way out', () => {
    const cache = site({ parts: 'a file, not a folder' });
    expect(() => storePart(cache, 'k1', bundle(), data)).toThrow(
      /could not write the part cache in .*parts .*--cache DIR.*--no-cache/,
    );
  });
});

describe('restorePart when the entry goes while it is read', () => {
  test('is a miss and leaves none of the files it had placed', () => {
    const cache = site({});
    const from = site({ 'a.json': '{}', 'b/c.txt': 'c' });
    storePart(cache, 'k1', from, data);
    // A folder where a file must go makes the second link fail, as a vanished entry would.
    const to = site({ 'b/c.txt/x': 'in the way' });
    expect(restorePart(cache, 'k1', to)).toBeNull();
    expect(existsSync(join(to, 'a.json'))).toBe(false);
  });
});
