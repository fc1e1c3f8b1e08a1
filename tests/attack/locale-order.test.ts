import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareCodePoints } from '../../src/lib/order.ts';

const NAMES = [
  'zeta-vote',
  'äpple-motion',
  'apple-motion',
  'v-w-row',
  'wales',
  'Zeta',
  'ørsted',
  '😀',
];

/** What the archive's orderings give in a child process under the locale `lang`. */
function orderUnder(lang: string): string {
  const script = `
    import { compareCodePoints } from './src/lib/order.ts';
    import { PermalinkAssigner } from './scripts/ingest/permalinks.ts';
    const names = ${JSON.stringify(NAMES)};
    const registry = new PermalinkAssigner(Object.fromEntries(names.map((n) => [n + '.txt', { slug: n, redirectFrom: [] }])));
    console.log(JSON.stringify([[...names].sort(compareCodePoints), Object.keys(registry.toJSON())]));
    console.log(names.slice().sort((a, b) => a.localeCompare(b)).join(' '));`;
  const env = { ...process.env, LC_ALL: lang, LANG: lang };
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

/** Every `localeCompare(` call in a source text whose arguments have no top-level comma. */
function barelocaleCompares(text: string): string[] {
  const found: string[] = [];
  for (
    let at = text.indexOf('localeCompare(');
    at !== -1;
    at = text.indexOf('localeCompare(', at + 1)
  ) {
    let depth = 0;
    let comma = false;
    let i = at + 'localeCompare('.length;
    for (; i < text.length && depth >= 0; i++) {
      const c = text[i];
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === ',' && depth === 0) comma = true;
    }
    if (!comma) found.push(text.slice(at, i));
  }
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('output order does not depend on the machine locale', () => {
  test('code-point order is total and puts astral characters last', () => {
    expect([...NAMES].sort(compareCodePoints)).toEqual([
      'Zeta',
      'apple-motion',
      'v-w-row',
      'wales',
      'zeta-vote',
      'äpple-motion',
      'ørsted',
      '😀',
    ]);
    expect(compareCodePoints('\uffff', '😀')).toBeLessThan(0);
    expect(compareCodePoints('ab', 'ab')).toBe(0);
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0);
  });

  test('under LC_ALL=sv_SE.UTF-8 the archive orders as under C', () => {
    const [swedishOrder, swedishBare] = orderUnder('sv_SE.UTF-8').split('\n');
    const [plainOrder, plainBare] = orderUnder('C').split('\n');
    // The locale is in effect in the child (a bare localeCompare changes with it)...
    expect(swedishBare).not.toBe(plainBare);
    // ...and the archive's orderings do not.
    expect(swedishOrder).toBe(plainOrder);
  });

  test('no source file compares text with a bare localeCompare', () => {
    const offenders = ['src', 'scripts', 'bench', 'tests'].flatMap((dir) =>
      sources(dir).flatMap((file) =>
        barelocaleCompares(readFileSync(file, 'utf8')).map((c) => `${file}: ${c}`),
      ),
    );
    expect(offenders.filter((o) => !o.startsWith('tests/attack/'))).toEqual([]);
  });

  test('no source file changes case by the machine locale (Turkish I)', () => {
    const bare = /\.toLocale(?:Lower|Upper)Case\(\s*\)/;
    const offenders = ['src', 'scripts'].flatMap((dir) =>
      sources(dir).filter((file) => bare.test(readFileSync(file, 'utf8'))),
    );
    expect(offenders).toEqual([]);
  });
});
