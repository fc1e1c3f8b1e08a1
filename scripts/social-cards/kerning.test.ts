import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { describe, expect, test } from 'vitest';
import { kerning, woffTable } from './kerning.ts';

const require = createRequire(import.meta.url);
const woff = readFileSync(
  join(
    dirname(require.resolve('@fontsource/source-serif-4/package.json')),
    'files/source-serif-4-latin-700-normal.woff',
  ),
);
const font = create(woff) as Font;
const kern = kerning(woffTable(woff, 'GPOS'));
const pair = (text: string) => {
  const [a, b] = [...text].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id);
  return kern(a!, b!);
};

describe('woffTable', () => {
  test('gives a table’s bytes, inflated, and nothing for a table the font lacks', () => {
    const head = woffTable(woff, 'head')!;
    // The head table's magic number, 0x5F0F3CF5, at byte 12.
    expect(head.readUInt32BE(12)).toBe(0x5f0f3cf5);
    expect(woffTable(woff, 'kern')).toBeUndefined();
  });

  test('refuses a file that is not WOFF', () => {
    expect(() => woffTable(Buffer.from('OTTO0000000000000000'), 'GPOS')).toThrow(/not a WOFF/);
  });
});

describe('kerning', () => {
  test('tightens the pairs a type designer kerns, and leaves others alone', () => {
    expect(pair('AV')).toBeLessThan(-50);
    expect(pair('To')).toBeLessThan(-30);
    expect(pair('ab')).toBe(0);
  });

  test('a font without a GPOS table has no kerning', () => {
    expect(kerning(undefined)(1, 2)).toBe(0);
  });
});
