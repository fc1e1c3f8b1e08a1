import { SITE_NAME } from '../../src/lib/site.ts';
import { cardFaces, setText, textWidth, type Face, type FaceName } from './fonts.ts';
import { encodePng } from './png.ts';
import { rasterise, type Command, type Mask } from './raster.ts';
import { wrapLines } from './wrap.ts';

/** What a page's card shows: the site, the page's title and a few facts (publication, date; a role). */
export interface CardFacts {
  title: string;
  facts: string[];
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Changes whenever the card's look or its bytes do, so cached cards of an older look are not reused. */
export const CARD_DESIGN = 'card-2';

type Rgb = [number, number, number];
const BG: Rgb = [0xfd, 0xfc, 0xf9];
const RULE: Rgb = [0xd9, 0xd4, 0xca];
/** The text colours, in the order of their ramps in the palette. */
const INK = { accent: [0x8a, 0x1c, 0x1c], fg: [0x1c, 0x1b, 0x19], muted: [0x5a, 0x56, 0x50] };
type Ink = keyof typeof INK;
const INKS = Object.keys(INK) as Ink[];
/** Shades of each text colour over the background: 63 are more than the eye tells apart at an edge. */
const LEVELS = 63;
const BORDER = 16;
const PAD = { top: 48, bottom: 56, x: 72 };
const RULE_WIDTH = 2;
const RULE_GAP = 20;
const CONTENT_WIDTH = CARD_WIDTH - 2 * PAD.x;
/** Past these lengths a title or fact is cut at a word and ends with an ellipsis, so it fits (a lone fact may take two lines). */
const TITLE_MAX = 150;
const FACT_MAX = 70;

/** The palette: background, rule, then each ink's shades from faintest to full. */
function palette(): Rgb[] {
  const shades = INKS.flatMap((ink) =>
    Array.from({ length: LEVELS }, (_, i): Rgb => {
      const t = (i + 1) / LEVELS;
      return BG.map((bg, c) => Math.round(bg + (INK[ink][c]! - bg) * t)) as Rgb;
    }),
  );
  return [BG, RULE, ...shades];
}
const PALETTE = palette();
const inkIndex = (ink: Ink, level: number) => 2 + INKS.indexOf(ink) * LEVELS + level - 1;

/**
 * Text cut to `max` characters at a word boundary, with an ellipsis when cut.
 * @example shorten('Labour row erupts over vote', 12) // 'Labour row…'
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if ([...flat].length <= max) return flat;
  const cut = [...flat].slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/u, '')}…`;
}

/** The title's size: large for a short title, smaller as it grows, so most fit in three lines. */
function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 50 ? 68 : length <= 90 ? 58 : 48;
}

/** One line of text on the card: its face, size and ink, where it starts and its baseline (px). */
export interface TextLine {
  face: FaceName;
  size: number;
  ink: Ink;
  x: number;
  baseline: number;
  text: string;
}

/** A block of text's lines, one `step` (its line height rounded to pixels) apart. */
interface Block {
  face: FaceName;
  size: number;
  ink: Ink;
  lines: string[];
  step: number;
}

function block(face: FaceName, size: number, ink: Ink, text: string, lineHeight?: number): Block {
  const f = cardFaces()[face];
  const normal = ((f.ascent + f.descent) * size) / f.unitsPerEm;
  const lines = wrapLines(text, CONTENT_WIDTH, (t) => textWidth(f, size, t));
  return { face, size, ink, lines, step: Math.round(lineHeight ?? normal) };
}

/** The block's lines at `top`: each baseline half the leading below the line's top plus the ascent, on a whole pixel. */
function placed({ face, size, ink, lines, step }: Block, top: number): TextLine[] {
  const f: Face = cardFaces()[face];
  const ascent = (f.ascent * size) / f.unitsPerEm;
  const leading = step - ((f.ascent + f.descent) * size) / f.unitsPerEm;
  return lines.map((text, i) => ({
    face,
    size,
    ink,
    x: PAD.x,
    baseline: Math.floor(top + i * step + leading / 2 + ascent),
    text,
  }));
}

/**
 * The card's text, line by line, and where its rule goes: the site's name at the top, the
 * facts above the bottom padding under a rule, the title centred between them. The sizes and
 * rounding follow what satori's flexbox layout (the card's first renderer) gave.
 */
