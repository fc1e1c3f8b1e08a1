import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font, type Glyph } from 'fontkitten';

/** One face (family and weight) in its Latin and Latin Extended files, tried in that order. */
export interface Face {
  files: Font[];
  /** Glyphs already looked up, by code point: a card sets the same few dozen characters. */
  glyphs: Map<number, FaceGlyph>;
  unitsPerEm: number;
  /** Above and below the baseline, in font units (hhea), as a browser's normal line height uses. */
  ascent: number;
  descent: number;
}

/** A glyph and the index of the face's file it comes from. */
export interface FaceGlyph {
  file: number;
  glyph: Glyph;
}

export type FaceName = 'serif-bold' | 'sans';
let faces: Record<FaceName, Face> | undefined;

/** The open fonts the cards are set in, read once a thread from their npm packages. */
export function cardFaces(): Record<FaceName, Face> {
  if (faces) return faces;
  const require = createRequire(import.meta.url);
  const face = (pkg: string, weight: number): Face => {
    const files = ['latin', 'latin-ext'].map((subset) => {
      const path = join(
        dirname(require.resolve(`@fontsource/${pkg}/package.json`)),
        'files',
        `${pkg}-${subset}-${weight}-normal.woff`,
      );
      const font = create(readFileSync(path));
      if (!('glyphForCodePoint' in font)) throw new Error(`${path}: a collection, not one font`);
      return font;
    });
    const [first] = files as [Font];
    return {
      files,
      glyphs: new Map(),
      unitsPerEm: first.unitsPerEm,
      ascent: first.ascent,
      descent: -first.descent,
    };
  };
  faces = { 'serif-bold': face('source-serif-4', 700), sans: face('source-sans-3', 400) };
  return faces;
}

/**
 * The glyph a face draws for a character: from the first of its files that has one, else the
 * first file's .notdef (a hollow box), as satori does with a character no font covers.
 */
export function glyphFor(face: Face, codePoint: number): FaceGlyph {
  let found = face.glyphs.get(codePoint);
  if (found) return found;
  const file = face.files.findIndex((font) => font.hasGlyphForCodePoint(codePoint));
  found =
    file >= 0
      ? { file, glyph: face.files[file]!.glyphForCodePoint(codePoint) }
      : { file: 0, glyph: face.files[0]!.getGlyph(0) };
  face.glyphs.set(codePoint, found);
  return found;
}

/** The width of `text` set in `face` at `size` px, from the glyphs' advance widths. */
export function textWidth(face: Face, size: number, text: string): number {
  let units = 0;
  for (const char of text) units += glyphFor(face, char.codePointAt(0)!).glyph.advanceWidth;
  return (units * size) / face.unitsPerEm;
}
