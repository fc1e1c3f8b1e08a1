import { describe, expect, test } from 'vitest';
import { cardFaces, glyphFor, setText, textWidth } from './fonts.ts';

const { sans, 'serif-bold': serif } = cardFaces();

describe('setText', () => {
  test('places each glyph at the sum of the advances before it, kerned', () => {
    const { glyphs, width } = setText(serif, 100, 'To');
    const t = glyphFor(serif, 'T'.codePointAt(0)!).glyph.advanceWidth / 10;
    expect(glyphs[0]!.x).toBe(0);
    expect(glyphs[1]!.x).toBeLessThan(t);
    const o = glyphFor(serif, 'o'.codePointAt(0)!).glyph.advanceWidth / 10;
    expect(width).toBeCloseTo(glyphs[1]!.x + o);
  });

  test('widths scale with the size', () => {
    expect(textWidth(sans, 64, 'The Herald')).toBeCloseTo(2 * textWidth(sans, 32, 'The Herald'));
  });
});

describe('setText ligatures', () => {
  test('sets the font’s standard ligatures: “ffl” and “fi” are one glyph each', () => {
    expect(setText(serif, 58, 'reshuffle').glyphs).toHaveLength(7);
    expect(setText(serif, 58, 'find').glyphs).toHaveLength(3);
    expect(setText(serif, 58, 'Labour').glyphs).toHaveLength(6);
  });
});

describe('glyphFor', () => {
  test('finds Latin Extended letters in the second file', () => {
    expect(glyphFor(serif, 'Ł'.codePointAt(0)!).file).toBe(1);
    expect(glyphFor(serif, 'e'.codePointAt(0)!).file).toBe(0);
  });

  test('a character neither file has is the .notdef box, which still takes room', () => {
    const missing = glyphFor(sans, '😀'.codePointAt(0)!);
    expect(missing.glyph.id).toBe(0);
    expect(textWidth(sans, 32, '😀')).toBeGreaterThan(10);
  });

  test('an emoji with its variation selector, or a joined emoji, is one box', () => {
    expect(setText(sans, 32, 'a 🗳️ b').glyphs).toHaveLength(5);
    expect(setText(sans, 32, '👨‍👩‍👧').glyphs.map((g) => g.id)).toEqual([0]);
    expect(setText(sans, 32, 'Ynys Môn').glyphs).toHaveLength(8);
  });
});
