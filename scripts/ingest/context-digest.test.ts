import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeDigest, codeFiles, contextDigest } from './context-digest.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The project files a module imports, and theirs, by their relative specifiers. */
function importClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    const specifiers = [
      ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'/gm),
      ...text.matchAll(/^\s*import\s+'([^']+)'/gm),
      ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
      ...text.matchAll(/new URL\(\s*'([^']+)',\s*import\.meta\.url/g),
    ].map((match) => match[1]!);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) visit(relative(ROOT, resolve(ROOT, dirname(file), specifier)));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('codeFiles', () => {
  test('holds every project file that building a seed imports, on the main thread or a worker', () => {
    const covered = new Set(codeFiles());
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      object
    >;
    const dependencies = [manifest['dependencies'], manifest['devDependencies']]
      .flatMap((listed) => Object.keys(listed ?? {}))
      .map((name) => name.replace(/^@types\//, ''));
    for (const entry of ['scripts/ingest/seed-worker.ts', 'scripts/ingest/cached-build.ts']) {
      const { files, packages } = importClosure(entry);
      expect(files.size).toBeGreaterThan(30);
      for (const file of files) expect(covered, file).toContain(file);
      // Anything else is Node's or an installed package's, which the lock file stands for.
      for (const name of packages) {
        const ok = name.startsWith('node:') || dependencies.some((d) => name.startsWith(d));
        expect(ok, name).toBe(true);
      }
    }
    expect(covered).toContain('package-lock.json');
    expect([...covered].filter((f) => f.endsWith('.test.ts'))).toEqual([]);
  });
});

describe('codeDigest', () => {
  test('changes with a code file, a new one or the lock file, and not with a test', () => {
    const root = mkdtempSync(join(tmpdir(), 'code-digest-'));
    mkdirSync(join(root, 'scripts/ingest'), { recursive: true });
    mkdirSync(join(root, 'src/lib/people'), { recursive: true });
    writeFileSync(join(root, 'scripts/ingest/decode.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'package-lock.json'), '{}\n');
    const first = codeDigest(root);
    expect(codeDigest(root)).toBe(first);
    writeFileSync(join(root, 'scripts/ingest/decode.test.ts'), 'test;\n');
    writeFileSync(join(root, 'src/lib/people/README.md'), 'notes\n');
    expect(codeDigest(root)).toBe(first);
    writeFileSync(join(root, 'src/lib/people/match.ts'), 'export const b = 2;\n');
    const second = codeDigest(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'scripts/ingest/decode.ts'), 'export const a = 2;\n');
    expect(codeDigest(root)).not.toBe(second);
    const third = codeDigest(root);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}\n');
    expect(codeDigest(root)).not.toBe(third);
  });
});

describe('contextDigest', () => {
  /** Copies of the editorial files in a scratch folder, and the paths the ingest takes. */
  function scratchContext() {
    const dir = mkdtempSync(join(tmpdir(), 'context-digest-'));
    const registry = join(dir, 'registry');
    mkdirSync(registry);
    for (const file of ['people.json', 'constituencies.json', 'parties.json'])
      copyFileSync(join(ROOT, 'src/data', file), join(registry, file));
    for (const file of ['publications.json', 'topics.json', 'article-facts.json'])
      copyFileSync(join(ROOT, 'src/data', file), join(dir, file));
    const paths = {
      facts: join(dir, 'article-facts.json'),
      publications: join(dir, 'publications.json'),
      topics: join(dir, 'topics.json'),
      registry,
      imported: join(dir, 'imported'),
    };
    return { dir, paths };
  }
  const append = (file: string) => writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);

  test('changes with each editorial file’s bytes, and not with the facts', () => {
    const { paths } = scratchContext();
    const digest = () => contextDigest(paths, 'seeds', 'code');
    let last = digest();
    append(paths.facts);
    expect(digest()).toBe(last);
    for (const file of [
      paths.publications,
      paths.topics,
      join(paths.registry, 'people.json'),
      join(paths.registry, 'constituencies.json'),
      join(paths.registry, 'parties.json'),
    ]) {
      append(file);
      expect(digest(), file).not.toBe(last);
      last = digest();
    }
  });

  test('changes when an imported register appears, changes or goes', () => {
    const { paths } = scratchContext();
    const digest = () => contextDigest(paths, 'seeds', 'code');
    const without = digest();
    mkdirSync(paths.imported);
    expect(digest()).toBe(without);
    writeFileSync(join(paths.imported, 'register.json'), '{"meta": {}}\n');
    const withIt = digest();
    expect(withIt).not.toBe(without);
    writeFileSync(join(paths.imported, 'register.json'), '{"meta": {"a": 1}}\n');
    expect(digest()).not.toBe(withIt);
    rmSync(join(paths.imported, 'register.json'));
    expect(digest()).toBe(without);
    expect(contextDigest({ ...paths, imported: '' }, 'seeds', 'code')).not.toBe(without);
  });

  test('changes with the code and with the seeds folder the messages name', () => {
    const { paths } = scratchContext();
    const digest = contextDigest(paths, 'seeds', 'code');
    expect(contextDigest(paths, 'seeds', 'other code')).not.toBe(digest);
    expect(contextDigest(paths, '/tmp/seeds', 'code')).not.toBe(digest);
  });
});
