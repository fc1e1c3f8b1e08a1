import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { filesDigest, projectFiles } from './file-digest.ts';

const root = mkdtempSync(join(tmpdir(), 'file-digest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
write('a/z.ts', 'z');
write('a/b/y.ts', 'y');
write('a/skip/x.ts', 'x');
write('c/w.ts', 'w');
write('top.json', '{}');

describe('projectFiles', () => {
  test('lists the folders’ files with `/`, in code-point order, never walking a skipped folder', () => {
    const seen: string[] = [];
    const files = projectFiles(root, ['a'], (p) => {
      seen.push(p);
      return p === 'a/skip';
    });
    expect(files).toEqual(['a/b/y.ts', 'a/z.ts']);
    expect(seen).not.toContain('a/skip/x.ts');
  });

  test("'' is the root itself", () => {
    expect(projectFiles(root, [''])).toEqual([
      'a/b/y.ts',
      'a/skip/x.ts',
      'a/z.ts',
      'c/w.ts',
      'top.json',
    ]);
  });
});

describe('filesDigest', () => {
  test('changes with a file’s bytes and with its name, not otherwise', () => {
    const before = filesDigest(root, ['a/z.ts', 'c/w.ts']);
    expect(filesDigest(root, ['a/z.ts', 'c/w.ts'])).toBe(before);
    write('c/w.ts', 'w2');
    expect(filesDigest(root, ['a/z.ts', 'c/w.ts'])).not.toBe(before);
    write('c/v.ts', 'w2');
    expect(filesDigest(root, ['a/z.ts', 'c/v.ts'])).not.toBe(
      filesDigest(root, ['a/z.ts', 'c/w.ts']),
    );
  });
});
