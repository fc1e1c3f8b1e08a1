import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { searchCodeDigest } from './code-digest.ts';
import { site } from './test-pages.ts';

describe('searchCodeDigest', () => {
  const project = () => {
    const root = site({
      'scripts/search-index/build.ts': 'export const a = 1;\n',
      'src/search/parts/plan.ts': 'export const b = 2;\n',
      'scripts/site/html-elements.ts': 'export const c = 3;\n',
      'scripts/site/site-files.ts': 'export const d = 4;\n',
      'node_modules/parse5/package.json': '{"version":"8.1.1"}',
      'node_modules/pagefind/package.json': '{"version":"1.6.0"}',
      'package-lock.json': '{"packages":{"node_modules/pagefind":{"version":"1.6.0"}}}',
    });
    mkdirSync(join(root, 'src/search/page'), { recursive: true });
    return root;
  };

  test('is the same for the same code, 64 hex digits', () => {
    expect(searchCodeDigest(project())).toMatch(/^[0-9a-f]{64}$/);
    expect(searchCodeDigest(project())).toBe(searchCodeDigest(project()));
  });

  test('changes with any .ts file of the search code, a new one, the page reader, or the Pagefind or parse5 version', () => {
    const base = searchCodeDigest(project());
    const changes: ((root: string) => void)[] = [
      (root) => writeFileSync(join(root, 'src/search/parts/plan.ts'), 'export const b = 3;\n'),
      (root) => writeFileSync(join(root, 'src/search/page/app.ts'), ''),
      (root) =>
        writeFileSync(join(root, 'node_modules/pagefind/package.json'), '{"version":"1.6.1"}'),
      (root) => writeFileSync(join(root, 'package-lock.json'), '{}'),
      (root) => writeFileSync(join(root, 'scripts/site/html-elements.ts'), ''),
      (root) => writeFileSync(join(root, 'node_modules/parse5/package.json'), '{"version":"9"}'),
    ];
    for (const change of changes) {
      const root = project();
      change(root);
      expect(searchCodeDigest(root)).not.toBe(base);
    }
  });

  test('ignores files that are not TypeScript', () => {
    const root = project();
    const base = searchCodeDigest(root);
    writeFileSync(join(root, 'src/search/README.md'), 'notes');
    expect(searchCodeDigest(root)).toBe(base);
  });
});
