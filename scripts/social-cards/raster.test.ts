import { describe, expect, test } from 'vitest';
import { rasterise, type Command } from './raster.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Command[] => [
  { command: 'moveTo', args: [x0, y0] },
  { command: 'lineTo', args: [x1, y0] },
  { command: 'lineTo', args: [x1, y1] },
  { command: 'lineTo', args: [x0, y1] },
  { command: 'closePath', args: [] },
];
const at = (mask: ReturnType<typeof rasterise>, x: number, y: number) =>
  mask.alpha[(y - mask.top) * mask.width + (x - mask.left)] ?? 0;

describe('rasterise', () => {
  test('fills a square on the pixel grid fully, and nothing outside it', () => {
    const mask = rasterise(square(2, 3, 6, 5));
    expect(mask).toMatchObject({ left: 2, top: 3, height: 2 });
    expect(at(mask, 2, 3)).toBe(255);
    expect(at(mask, 5, 4)).toBe(255);
    expect(at(mask, 6, 4)).toBe(0);
  });

  test('a half-covered pixel is half grey (anti-aliasing)', () => {
    const mask = rasterise(square(0.5, 0, 3, 2));
    expect(at(mask, 0, 0)).toBe(128);
    expect(at(mask, 1, 1)).toBe(255);
  });

  test('fills either winding, and a hole cut by a reversed contour stays empty', () => {
    const reversed = square(0, 0, 4, 4)
      .reverse()
      .filter((c) => c.command !== 'closePath');
    reversed.unshift({ command: 'moveTo', args: reversed.pop()!.args });
    expect(at(rasterise(reversed), 1, 1)).toBe(255);
    const ring = [...square(0, 0, 6, 6), ...square(2, 4, 4, 2)];
    const mask = rasterise(ring);
    expect(at(mask, 0, 0)).toBe(255);
    expect(at(mask, 2, 2)).toBe(0);
  });

  test('a curve is filled inside its bulge', () => {
    const dome: Command[] = [
      { command: 'moveTo', args: [0, 10] },
      { command: 'quadraticCurveTo', args: [5, -10, 10, 10] },
      { command: 'closePath', args: [] },
    ];
    const mask = rasterise(dome);
    expect(at(mask, 5, 5)).toBe(255);
    expect(at(mask, 1, 1)).toBe(0);
  });

  test('an empty outline gives an empty mask', () => {
    expect(rasterise([]).width).toBe(0);
  });
});
