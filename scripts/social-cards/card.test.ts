import { describe, expect, test } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, drawCard, shorten } from './card.ts';
import { decodePng, type DecodedPng } from './decode-png.ts';

const facts = ['The Herald', '4 September 2018'];
const BG = '#fdfcf9';
const ACCENT = '#8a1c1c';

/** How dark a pixel is, 0 (white) to 255 (black), from its mean channel. */
const darkness = (image: DecodedPng, x: number, y: number) => {
  const hex = image.rgb(x, y);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as number[];
  return 255 - (r! + g! + b!) / 3;
};
/** Rows of the card with at least one dark pixel between two heights. */
const inkedRows = (image: DecodedPng, from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => from + i).filter((y) =>
    Array.from({ length: CARD_WIDTH }, (_, x) => x).some((x) => darkness(image, x, y) > 160),
  );

describe('drawCard', () => {
  test('draws a 1200 × 630 PNG: background, accent border, dark title where the title is', () => {
    const image = decodePng(drawCard({ title: 'Council vote delayed', facts }));
    expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(image.rgb(CARD_WIDTH - 1, CARD_HEIGHT - 1)).toBe(BG);
    expect(image.rgb(600, 8)).toBe(ACCENT);
    expect(image.rgb(600, 16)).toBe(BG);
    const title = cardLayout({ title: 'Council vote delayed', facts }).lines[1]!;
    const row = Array.from({ length: 300 }, (_, x) => darkness(image, 72 + x, title.baseline - 20));
    expect(Math.max(...row)).toBeGreaterThan(200);
    expect(inkedRows(image, 110, title.baseline - 60)).toEqual([]);
  });

  test('a longer title wraps to more lines, and its ink spans more rows', () => {
    const short = 'Council vote delayed';
    const long =
      'Council vote on the new housing plan delayed again as ministers and the opposition argue over the cost';
    expect(cardLayout({ title: long, facts }).lines.length).toBeGreaterThan(
      cardLayout({ title: short, facts }).lines.length,
    );
    const span = (title: string) => {
      const rows = inkedRows(decodePng(drawCard({ title, facts })), 110, 455);
      return rows[rows.length - 1]! - rows[0]!;
    };
    expect(span(long)).toBeGreaterThan(span(short) * 2);
  });

  test('the same facts give the same bytes, so a build is reproducible', () => {
    const card = { title: 'Minister resigns over budget row', facts };
    const first = drawCard(card);
    drawCard({ title: 'Something else in between', facts: ['X'] });
    expect(Buffer.from(drawCard(card)).equals(Buffer.from(first))).toBe(true);
  });

  test('a character the fonts lack (emoji, CJK) is drawn as a box, never a crash', () => {
    const card = { title: 'Vote 🗳️ 投票 result', facts: ['😀'] };
    const image = decodePng(drawCard(card));
    const plain = decodePng(drawCard({ title: 'Vote result', facts: [''] }));
    expect(image.width).toBe(CARD_WIDTH);
    const title = cardLayout(card).lines[1]!;
    const inked = (img: DecodedPng) =>
      Array.from({ length: 1000 }, (_, x) => darkness(img, 72 + x, title.baseline - 10)).filter(
        (d) => d > 160,
      ).length;
    expect(inked(image)).toBeGreaterThan(inked(plain));
  });

  test('markup in a title is drawn as its characters, not read', () => {
    const card = { title: '<b>Bold</b> &amp; "quoted"', facts };
    expect(cardLayout(card).lines[1]!.text).toBe('<b>Bold</b> &amp; "quoted"');
    expect(decodePng(drawCard(card)).width).toBe(CARD_WIDTH);
  });
});

describe('cardLayout', () => {
  test('places the site name, title and facts where satori put them', () => {
    // Baselines read from satori's SVG for the same facts (the card's first renderer).
    const { lines, ruleTop } = cardLayout({ title: 'H', facts: ['H', 'H H'] });
    expect(ruleTop).toBe(460);
    expect(lines.map((l) => [l.size, l.baseline])).toEqual([
      [30, 95],
      [68, 306],
      [32, 514],
      [32, 560],
    ]);
    const three = cardLayout({ title: 'H '.repeat(60).trim(), facts: ['H', 'H H'] }).lines;
    expect(three.slice(1, 4).map((l) => [l.size, l.baseline])).toEqual([
      [48, 244],
      [48, 299],
      [48, 354],
    ]);
  });

  test('a lone fact may take two lines, and the rule moves up for it', () => {
    const fact =
      'Member of Parliament for a constituency with a very long name indeed, 2010–2015, then again';
    const { lines, ruleTop } = cardLayout({ title: 'H', facts: [fact] });
    expect(lines.filter((l) => l.size === 32)).toHaveLength(2);
    expect(ruleTop).toBe(574 - 22 - 92);
  });
});

describe('shorten', () => {
  test('cuts at a word and adds an ellipsis', () => {
    expect(shorten('Labour row erupts over vote', 12)).toBe('Labour row…');
    expect(shorten('  Short  title ', 12)).toBe('Short title');
  });
});
