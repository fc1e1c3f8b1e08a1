import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { IndexablePage } from './page-markup.ts';
import { readScanCache, scanKey, writeScanCache } from './scan-cache.ts';
import { site } from './test-pages.ts';

const article: IndexablePage = {
  urlPath: '/articles/a/',
  filters: new Map([
    ['type', ['Article']],
    ['person', ['Luciana Berger', 'Chris Williamson']],
  ]),
  sortDate: '2019-02-18',
};
const reads = new Map<string, IndexablePage | null>([
  [scanKey('a'.repeat(64), '/articles/a/'), article],
  [scanKey('b'.repeat(64), '/'), null],
]);

describe('the scan cache', () => {
  test('gives back what was written, for the same code', () => {
    const cache = site({});
    writeScanCache(cache, 'code', reads);
    expect(readScanCache(cache, 'code')).toEqual(reads);
  });

  test('is empty for other code, with no file, or when its text was changed', () => {
    const cache = site({});
    expect(readScanCache(cache, 'code').size).toBe(0);
    writeScanCache(cache, 'code', reads);
    expect(readScanCache(cache, 'other').size).toBe(0);
    const file = join(cache, 'pages.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2019-02-18', '2019-02-19'));
    expect(readScanCache(cache, 'code').size).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));
    expect(readScanCache(cache, 'code').size).toBe(0);
  });

  test('is empty when a result is not shaped as written, even with a matching hash', async () => {
    const cache = site({});
    const { createHash } = await import('node:crypto');
    const body = JSON.stringify([[scanKey('a'.repeat(64), '/a/'), [[['type', 'Article']], null]]]);
    const sha256 = createHash('sha256').update(body).digest('hex');
    writeFileSync(
      join(cache, 'pages.json'),
      `${JSON.stringify({ version: 1, code: 'code', sha256 })}\n${body}`,
    );
    expect(readScanCache(cache, 'code').size).toBe(0);
  });
});
