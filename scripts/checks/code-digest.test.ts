import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkedFiles, codeDigest, isSkipped } from './code-digest.ts';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project() {
  root = mkdtempSync(join(tmpdir(), 'code-digest-'));
  write('src/lib/a.ts', 'export const a = 1;\n');
  write('src/pages/index.astro', '---\n---\n<p>hi</p>\n');
  write('tsconfig.json', '{}\n');
  write('seeds/000.txt', 'An article.\n');
  write('src/content/articles/x.md', '---\ntitle: x\n---\n');
  write('src/data/permalinks.json', '{}\n');
  write('node_modules/pkg/index.js', '');
  write('bench/out/site/x.ts', '');
}

describe('the digest of what astro check reads', () => {
  test('lists the code and config, not seeds, articles, ingest-written data or build output', () => {
    project();
    expect(checkedFiles(root)).toEqual(['src/lib/a.ts', 'src/pages/index.astro', 'tsconfig.json']);
  });

  test('changes with the code, not with a new seed or article', () => {
    project();
    const before = codeDigest(root);
    write('seeds/001.txt', 'Another article.\n');
    write('src/content/articles/y.md', '---\ntitle: y\n---\n');
    write('src/data/permalinks.json', '{"001.txt":{"slug":"y"}}\n');
    expect(codeDigest(root)).toBe(before);
    write('src/lib/a.ts', 'export const a = 2;\n');
    expect(codeDigest(root)).not.toBe(before);
  });

  test('a renamed file changes it, though its bytes are the same', () => {
    project();
    const before = codeDigest(root);
    rmSync(join(root, 'src/lib/a.ts'));
    write('src/lib/b.ts', 'export const a = 1;\n');
    expect(codeDigest(root)).not.toBe(before);
  });

  test('staging folders and logs are skipped; similar names are not', () => {
    expect(isSkipped('src/.articles.staging/x.md')).toBe(true);
    expect(isSkipped('build.log')).toBe(true);
    expect(isSkipped('src/data/.permalinks.json.commit.json')).toBe(true);
    expect(isSkipped('.search-parts-123/p/index.html')).toBe(true);
    expect(isSkipped('seedsfile.ts')).toBe(false);
    expect(isSkipped('src/contents.ts')).toBe(false);
    expect(isSkipped('src/data/people.json')).toBe(false);
  });
});
