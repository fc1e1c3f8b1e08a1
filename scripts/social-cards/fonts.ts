import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font, type Glyph } from 'fontkitten';
import { kerning, woffTable } from './kerning.ts';
import { ligatures, type Ligature } from './ligatures.ts';

/** One face (family and weight) in its Latin and Latin Extended files, tried in that order. */
export interface Face {
  files: Font[];
  /** Each file's kerning: the change to a glyph's advance before the next, in font units. */
  kerns: ((left: number, right: number) => number)[];
  /** Each file's standard ligatures. */
  ligatures: ((ids: number[], at: number) => Ligature | undefined)[];
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
    const kerns: Face['kerns'] = [];
    const ligs: Face['ligatures'] = [];
    const files = ['latin', 'latin-ext'].map((subset) => {
      const path = join(
        dirname(require.resolve(`@fontsource/${pkg}/package.json`)),
        'files',
        `${pkg}-${subset}-${weight}-normal.woff`,
      );
      const data = readFileSync(path);
      const font = create(data);
      kerns.push(kerning(woffTable(data, 'GPOS')));
      ligs.push(ligatures(woffTable(data, 'GSUB')));
      if (!('glyphForCodePoint' in font)) throw new Error(`${path}: a collection, not one font`);
      return font;
    });
    const [first] = files as [Font];
    return {
      files,
      kerns,
      ligatures: ligs,
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

/** A glyph set on a line: which file of the face, its id there, and its pen position (px). */
export interface SetGlyph {
  file: number;
  id: number;
  x: number;
}

/**
 * `text` set in `face` at `size` px: each glyph's pen position from the advance widths, the
 * font's standard ligatures and its kerning (within one file of the face), and the line's width.
 * @example setText(serif, 32, 'To').glyphs[1].x // less than the T's advance: 'To' is kerned
 */
export function setText(
  face: Face,
  size: number,
  text: string,
): { glyphs: SetGlyph[]; width: number } {
  const scale = size / face.unitsPerEm;
  const found = clusters(face, text).map((c) => glyphFor(face, c.codePointAt(0)!));
  const ids = found.map((f) => f.glyph.id);
  const glyphs: SetGlyph[] = [];
  let units = 0;
  let before: SetGlyph | undefined;
  for (let i = 0; i < found.length; i++) {
    const { file } = found[i]!;
    let id = ids[i]!;
    const lig = face.ligatures[file]!(ids, i);
    if (lig && found.slice(i, i + lig.length).every((f) => f.file === file)) {
      id = lig.glyph;
      i += lig.length - 1;
    }
    if (before && before.file === file) units += face.kerns[file]!(before.id, id);
    before = { file, id, x: units * scale };
    glyphs.push(before);
    units += face.files[file]!.getGlyph(id).advanceWidth;
  }
  return { glyphs, width: units * scale };
}

/** Characters outside Latin, Latin Extended and general punctuation, which may need a grapheme look. */
const UNUSUAL = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The text's characters, one a glyph; but a grapheme (an emoji with its variation selector or
 * joiners, a letter with a combining mark) with any character the face lacks becomes one
 * missing character, drawn as one box, as satori drew it.
 */
function clusters(face: Face, text: string): string[] {
  if (!UNUSUAL.test(text)) return [...text];
  return [...graphemes.segment(text)].flatMap(({ segment }) => {
    const chars = [...segment];
    const covered = chars.every((c) => glyphFor(face, c.codePointAt(0)!).glyph.id !== 0);
    return covered ? chars : ['\u{10FFFF}'];
  });
}

/** The width of `text` set in `face` at `size` px. */
export function textWidth(face: Face, size: number, text: string): number {
  return setText(face, size, text).width;
}