export function cardLayout({ title, facts }: CardFacts): { lines: TextLine[]; ruleTop: number } {
  const shown = shorten(title, TITLE_MAX);
  const site = block('serif-bold', 30, 'accent', SITE_NAME);
  const factBlocks = facts
    .slice(0, 2)
    .map((fact) =>
      block('sans', 32, 'muted', shorten(fact, facts.length === 1 ? FACT_MAX * 2 : FACT_MAX)),
    );
  const size = titleSize(shown);
  const heading = block('serif-bold', size, 'fg', shown, size * 1.15);
  const height = (b: Block) => b.lines.length * b.step;
  const contentTop = BORDER + PAD.top;
  const factsHeight = factBlocks.reduce((sum, b) => sum + height(b), 0);
  const ruleTop = CARD_HEIGHT - PAD.bottom - factsHeight - RULE_WIDTH - RULE_GAP;
  const bandTop = contentTop + height(site);
  const titleTop = Math.round(bandTop + (ruleTop - bandTop - height(heading)) / 2);
  let factTop = ruleTop + RULE_WIDTH + RULE_GAP;
  const factLines = factBlocks.flatMap((b) => {
    const lines = placed(b, factTop);
    factTop += height(b);
    return lines;
  });
  return {
    lines: [...placed(site, contentTop), ...placed(heading, titleTop), ...factLines],
    ruleTop,
  };
}

/** Quarter-pixel positions: glyphs keep their spacing without a mask for every fraction. */
const PHASES = 4;
/** Each glyph drawn once a thread for each face, size and quarter-pixel offset. */
const masks = new Map<string, Mask>();

function glyphMask(face: FaceName, size: number, file: number, id: number, phase: number): Mask {
  const f = cardFaces()[face];
  const key = `${face}/${file}/${id}/${size}/${phase}`;
  let mask = masks.get(key);
  if (!mask) {
    const scale = size / f.unitsPerEm;
    const commands: Command[] = f.files[file]!.getGlyph(id).path.commands.map(
      ({ command, args }) => ({
        command,
        args: args.map((v, i) => (i % 2 === 0 ? phase / PHASES + v * scale : -v * scale)),
      }),
    );
    mask = rasterise(commands);
    masks.set(key, mask);
  }
  return mask;
}

/** Sets a line's glyphs into `pixels` (palette indices), each at its pen position. */
function drawLine(pixels: Uint8Array, line: TextLine): void {
  for (const { file, id, x } of setText(cardFaces()[line.face], line.size, line.text).glyphs) {
    const at = Math.round((line.x + x) * PHASES);
    const mask = glyphMask(line.face, line.size, file, id, at % PHASES);
    const left = Math.floor(at / PHASES) + mask.left;
    const top = line.baseline + mask.top;
    for (let y = 0; y < mask.height; y++) {
      const row = top + y;
      if (row < 0 || row >= CARD_HEIGHT) continue;
      for (let x = 0; x < mask.width; x++) {
        const col = left + x;
        const level = Math.round((mask.alpha[y * mask.width + x]! * LEVELS) / 255);
        if (level === 0 || col < 0 || col >= CARD_WIDTH) continue;
        const i = row * CARD_WIDTH + col;
        // Where two glyphs of one ink touch, the darker shade wins.
        if (pixels[i]! < inkIndex(line.ink, level)) pixels[i] = inkIndex(line.ink, level);
      }
    }
  }
}

/**
 * A page's card as a PNG, 1200 × 630: the background, the top border and the rule, then each
 * glyph's mask in its ink. Text is only ever drawn as glyphs, never read as markup.
 */
export function drawCard(card: CardFacts): Uint8Array {
  const pixels = new Uint8Array(CARD_WIDTH * CARD_HEIGHT);
  pixels.fill(inkIndex('accent', LEVELS), 0, BORDER * CARD_WIDTH);
  const { lines, ruleTop } = cardLayout(card);
  for (let y = ruleTop; y < ruleTop + RULE_WIDTH; y++) {
    pixels.fill(1, y * CARD_WIDTH + PAD.x, y * CARD_WIDTH + CARD_WIDTH - PAD.x);
  }
  for (const line of lines) drawLine(pixels, line);
  return encodePng(CARD_WIDTH, CARD_HEIGHT, pixels, PALETTE);
}

/** The card as a PNG (kept asynchronous for the writers, which await it). */
export async function renderCard(card: CardFacts): Promise<Uint8Array> {
  return drawCard(card);
}
