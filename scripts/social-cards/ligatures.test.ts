import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { describe, expect, test } from 'vitest';
import { woffTable } from './kerning.ts';
import { ligatures } from './ligatures.ts';

const require = createRequire(import.meta.url);
const woff = readFileSync(
  join(
    dirname(require.resolve('@fontsource/source-serif-4/package.json')),
    'files/source-serif-4-latin-700-normal.woff',
  ),
);
const font = create(woff) as Font;
const liga = ligatures(woffTable(woff, 'GSUB'));
const ids = (text: string) => [...text].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id);

describe('ligatures', () => {
  test('finds the longest ligature that starts at a place', () => {
    expect(liga(ids('offline'), 1)).toMatchObject({ length: 3 });
    expect(liga(ids('fit'), 0)).toMatchObject({ length: 2 });
  });

  test('finds none where the letters do not form one', () => {
    expect(liga(ids('offline'), 0)).toBeUndefined();
    expect(liga(ids('f'), 0)).toBeUndefined();
  });

  test('a font without a GSUB table has none', () => {
    expect(ligatures(undefined)([1, 2], 0)).toBeUndefined();
  });
});
