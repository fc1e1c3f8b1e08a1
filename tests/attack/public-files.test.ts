import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { siteSafety, unsafeEntries } from '../../scripts/site/site-safety.ts';

function publicFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'public-')), 'public');
  mkdirSync(join(dir, 'icons'), { recursive: true });
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dir, 'icons', 'a.png'), 'png');
  return dir;
}

type Hook = (options: Record<string, unknown>) => void;

/** Runs the integration's hooks as Astro does, for a project whose public folder is `dir`. */
function buildStart(dir: string): void {
  const { hooks } = siteSafety() as unknown as { hooks: Record<string, Hook> };
  hooks['astro:config:done']!({ config: { publicDir: pathToFileURL(`${dir}/`) } });
  hooks['astro:build:start']!({});
}

describe('the build never copies a symbolic link from public/ into the site', () => {
  test('regular files and folders pass', () => {
    const dir = publicFolder();
    expect(unsafeEntries(dir)).toEqual([]);
    expect(() => buildStart(dir)).not.toThrow();
  });

  test('a link, at any depth and wherever it points, fails the build naming it', () => {
    const dir = publicFolder();
    symlinkSync('/etc/passwd', join(dir, 'leak.txt'));
    symlinkSync('/etc', join(dir, 'icons', 'etc'));
    symlinkSync(join(dir, 'favicon.svg'), join(dir, 'same-site.svg'));
    expect(unsafeEntries(dir)).toEqual([
      `${join(dir, 'icons', 'etc')}: is a symbolic link`,
      `${join(dir, 'leak.txt')}: is a symbolic link`,
      `${join(dir, 'same-site.svg')}: is a symbolic link`,
    ]);
    expect(() => buildStart(dir)).toThrow(`${join(dir, 'leak.txt')}: is a symbolic link`);
  });
});
