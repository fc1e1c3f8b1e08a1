import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkPagefindVersion, installedPagefindVersion, MIRRORED_PAGEFIND } from './version.ts';

describe('the Pagefind version the search code mirrors', () => {
  test('is the one package.json pins, exactly, and the one installed', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(manifest.dependencies['pagefind']).toBe(MIRRORED_PAGEFIND);
    expect(installedPagefindVersion()).toBe(MIRRORED_PAGEFIND);
  });
  test('any other release is refused, naming both versions', () => {
    expect(() => checkPagefindVersion(MIRRORED_PAGEFIND)).not.toThrow();
    expect(() => checkPagefindVersion('1.7.0')).toThrow(
      'pagefind 1.7.0 is installed, but the search code mirrors pagefind 1.6.0',
    );
    expect(() => checkPagefindVersion('1.6.1')).toThrow('pagefind 1.6.1');
  });
});
